import QuarterlyModel

/// Every internal address on the site, built on the base path so the site works at
/// `https://example.org/` and under a sub-path like `/council-plan/`. These URLs are a
/// public contract: committee papers link to them.
public struct Links: Sendable {
    /// Starts and ends with `/`.
    public let base: String

    public init(base: String) {
        var path = base
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        self.base = path
    }

    public var home: String { base }
    public var quarters: String { base + "quarters/" }
    public var trends: String { base + "trends/" }
    public var accessibility: String { base + "accessibility/" }
    public func quarter(_ id: QuarterID) -> String { base + "quarters/\(id.slug)/" }
    public func action(_ id: String) -> String { base + "actions/\(id)/" }
    public func measure(_ id: String) -> String { base + "measures/\(id)/" }
    public func outcome(_ id: String) -> String { base + "outcomes/\(id)/" }
    public func asset(_ name: String) -> String { base + "assets/\(name)" }
}
