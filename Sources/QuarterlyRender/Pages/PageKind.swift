import Mustache
import QuarterlyModel

/// A kind of page, declared once in the page table (`PageTable.swift`): its address,
/// template, the items it is made for, how its context is built, and what the sitemap
/// and the search index make of it. Links, the build, the sitemap, the required
/// templates, the template check and docs/templates.md all read this declaration.
/// A class: every page holds its kind, and a copy of a dozen fields and closures per page
/// (its job, its parts, the sitemap's list) cost memory and retains at 10,000 pages.
public final class PageKind: Sendable, Hashable {
    /// What the docs call it: `measure`.
    public let name: String
    /// Relative to the site's base, with `{id}` for the item: `measures/{id}/`.
    public let url: String
    /// The file it is written to, when not `index.html` at its address: the not-found
    /// page is one file that a web server shows at any address the site lacks.
    package let file: String?
    /// The template that renders it, e.g. `measure` for `templates/measure.mustache`.
    public let template: String
    let items: PageItems
    /// Whether the sitemap lists it.
    let inSitemap: Bool
    /// Whether the search index takes in its main content (the layout's
    /// `data-pagefind-body`): not the not-found and search pages, which hold nothing to find.
    let inSearch: Bool
    /// When its content last changed, for the sitemap.
    let lastModified: @Sendable (AssessedGraph, String?) -> CalendarDate?
    /// What the page shows, in a sentence, for the docs.
    let summary: String
    /// The fields of the page's own context, without the layout's.
    let ownFields: [FieldSchema]
    let build: @Sendable (Fragments, String?) -> PageContent<any MustacheParent>
    /// `url` cut at each `{id}`, split once: Foundation's replacing was 2% of a build.
    private let urlAroundID: [String]
    /// What its page for an item is made from (`ContentRead`), for the build cache.
    let reads: @Sendable (AssessedGraph, String?) -> [ContentRead]
    /// How its pages are made in parts, for a kind whose pages can hold thousands of items.
    let parts: PageParts?

    /// A kind with one page (when `when` allows it).
    convenience init<Body: TemplateContext>(
        name: String, summary: String, url: String, file: String? = nil, template: String,
        when: (@Sendable (AssessedGraph) -> Bool)? = nil, inSitemap: Bool = true, inSearch: Bool = true,
        reads: [ContentRead] = [.everything], parts: PageParts? = nil,
        build: @escaping @Sendable (Fragments) -> PageContent<Body>
    ) {
        self.init(
            name: name, summary: summary, url: url, file: file, template: template,
            items: when.map(PageItems.oneWhen) ?? .one,
            inSitemap: inSitemap, inSearch: inSearch, lastModified: { graph, _ in Sitemap.newestReport(in: graph) },
            fields: Body.fields.schema, reads: { _, _ in reads }, parts: parts,
            build: { fragments, _ in build(fragments).map { $0 } })
    }

    /// A kind with one page per id that `each` lists.
    convenience init<Body: TemplateContext>(
        name: String, summary: String, url: String, template: String,
        each: @escaping @Sendable (AssessedGraph) -> [String],
        lastModified: @escaping @Sendable (AssessedGraph, String) -> CalendarDate?,
        reads: @escaping @Sendable (AssessedGraph, String) -> [ContentRead] = { _, _ in [.everything] },
        parts: PageParts? = nil,
        build: @escaping @Sendable (Fragments, String) -> PageContent<Body>
    ) {
        self.init(
            name: name, summary: summary, url: url, file: nil, template: template, items: .each(each), inSitemap: true,
            inSearch: true,
            lastModified: { lastModified($0, $1!) }, fields: Body.fields.schema, reads: { reads($0, $1!) },
            parts: parts, build: { fragments, id in build(fragments, id!).map { $0 } })
    }

    private init(
        name: String, summary: String, url: String, file: String?, template: String, items: PageItems,
        inSitemap: Bool, inSearch: Bool,
        lastModified: @escaping @Sendable (AssessedGraph, String?) -> CalendarDate?, fields: [FieldSchema],
        reads: @escaping @Sendable (AssessedGraph, String?) -> [ContentRead], parts: PageParts?,
        build: @escaping @Sendable (Fragments, String?) -> PageContent<any MustacheParent>
    ) {
        self.reads = reads
        self.parts = parts
        self.name = name
        self.summary = summary
        self.url = url
        urlAroundID = url.components(separatedBy: "{id}")
        self.file = file
        self.template = template
        self.items = items
        self.inSitemap = inSitemap
        self.inSearch = inSearch
        self.lastModified = lastModified
        ownFields = fields
        self.build = build
    }

    /// The names of the page's own fields (for checks that they never hide the layout's).
    package var ownFieldNames: [String] { ownFields.map(\.name) }

    /// The names of the layout's fields, on every page.
    package static var layoutFieldNames: [String] { PageShell.fields.schema.map(\.name) }

    /// The fields its template can name: the page's own, then the layout's.
    var fields: [FieldSchema] { ownFields + PageShell.fields.schema }

    /// The page's path for an item, relative to the site's base: `measures/x/`.
    func path(_ item: String?) -> String {
        guard let item else { return url }
        return urlAroundID.joined(separator: item)
    }

    public static func == (a: PageKind, b: PageKind) -> Bool { a.name == b.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

/// Which pages of a kind a site has.
enum PageItems: Sendable {
    /// One page.
    case one
    /// One page, when the graph has what it shows.
    case oneWhen(@Sendable (AssessedGraph) -> Bool)
    /// One page per id.
    case each(@Sendable (AssessedGraph) -> [String])

    /// The ids to make pages for; `nil` stands for the single page of a kind.
    func ids(in graph: AssessedGraph) -> [String?] {
        switch self {
        case .one: [nil]
        case .oneWhen(let condition): condition(graph) ? [nil] : []
        case .each(let ids): ids(graph)
        }
    }
}
