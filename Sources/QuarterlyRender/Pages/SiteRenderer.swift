import Foundation
import Mustache
import QuarterlyModel

/// Renders the content graph into HTML pages. Knows nothing of files on disk: the
/// build writes what it returns.
public struct SiteRenderer: Sendable {
    public let graph: AssessedGraph
    public let templates: TemplateSet
    public let links: Links
    public let options: RenderOptions
    /// The navigation's sections, the same on every page.
    let sections: [NavSection]
    /// What every page's builder is given: the graph, the links and what is worked out once.
    private(set) var fragments: Fragments

    /// What is the same on every page of the site's language: its layout fields are
    /// written into the layout once (`TemplateSet.writingIn`).
    let common: SiteShell

    /// - Parameter commentary: the commentary another renderer of this graph rendered
    ///   (the same site with its printed reports), so it is not rendered again.
    public init(
        graph: AssessedGraph, templates: TemplateSet, options: RenderOptions,
        commentary: RenderedCommentary = RenderedCommentary()
    ) {
        self.graph = graph
        self.options = options
        self.links = Links(deployment: options.deployment)
        common = SiteShell(
            graph: graph, links: links, words: templates.catalogue, languageCount: options.languages.count)
        self.templates = templates.writingIn(common)
        self.sections = NavItem.sections(in: graph, words: templates.catalogue)
        self.fragments = Fragments(
            graph: graph, links: links, words: templates.catalogue, searchable: options.searchable,
            printed: options.printedReports, commentary: commentary)
        fragments.siteRoot = options.languages.first?.deployment.basePath ?? links.base
    }

    public var pages: [Page] { Page.all(in: graph) }

    /// Each update's commentary rendered once for the pages and the open data alike.
    public var commentary: RenderedCommentary { fragments.commentary }

    public func render(_ page: Page) -> RenderedPage {
        if let parts = inParts(page) {
            return RenderedPage(page: page, html: (0..<parts.count).map(parts.part).joined())
        }
        return RenderedPage(page: page, html: templates.render(context(for: page), template: page.kind.template))
    }

    /// The page's file and, for a page whose chart is a file of its own (`ShowsChartFile`),
    /// the chart's, drawn once for both, with the rules of the site's stylesheet it uses.
    package func files(of page: Page, charts styles: ChartStylesheet) -> [(path: String, data: Data)] {
        if inParts(page) != nil { return [(page.outputPath, Data(render(page).html.utf8))] }
        let context = context(for: page)
        let html = (page.outputPath, Data(templates.render(context, template: page.kind.template).utf8))
        guard let chart = (context.body as? any ShowsChartFile)?.chart?.embed?.chart else { return [html] }
        return [html, (chart.file.path, Data(chart.document(language: graph.site.language, styles: styles).utf8))]
    }

    /// The page in parts, for a kind made in parts (`PageParts`) whose template shows its
    /// list as that asks: the build makes and writes each part on its own.
    public func inParts(_ page: Page) -> PageInParts? {
        guard let parts = page.kind.parts, templates.makesInParts(page.kind.template) else { return nil }
        return PageInParts(page, parts: parts, renderer: self)
    }

    /// What a page's template is rendered with: the page's own context and the layout's.
    func context(for page: Page) -> PageContext {
        let content = page.kind.build(fragments, page.item)
        let versions = options.languages.map { version in
            let links = Links(deployment: version.deployment)
            return LanguageLink(
                tag: version.tag, name: version.name, url: links.absolute(of: page), path: links.url(of: page),
                isCurrent: version.code == options.language)
        }
        return PageContext(
            body: content.body,
            shell: PageShell(
                common: common, strings: templates.strings, words: templates.catalogue, sections: sections,
                page: content, url: links.url(of: page),
                searchIndexed: page.kind.inSearch, languages: versions))
    }
}

/// A page's context: its own fields, then the layout's (no name is both: a test checks).
struct PageContext: MustacheParent {
    let body: any MustacheParent
    let shell: PageShell

    func child(named name: String) -> Any? {
        body.child(named: name) ?? shell.child(named: name)
    }
}
