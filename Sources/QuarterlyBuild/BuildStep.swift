import QuarterlyModel

/// The named steps of a build, in order. Each is timed; `--verbose` prints them.
public enum BuildStep: String, Sendable, CaseIterable {
    case loadContent = "load content"
    case validate = "validate"
    case computeStatuses = "compute statuses"
    case loadTemplates = "load templates"
    case renderPages = "render pages"
    case dataFiles = "data files"
    case feed = "feed"
    case sitemap = "sitemap"
    case copyAssets = "copy assets"
    case indexSearch = "index search"
    case publish = "publish"
}

/// How long one step took.
public struct StepTiming: Sendable {
    public let step: BuildStep
    public let seconds: Double
    /// What it did, e.g. "216 files".
    public let detail: String
}

/// A build that stopped: which step, and every problem found.
public struct BuildFailure: Error, Sendable {
    public let step: BuildStep
    public let diagnostics: [Diagnostic]
    public let timings: [StepTiming]
}

/// A build that finished.
public struct BuildReport: Sendable {
    public let pages: Int
    public let otherFiles: Int
    public let seconds: Double
    public let timings: [StepTiming]
    public let warnings: [Diagnostic]
    /// Things worth saying once, e.g. that search was not indexed.
    public let notes: [String]
    public let outputDirectory: String
}
