import QuarterlyModel

/// One page of the site: a kind of page, and for kinds made once per item (every
/// measure, every quarter) the item's id as it appears in the URL.
public struct Page: Sendable, Hashable {
    public let kind: PageKind
    public let item: String?

    public init(_ kind: PageKind, _ item: String? = nil) {
        self.kind = kind
        self.item = item
    }

    /// Where the page is written, relative to the output folder: `measures/x/index.html`.
    public var outputPath: String {
        kind.file ?? kind.path(item) + "index.html"
    }

    /// Every page the graph needs, in the table's order.
    public static func all(in graph: AssessedGraph) -> [Page] {
        PageKind.all.flatMap { kind in kind.items.ids(in: graph).map { Page(kind, $0) } }
    }
}

/// A rendered page.
public struct RenderedPage: Sendable {
    public let page: Page
    public let html: String
}

extension Page {
    /// What the page is made from, for the build cache (`ContentRead`).
    public func reads(in graph: AssessedGraph) -> [ContentRead] { kind.reads(graph, item) }
}
