import Foundation
import QuarterlyBuild
import QuarterlyModel
import QuarterlyRender
import QuarterlyTestSupport
import Testing

/// Pages made in parts (`PageParts`): the report and trends pages are made as a frame and
/// one part per outcome, and joined they must be the page its template renders whole.
@Suite struct PagePartsTests {
    /// The page templates that show their list through a partial, written so that they
    /// no longer match `PageParts.tag` (a comment in the section renders nothing): those
    /// pages are then rendered whole, by the library alone.
    static func wholeSources(_ sources: [TemplateSource]) -> [TemplateSource] {
        sources.map { source in
            var text = source.text
            for partial in ["partials/trends-outcome", "partials/report-outcome"] {
                text = text.replacingOccurrences(
                    of: "{{> \(partial)}}{{/outcomes}}", with: "{{> \(partial)}}{{! whole }}{{/outcomes}}")
            }
            return TemplateSource(name: source.name, displayPath: source.displayPath, text: text)
        }
    }

    /// A frame cut at its markers byte by byte, as Foundation cuts it.
    @Test(arguments: [
        "", "no marker", "M", "Ma", "aM", "MM", "aMbMc", "é\u{301}MüM🇬🇧", "M\u{301}x", "a\u{1}M\u{1}b",
        "<p>\u{1}quarterly-part</p>M",
    ])
    func aFrameIsCutAtItsMarkersAsFoundationCutsIt(_ template: String) {
        let frame = template.replacingOccurrences(of: "M", with: PageParts.marker)
        #expect(PageParts.pieces(of: frame) == frame.components(separatedBy: PageParts.marker))
    }

    static func renderer(_ graph: AssessedGraph, _ sources: [TemplateSource], checked: Bool = true) throws
        -> SiteRenderer
    {
        SiteRenderer(
            graph: graph,
            templates: try TemplateSet.parse(
                sources, folder: "templates", catalogue: Fixtures.catalogue, checkingFields: checked),
            options: RenderOptions(deployment: Deployment(siteBaseURL: "/"), searchable: true))
    }

    @Test func eachReportAndTheTrendsPageJoinedFromItsPartsIsThePageRenderedWhole() throws {
        let sources = try TemplateFolder.readTemplates(from: Fixtures.templates.path)
        for content in [Fixtures.exampleContent, Fixtures.lancashireContent, Fixtures.bilingual] {
            let graph = try #require(Fixtures.validate(content).graph).assessed().graph
            let inParts = try Self.renderer(graph, sources)
            let whole = try Self.renderer(graph, Self.wholeSources(sources))
            let pages = inParts.pages.filter { $0.kind == .quarter || $0.kind == .trends }
            #expect(pages.count == graph.quarters.count + 1)
            for page in pages {
                let parts = try #require(inParts.inParts(page), "\(page.outputPath)")
                #expect(whole.inParts(page) == nil)
                // Parts asked for in any order (the build makes them on every core).
                let made = (0..<parts.count).reversed().map { ($0, parts.part($0)) }.sorted { $0.0 < $1.0 }
                let html = whole.render(page).html
                #expect(made.map(\.1).joined() == html, "\(content.path) \(page.outputPath)")
                #expect(inParts.render(page).html == html)
                // A part asked for after the page is finished (its context let go) is made again, the same.
                parts.finished()
                #expect(parts.part(parts.count / 2) == made[parts.count / 2].1)
            }
        }
    }

