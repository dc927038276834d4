import QuarterlyModel

/// One page of the site and where it is written, relative to the output folder.
public enum Page: Sendable, Hashable {
    case home
    case quarters
    case trends
    case accessibility
    case aToZ
    case risks
    case risk(String)
    case search
    case notFound
    case quarter(QuarterID)
    case action(String)
    case measure(String)
    case outcome(String)

    public var outputPath: String {
        switch self {
        case .home: "index.html"
        case .quarters: "quarters/index.html"
        case .trends: "trends/index.html"
        case .accessibility: "accessibility/index.html"
        case .aToZ: "a-z/index.html"
        case .risks: "risks/index.html"
        case .risk(let id): "risks/\(id)/index.html"
        case .search: "search/index.html"
        case .notFound: "404.html"
        case .quarter(let id): "quarters/\(id.slug)/index.html"
        case .action(let id): "actions/\(id)/index.html"
        case .measure(let id): "measures/\(id)/index.html"
        case .outcome(let id): "outcomes/\(id)/index.html"
        }
    }

    /// The template that renders this kind of page.
    public var templateName: String {
        switch self {
        case .home: "home"
        case .quarters: "quarters"
        case .trends: "trends"
        case .accessibility: "accessibility"
        case .aToZ: "a-z"
        case .risks: "risks"
        case .risk: "risk"
        case .search: "search"
        case .notFound: "404"
        case .quarter: "quarter"
        case .action: "action"
        case .measure: "measure"
        case .outcome: "outcome"
        }
    }

    /// Every page the graph needs, in a stable order.
    public static func all(in graph: AssessedGraph) -> [Page] {
        [.home, .quarters, .trends, .aToZ, .search, .accessibility, .notFound]
            + graph.quarters.map { .quarter($0.id) }
            + graph.outcomes.map { .outcome($0.id) }
            + graph.actions.map { .action($0.id) }
            + graph.measures.map { .measure($0.id) }
            + (graph.risks.isEmpty ? [] : [.risks] + graph.risks.map { .risk($0.id) })
    }
}

/// A rendered page.
public struct RenderedPage: Sendable {
    public let page: Page
    public let html: String
}
