import QuarterlyModel

/// What a page builder produces before the shared layout is added.
struct PageContent {
    var model: ViewModel
    var title: String
    var crumbs: [ViewModel] = []
    var current: String
    /// The navigation section it belongs to.
    var section: String
    /// The content file the page shows, for "suggest a correction".
    var sourcePath: String? = nil
    /// One sentence for search engines and link previews; the site's description by default.
    var description: String? = nil
}

/// Renders the content graph into HTML pages. Knows nothing of files on disk: the
/// build writes what it returns.
public struct SiteRenderer: Sendable {
    public let graph: AssessedGraph
    public let templates: TemplateSet
    public let links: Links

    public let options: RenderOptions

    public init(graph: AssessedGraph, templates: TemplateSet, options: RenderOptions) {
        self.graph = graph
        self.templates = templates
        self.options = options
        self.links = Links(deployment: options.deployment)
    }

    public var pages: [Page] { Page.all(in: graph) }

    public func render(_ page: Page) -> RenderedPage {
        RenderedPage(page: page, html: templates.render(context(for: page), template: page.templateName))
    }

    /// The view model a page's template is rendered with.
    func context(for page: Page) -> ViewModel {
        let fragments = Fragments(graph: graph, links: links)
        let content: PageContent
        switch page {
        case .home: content = HomePage(fragments: fragments).content()
        case .quarters: content = QuartersPage(fragments: fragments).content()
        case .trends: content = TrendsPage(fragments: fragments).content()
        case .accessibility: content = AccessibilityPage(fragments: fragments).content()
        case .aToZ: content = AToZPage(fragments: fragments).content()
        case .risks: content = RiskPages(fragments: fragments).register()
        case .risk(let id): content = RiskPages(fragments: fragments).content(for: graph.risk(id)!)
        case .search:
            content = PageContent(
                model: ["searchable": options.searchable, "aToZ": links.aToZ, "bundle": links.base + "pagefind/"],
                title: "Search", current: "Search", section: "search")
        case .notFound:
            content = PageContent(
                model: ["aToZ": links.aToZ, "search": links.search], title: "Page not found",
                current: "Page not found", section: "none")
        case .quarter(let id): content = QuarterPage(fragments: fragments).content(for: graph.quarter(id)!)
        case .action(let id): content = ActionPage(fragments: fragments).content(for: graph.action(id)!)
        case .measure(let id): content = MeasurePage(fragments: fragments).content(for: graph.measure(id)!)
        case .outcome(let id): content = OutcomePage(fragments: fragments).content(for: graph.outcome(id)!)
        }
        let shell = PageShell(graph: graph, links: links)
        return shell.wrap(content, url: links.url(of: page))
    }
}
