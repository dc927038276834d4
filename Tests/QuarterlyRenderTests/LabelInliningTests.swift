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
