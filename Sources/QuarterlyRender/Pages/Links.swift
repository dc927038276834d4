import QuarterlyModel

/// Every internal address on the site, built on the base path so the site works at
/// `https://example.org/` and under a sub-path like `/council-plan/`. These URLs are a
/// public contract: committee papers link to them.
public struct Links: Sendable {
    public let deployment: Deployment
    /// Starts and ends with `/`.
    public let base: String

    public init(deployment: Deployment) {
        self.deployment = deployment
        self.base = deployment.basePath
    }

    /// `https://example.org` when the site's address names a host (for absolute addresses).
    public var origin: String? { deployment.origin }

    public var home: String { base }
    public var quarters: String { base + "quarters/" }
    public var trends: String { base + "trends/" }
    public var accessibility: String { base + "accessibility/" }
    public var aToZ: String { base + "a-z/" }
    public var risks: String { base + "risks/" }
    public func risk(_ id: String) -> String { base + "risks/\(id)/" }
    public var search: String { base + "search/" }
    public func quarter(_ id: QuarterID) -> String { base + "quarters/\(id.slug)/" }
    public func action(_ id: String) -> String { base + "actions/\(id)/" }
    public func measure(_ id: String) -> String { base + "measures/\(id)/" }
    public func outcome(_ id: String) -> String { base + "outcomes/\(id)/" }
    public func asset(_ name: String) -> String { base + "assets/\(name)" }
    public func data(_ name: String) -> String { base + "data/\(name)" }
    public func measureData(_ id: String, format: String) -> String { base + "measures/\(id).\(format)" }
    public func quarterData(_ id: QuarterID, _ name: String) -> String { base + "quarters/\(id.slug)/\(name)" }

    /// A page's address: its output path without `index.html`.
    public func url(of page: Page) -> String {
        base + String(page.outputPath.dropLast("index.html".count))
    }
}
