import Foundation
import QuarterlyModel

/// The named steps of a build, in order. Each is timed; `--verbose` prints them.
public enum BuildStep: String, Sendable, CaseIterable {
    /// That the output folder is only ever a site (`OutputCheck`), before any other work.
    case checkOutput = "check output"
    case loadContent = "load content"
    case validate = "validate"
    case computeStatuses = "compute statuses"
    case loadTemplates = "load templates"
    /// Each published report printed to PDF, when Chromium is installed (before the
    /// pages, so that each quarter page can give its report's size and pages).
    case printReports = "print reports"
    case renderPages = "render pages"
    case dataFiles = "data files"
    /// Every chart as a standalone SVG file, to embed elsewhere.
    case chartFiles = "chart files"
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

    /// The line `--verbose` prints: `  load content         0.047 s  446 files`.
    public var line: String {
        "  \(step.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0)) \(String(format: "%7.3f", seconds)) s  \(detail)"
    }
}

/// What stopped one of the steps run together (`StepClock.runTogether`).
public struct StepProblem: Error {
    public let step: BuildStep
    public let diagnostics: DiagnosticList

    public init(step: BuildStep, diagnostics: [Diagnostic]) {
        self.step = step
        self.diagnostics = DiagnosticList(diagnostics)
    }
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
    /// How many files were taken unchanged from the last build into the same folder.
    public var reusedFiles = 0
}

/// Runs named steps, timing each, and turns a step's diagnostics into a `BuildFailure`
/// that names it.
public final class StepClock {
    public private(set) var timings: [StepTiming] = []
    let onStep: (StepTiming) -> Void
    let onStepStart: (BuildStep) -> Void

    public init(
        onStep: @escaping (StepTiming) -> Void = { _ in }, onStepStart: @escaping (BuildStep) -> Void = { _ in }
    ) {
        self.onStep = onStep
        self.onStepStart = onStepStart
    }

    public func run<T>(_ name: BuildStep, _ body: () throws(DiagnosticList) -> (T, String)) throws(BuildFailure) -> T {
        onStepStart(name)
        let clock = ContinuousClock.now
        do {
            let (result, detail) = try body()
            let timing = StepTiming(step: name, seconds: clock.duration(to: .now).seconds, detail: detail)
            timings.append(timing)
            onStep(timing)
            return result
        } catch {
            timings.append(StepTiming(step: name, seconds: clock.duration(to: .now).seconds, detail: "failed"))
            throw BuildFailure(step: name, diagnostics: error.diagnostics, timings: timings)
        }
    }

    /// Steps whose work is done in one pass on every core: `body` gives each its result,
    /// its detail and when its own last piece of work ended. Each is timed from the start
    /// of the pass to that end, so their times overlap. A problem names its step.
    public func runTogether<T>(
        _ names: [BuildStep],
        _ body: () throws(StepProblem) -> [(result: T, detail: String, end: ContinuousClock.Instant)]
    ) throws(BuildFailure) -> [T] {
        guard let first = names.first else { return [] }
        onStepStart(first)
        let start = ContinuousClock.now
        do {
            let done = try body()
            for (name, step) in zip(names, done) {
                let timing = StepTiming(step: name, seconds: start.duration(to: step.end).seconds, detail: step.detail)
                timings.append(timing)
                onStep(timing)
            }
            return done.map(\.result)
        } catch {
            timings.append(StepTiming(step: error.step, seconds: start.duration(to: .now).seconds, detail: "failed"))
            throw BuildFailure(step: error.step, diagnostics: error.diagnostics.diagnostics, timings: timings)
        }
    }

    /// The steps' seconds added up.
    public var total: Double { timings.reduce(0) { $0 + $1.seconds } }
}
