import Foundation
import QuarterlyBuild
import QuarterlyContent
import QuarterlyModel
import QuarterlyRender
import QuarterlyTestSupport
import Testing

/// The `{{t.…}}` labels written into the templates before rendering: which tags are
/// replaced, and that every page comes out byte for byte as with the tags.
@Suite struct LabelInliningTests {
    static let catalogue = Fixtures.catalogue.merging([
        "test.amp": .text(MessagePattern("Q&A <b> \"it's\"")),
        "test.brace": .text(MessagePattern("a {b")),
        "test.close": .text(MessagePattern("b}")),
        "test.blank": .text(MessagePattern("  ")),
        "test.lines": .text(MessagePattern("one\ntwo")),
        "test.fill": .text(MessagePattern("{count} actions")),
    ])

    static let cases: [(template: String, written: String)] = [
        ("{{t.nav.home}}", "Home"),
        ("<a>{{ t.nav.home }}</a>", "<a>Home</a>"),
        ("{{t.test.amp}}", "Q&amp;A &lt;b&gt; &quot;it&#39;s&quot;"),
        ("{{{t.test.amp}}}", "Q&A <b> \"it's\""),
        ("{{& t.test.amp}}", "Q&A <b> \"it's\""),
        ("{{#items}}{{t.nav.home}}{{/items}}", "{{#items}}Home{{/items}}"),
        // Not plain variable tags: left as they are.
        ("{{#t.nav.home}}x{{/t.nav.home}}", "{{#t.nav.home}}x{{/t.nav.home}}"),
        ("{{^t.nav.home}}x{{/t.nav.home}}", "{{^t.nav.home}}x{{/t.nav.home}}"),
        ("{{! t.nav.home }}", "{{! t.nav.home }}"),
        ("{{> t.nav.home}}", "{{> t.nav.home}}"),
        ("{{lowercased(t.nav.home)}}", "{{lowercased(t.nav.home)}}"),
        ("{{title}}", "{{title}}"),
        ("{{t}}{{t.}}{{t.nav}}{{t..home}}", "{{t}}{{t.}}{{t.nav}}{{t..home}}"),
        // Labels that could make or unmake a tag, or change which tags stand alone.
        ("{{t.test.brace}}{{t.test.close}}", "{{t.test.brace}}{{t.test.close}}"),
        ("{{t.test.blank}}{{#a}}\n", "{{t.test.blank}}{{#a}}\n"),
        ("{{t.test.lines}}", "{{t.test.lines}}"),
        // Missing, or a sentence with something to fill in.
        ("{{t.no.such.label}}{{t.test.fill}}", "{{t.no.such.label}}{{t.test.fill}}"),
        // Templates that change the delimiters or the escaping are left whole.
        ("{{t.nav.home}}{{=<% %>=}}<% t.nav.home %>", "{{t.nav.home}}{{=<% %>=}}<% t.nav.home %>"),
        ("{{% CONTENT_TYPE: TEXT}}{{t.test.amp}}", "{{% CONTENT_TYPE: TEXT}}{{t.test.amp}}"),
        // An unfinished tag ends the scan; what came before is still written.
        ("{{t.nav.home}} {{t.nav.home", "Home {{t.nav.home"),
    ]

    @Test(arguments: cases) func whatIsWrittenIn(_ example: (template: String, written: String)) {
        #expect(LabelInlining.inline(example.template, catalogue: Self.catalogue) == example.written)
    }

    static let siteWide: [String: String] = ["stylesheet": "/a&b.css", "site.title": "Plan", "blank": " "]

    /// The layout's site-wide fields are written in only outside every section, where the
    /// page's own context is the only one Mustache looks in.
    static let siteWideCases: [(template: String, written: String)] = [
        ("{{stylesheet}}|{{{stylesheet}}}|{{& site.title}}", "/a&amp;b.css|/a&b.css|Plan"),
        ("{{#a}}{{stylesheet}}{{/a}}{{stylesheet}}", "{{#a}}{{stylesheet}}{{/a}}/a&amp;b.css"),
        ("{{^a}}{{stylesheet}}{{/a}}", "{{^a}}{{stylesheet}}{{/a}}"),
        ("{{#a}}{{#b}}{{/b}}{{stylesheet}}{{/a}}", "{{#a}}{{#b}}{{/b}}{{stylesheet}}{{/a}}"),
        // A block of the layout, or the parent a page fills in, is not a section.
        ("{{$content}}{{stylesheet}}{{/content}}", "{{$content}}/a&amp;b.css{{/content}}"),
        ("{{<layout}}{{#a}}{{/a}}{{/layout}}{{site.title}}", "{{<layout}}{{#a}}{{/a}}{{/layout}}Plan"),
        // Not a site-wide field, not text, or blank: left as tags.
        ("{{title}}{{site}}{{site.title.x}}{{blank}}", "{{title}}{{site}}{{site.title.x}}{{blank}}"),
    ]

    @Test(arguments: siteWideCases) func whatIsWrittenInTheLayout(_ example: (template: String, written: String)) {
        let written = LabelInlining.inline(
            example.template, catalogue: Self.catalogue, siteWide: { Self.siteWide[$0] })
        #expect(written == example.written)
    }