    /// `{{{cellsMarkup}}}`, `{{{navMarkup}}}`, `{{{statusMarkup}}}` and `{{{changeMarkup}}}`
    /// (each kind of trends cell, each navigation link, each kind of row status and of change
    /// rendered once by its partial) give the pages that the partial included for every
    /// cell, link and row gives.
    @Test func repeatedMarkupRenderedOnceEachIsTheMarkupWrittenInline() throws {
        let sources = try TemplateFolder.readTemplates(from: Fixtures.templates.path)
        let inline = sources.map { source in
            TemplateSource(
                name: source.name, displayPath: source.displayPath,
                text: source.text.replacingOccurrences(
                    of: "{{{cellsMarkup}}}", with: "{{#cells}}{{> partials/trend-cell}}{{/cells}}"
                ).replacingOccurrences(of: "{{{navMarkup}}}", with: "{{#nav}}{{> partials/nav-item}}{{/nav}}")
                    .replacingOccurrences(of: "{{{statusMarkup}}}", with: "{{> partials/status-cells}}")
                    .replacingOccurrences(of: "{{{changeMarkup}}}", with: "{{> partials/change-status}}"))
        }
        #expect(
            inline.filter { !sources.contains($0) }.map(\.name).sorted() == [
                "layout", "partials/action-table", "partials/changes", "partials/measure-table",
                "partials/trends-outcome",
            ])
        for content in [Fixtures.exampleContent, Fixtures.lancashireContent, Fixtures.bilingual] {
            let graph = try #require(Fixtures.validate(content).graph).assessed().graph
            let once = try Self.renderer(graph, sources)
            let written = try Self.renderer(graph, inline)
            let pages = once.pages.filter {
                [.trends, .home, .measure, .quarters, .quarter, .outcome, .owner, .exceptions].contains($0.kind)
            }
            #expect(pages.count > 3)
            for page in pages {
                let html = once.render(page).html
                #expect(html.contains("aria-current=\"page\""), "\(page.outputPath)")
                #expect(html == written.render(page).html, "\(content.path) \(page.outputPath)")
            }
        }
    }

    @Test func aReportHasAPartForEachOutcomeReportedThatQuarter() throws {
        let sources = try TemplateFolder.readTemplates(from: Fixtures.templates.path)
        let graph = try #require(Fixtures.validate(Fixtures.exampleContent).graph).assessed().graph
        let renderer = try Self.renderer(graph, sources)
        for quarter in graph.quarters {
            let page = Page(.quarter, quarter.id.slug)
            let parts = try #require(renderer.inParts(page))
            let html = renderer.render(page).html
            let sections = html.components(separatedBy: "<section class=\"report-outcome\"").count - 1
            #expect(sections > 0)
            #expect(parts.count == sections + 1, "\(quarter.id.slug)")
            for index in 0..<(parts.count - 1) {
                #expect(parts.part(index).contains("<section class=\"report-outcome\""))
            }
            #expect(!parts.part(parts.count - 1).contains("<section class=\"report-outcome\""))
        }
    }

    /// swift-mustache renders a partial without the list's place (`first()`, `index()`…
    /// answer nothing there), so a part rendered alone, in a list of one, is the same.
    @Test func aPartialAskingWhereItsItemStandsIsTheSameInParts() throws {
        let sources = try TemplateFolder.readTemplates(from: Fixtures.templates.path).map { source in
            source.name == "partials/trends-outcome"
                ? TemplateSource(
                    name: source.name, displayPath: source.displayPath,
                    text: "{{#first()}}<p>first</p>{{/first()}}<p>{{index()}}</p>{{#rows}}{{index()}}{{/rows}}"
                        + source.text)
                : source
        }
        let graph = try #require(Fixtures.validate(Fixtures.exampleContent).graph).assessed().graph
        let page = Page(.trends)
        // The template check refuses `{{index()}}` outside a list: it would print nothing.
        let inParts = try Self.renderer(graph, sources, checked: false)
        let whole = try Self.renderer(graph, Self.wholeSources(sources), checked: false)
        #expect(inParts.inParts(page) != nil)
        #expect(whole.inParts(page) == nil)
        let html = whole.render(page).html
        #expect(inParts.render(page).html == html)
        #expect(!html.contains("<p>first</p>"))
        #expect(html.contains("<p></p>0123"))
    }

    /// Inside a section that opens a context of its own (`{{#quarter}}`), a part rendered
    /// under the page's context alone would miss that context's fields: such a page is
    /// made whole. A flag's section (`{{#hasQuarters}}` around the trends' outcomes) opens
    /// none, so that page is still made in parts.
    @Test func aListInsideAContextsSectionMakesThePageWhole() throws {
        let sources = try TemplateFolder.readTemplates(from: Fixtures.templates.path).map { source in
            switch source.name {
            case "quarter":
                TemplateSource(
                    name: source.name, displayPath: source.displayPath,
                    text: source.text.replacingOccurrences(
                        of: "{{#outcomes}}{{> partials/report-outcome}}{{/outcomes}}",
                        with: "{{#quarter}}{{#outcomes}}{{> partials/report-outcome}}{{/outcomes}}{{/quarter}}"))
            case "partials/report-outcome":
                TemplateSource(
                    name: source.name, displayPath: source.displayPath,
                    text: "<p class=\"in-quarter\">{{label}}</p>" + source.text)
            default: source
            }
        }
        let graph = try #require(Fixtures.validate(Fixtures.exampleContent).graph).assessed().graph
        let renderer = try Self.renderer(graph, sources)
        #expect(renderer.inParts(Page(.trends)) != nil)
        for quarter in graph.quarters {
            let page = Page(.quarter, quarter.id.slug)
            #expect(renderer.inParts(page) == nil)
            let html = renderer.render(page).html
            let sections = html.components(separatedBy: "<section class=\"report-outcome\"").count - 1
            #expect(sections > 0)
            // The quarter's label, found in the `quarter` context around the list.
            #expect(html.components(separatedBy: "<p class=\"in-quarter\">Quarter ").count - 1 == sections)
        }
    }

    /// A report's parts read only their outcomes when its partial names nothing of the page
    /// but labels and the site's own fields; one that shows a field only the page has
    /// (`{{quarter.label}}`, `{{#downloads}}`) makes each part read what the page reads.
    @Test(arguments: [
        ("", true),
        ("<p>{{t.report.progress}} {{site.title}} {{stylesheet}} {{id}}</p>", true),
        ("<p>{{quarter.label}}</p>", false),
        ("{{#groups}}<p>{{quarter.label}}</p>{{/groups}}", false),
        ("{{#downloads}}<p>{{{sentence}}}</p>{{/downloads}}", false),
    ])
    func aReportsPartsReadOnlyTheirOutcomesWhenThePartialNamesNothingElseOfThePage(_ added: String, itemOnly: Bool)
        throws
    {
        let sources = try TemplateFolder.readTemplates(from: Fixtures.templates.path).map { source in
            source.name == "partials/report-outcome"
                ? TemplateSource(name: source.name, displayPath: source.displayPath, text: added + source.text)
                : source
        }
        let graph = try #require(Fixtures.validate(Fixtures.exampleContent).graph).assessed().graph
        let renderer = try Self.renderer(graph, sources)
        let whole = try Self.renderer(graph, Self.wholeSources(sources))
        for quarter in graph.quarters {
            let page = Page(.quarter, quarter.id.slug)
            let parts = try #require(renderer.inParts(page))
            let narrowed = (0..<parts.count).map(parts.narrowed)
            #expect(narrowed.allSatisfy { ($0 != nil) == itemOnly }, "\(quarter.id.slug)")
            if itemOnly {
                // Each outcome's part reads that outcome's sources up to the quarter, and
                // nothing of later quarters; the frame's end, nothing.
                #expect(narrowed.last??.reads == [])
                #expect(
                    narrowed.dropLast().allSatisfy {
                        $0?.reads.contains {
                            if case .itemThrough(.outcome, _, quarter.id) = $0 { true } else { false }
                        } == true
                            && $0?.reads.allSatisfy {
                                if case .itemThrough(_, _, quarter.id) = $0 { true } else { false }
                            } == true
                    })
                // Each part's piece of the frame has its own digest.
                #expect(Set(narrowed.compactMap { $0?.shown }).count > 1)
            }
            #expect((0..<parts.count).map(parts.part).joined() == whole.render(page).html)
        }
        // The trends page's parts declare no sources of their own.
        #expect(try #require(renderer.inParts(Page(.trends))).narrowed(0) == nil)
    }
}
