import QuarterlyModel

/// What a page builder produces before the shared layout is added.
struct PageContent {
    var model: ViewModel
    var title: String
    var crumbs: [ViewModel] = []
    var current: String
    /// The navigation section it belongs to.
    var section: String
}

/// Renders the content graph into HTML pages. Knows nothing of files on disk: the
/// build writes what it returns.
public struct SiteRenderer: Sendable {
    public let graph: ContentGraph
    public let templates: TemplateSet
    public let links: Links

    public init(graph: ContentGraph, templates: TemplateSet, basePath: String) {
        self.graph = graph
        self.templates = templates
        self.links = Links(base: basePath)
    }

    public var pages: [Page] { Page.all(in: graph) }

    /// Every page, rendered on all cores.
    public func renderAll() -> [RenderedPage] {
        pages.parallelMap(render)
    }

    public func render(_ page: Page) -> RenderedPage {
        let fragments = Fragments(graph: graph, links: links)
        let content: PageContent
        switch page {
        case .home: content = HomePage(fragments: fragments).content()
        case .quarters: content = QuartersPage(fragments: fragments).content()
        case .trends: content = TrendsPage(fragments: fragments).content()
        case .accessibility: content = AccessibilityPage(fragments: fragments).content()
        case .quarter(let id): content = QuarterPage(fragments: fragments).content(for: graph.quarter(id)!)
        case .action(let id): content = ActionPage(fragments: fragments).content(for: graph.action(id)!)
        case .measure(let id): content = MeasurePage(fragments: fragments).content(for: graph.measure(id)!)
        case .outcome(let id): content = OutcomePage(fragments: fragments).content(for: graph.outcome(id)!)
        }
        let shell = PageShell(graph: graph, links: links)
        let context = shell.wrap(content.model, title: content.title, crumbs: content.crumbs,
                                 current: content.current, section: content.section)
        return RenderedPage(page: page, html: templates.render(context, template: page.templateName))
    }
}