    /// Only a layout rendered as the parent of a page, outside any section, has its
    /// site-wide fields written in: elsewhere its tags could find another context's fields.
    static let layoutUses: [(page: String, atTop: Bool)] = [
        ("{{<layout}}{{$content}}x{{/content}}{{/layout}}", true),
        ("{{#items}}{{<layout}}{{/layout}}{{/items}}", false),
        ("{{^items}}{{<layout}}{{/layout}}{{/items}}", false),
        ("{{#items}}{{/items}}{{<layout}}{{/layout}}", true),
        ("{{> layout}}", false),
        ("{{=<% %>=}}<%<layout%><%/layout%>", false),
    ]

    @Test(arguments: layoutUses) func theLayoutIsRenderedAtTheTop(_ example: (page: String, atTop: Bool)) {
        let sources = [
            TemplateSource(name: "layout", displayPath: "layout", text: "{{stylesheet}}"),
            TemplateSource(name: "measure", displayPath: "measure", text: example.page),
        ]
        #expect(TemplateSet.layoutRenderedAtTop(sources) == example.atTop)
    }

    /// The built-in layout, as a site's renderer holds it: no tag left of a field the same
    /// on every page outside a section, and the page as with every tag looked up.
    @Test func theSiteWideFieldsAreWrittenIntoTheLayout() throws {
        let sources = try TemplateFolder.readTemplates(from: Fixtures.templates.path)
        let graph = try #require(Fixtures.validate(Fixtures.minimal).graph).assessed().graph
        let renderers = try [true, false].map { inlining in
            SiteRenderer(
                graph: graph,
                templates: try TemplateSet.parse(
                    sources, folder: "templates", catalogue: Fixtures.catalogue, inliningLabels: inlining),
                options: RenderOptions(deployment: Deployment(siteBaseURL: "/plan/"), searchable: false))
        }
        let layout = try #require(renderers[0].templates.writtenText(of: "layout"))
        for tag in ["{{stylesheet}}", "{{site.title}}", "{{site.organisation}}", "{{{footerNotice}}}", "{{feedURL}}"] {
            #expect(!layout.contains(tag), "\(tag) is still a tag")
        }
        #expect(layout.contains("href=\"/plan/assets/quarterly.css\""))
        #expect(layout.contains("{{pageTitle}}"))
        let page = Page(.measure, "foi-responses")
        #expect(renderers[0].render(page).html == renderers[1].render(page).html)
    }

    /// Every page of the fixture sites, in both languages, with the labels written in and
    /// with them left as tags.
    @Test func pagesAreTheSameWithTheLabelsWrittenIn() throws {
        let sources = try TemplateFolder.readTemplates(from: Fixtures.templates.path)
        let welsh = try StringsFolder.catalogue(language: "cy", overlay: nil)
        for content in [Fixtures.exampleContent, Fixtures.lancashireContent, Fixtures.bilingual] {
            let graph = try #require(Fixtures.validate(content).graph).assessed().graph
            for catalogue in [Fixtures.catalogue, welsh] {
                var sets: [TemplateSet] = []
                for inlining in [true, false] {
                    let english = try TemplateSet.parse(
                        sources, folder: "templates", catalogue: Fixtures.catalogue, inliningLabels: inlining)
                    sets.append(catalogue == Fixtures.catalogue ? english : english.speaking(catalogue))
                }
                let renderers = sets.map {
                    SiteRenderer(
                        graph: graph, templates: $0,
                        options: RenderOptions(deployment: Deployment(siteBaseURL: "/"), searchable: true))
                }
                for page in renderers[0].pages {
                    let written = renderers[0].render(page).html
                    #expect(written == renderers[1].render(page).html, "\(content.path) \(page.outputPath)")
                }
            }
        }
    }

    /// A template using the labels every way a template can, rendered both ways.
    @Test func aTemplateUsingLabelsEveryWayRendersTheSame() throws {
        var sources = try TemplateFolder.readTemplates(from: Fixtures.templates.path)
        let text = """
            {{<layout}}{{$content}}
            <p>{{t.nav.home}}|{{ t.test.amp }}|{{{t.test.amp}}}|{{&t.test.amp}}</p>
            {{#history}}<span>{{t.test.blank}}{{#isDraft}}
            {{t.common.quarter}}{{/isDraft}}{{t.test.lines}}</span>{{t.test.brace}}{{t.test.close}}
            {{/history}}
            {{#t.nav.home}}shown{{/t.nav.home}}{{^t.nav.home}}hidden{{/t.nav.home}}
            {{/content}}{{/layout}}
            """
        sources =
            sources.filter { $0.name != "measure" } + [TemplateSource(name: "measure", displayPath: "m", text: text)]
        let graph = try #require(Fixtures.validate(Fixtures.minimal).graph).assessed().graph
        let html = try [true, false].map { inlining in
            let templates = try TemplateSet.parse(
                sources, folder: "templates", catalogue: Self.catalogue, checkingFields: false,
                inliningLabels: inlining)
            return SiteRenderer(
                graph: graph, templates: templates,
                options: RenderOptions(deployment: Deployment(siteBaseURL: "/"), searchable: false)
            ).render(Page(.measure, "foi-responses")).html
        }
        #expect(html[0].contains("<p>Home|Q&amp;A &lt;b&gt;"), "\(html[0])")
        #expect(html[0] == html[1])
    }
}
