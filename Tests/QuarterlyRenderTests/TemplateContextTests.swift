import Foundation
import QuarterlyBuild
import QuarterlyContent
import QuarterlyModel
import QuarterlyRender
import QuarterlyTestSupport
import Testing

/// Page contexts as templates see them. (That each field holds what its table declares is
/// guaranteed by the typed field constructors, `.text`, `.flag`, `.list`…, not tested here.)
@Suite struct TemplateContextTests {
    static func templates(replacing name: String? = nil, with text: String = "") throws -> TemplateSet {
        var sources = try TemplateFolder.readTemplates(from: Fixtures.templates.path)
        if let name {
            sources = sources.filter { $0.name != name } + [TemplateSource(name: name, displayPath: name, text: text)]
        }
        return try TemplateSet.parse(sources, folder: "templates", catalogue: Fixtures.catalogue, checkingFields: false)
    }

    static func renderer(_ content: URL, drafts: Bool, searchable: Bool, templates: TemplateSet) throws -> SiteRenderer
    {
        let graph = try #require(Fixtures.validate(content).graph)
        return SiteRenderer(
            graph: (drafts ? graph : graph.publishedOnly()).assessed().graph, templates: templates,
            options: RenderOptions(deployment: Deployment(siteBaseURL: "/"), searchable: searchable))
    }

    /// No value reaches a page as Swift's description of an Optional, whatever is missing.
    @Test func noOptionalLeaksIntoAnyPage() throws {
        let templates = try Self.templates()
        for content in [Fixtures.exampleContent, Fixtures.lancashireContent, Fixtures.minimal] {
            for drafts in [true, false] {
                let renderer = try Self.renderer(content, drafts: drafts, searchable: drafts, templates: templates)
                for page in renderer.pages {
                    let html = renderer.render(page).html
                    #expect(!html.contains("Optional("), "\(page.outputPath)")
                    #expect(!html.isEmpty, "\(page.outputPath)")
                }
            }
        }
    }

    @Test func noPageFieldHidesALayoutField() {
        let layout = Set(PageKind.layoutFieldNames)
        #expect(layout.contains("pageTitle"))
        for kind in PageKind.all {
            let own = kind.ownFieldNames
            #expect(Set(own).count == own.count, "\(kind.name) declares a field twice")
            #expect(layout.isDisjoint(with: own), "\(kind.name): \(layout.intersection(own).sorted())")
        }
    }

    /// A name a row lacks is looked up in the enclosing contexts, as Mustache does with
    /// dictionaries: a history row has no `title`, so it reads the measure's.
    @Test func anAbsentFieldIsLookedUpInTheEnclosingContexts() throws {
        let templates = try Self.templates(
            replacing: "measure", with: "{{#history}}{{quarter}}: {{title}}; {{/history}}")
        let renderer = try Self.renderer(Fixtures.minimal, drafts: true, searchable: false, templates: templates)
        let html = renderer.render(Page(.measure, "foi-responses")).html
        #expect(html.contains("Quarter 2 2019/20: Information requests answered on time;"), "\(html)")
    }

    /// A text field is to a template what a string is: `{{.}}` inside a section over it
    /// prints it, a name it lacks is looked up in the enclosing contexts, it is never
    /// null, and String's transforms apply to it.
    @Test func aTextFieldBehavesAsAString() throws {
        let templates = try Self.templates(
            replacing: "measure",
            with:
                "{{#title}}[{{.}}|{{ref}}]{{/title}}{{^title}}none{{/title}}|{{uppercased(title)}}|{{{ref}}}|{{#ref}}{{#title}}{{ref}}{{/title}}{{/ref}}"
        )
        let renderer = try Self.renderer(Fixtures.minimal, drafts: true, searchable: false, templates: templates)
        let html = renderer.render(Page(.measure, "foi-responses")).html
        #expect(
            html.contains(
                "[Information requests answered on time|M4.4]|INFORMATION REQUESTS ANSWERED ON TIME|M4.4|M4.4"),
            "\(html)")
    }
}
