import Foundation
import Mustache
import QuarterlyModel
import Testing

@testable import QuarterlyBuild
@testable import QuarterlyContent
@testable import QuarterlyRender

@Suite struct TemplateFieldTests {
    /// Every key of every page's view model, over both examples and the fixture.
    static func renderedKeys() throws -> Set<String> {
        var keys: Set<String> = []
        func collect(_ value: Any) {
            if let model = value as? [String: Any] {
                for (key, child) in model {
                    keys.insert(key)
                    collect(child)
                }
            } else if let list = value as? [Any] {
                list.forEach(collect)
            }
        }
        let templates = try TemplateSet.parse(
            TemplateFolder.readTemplates(from: Fixtures.templates.path), folder: "templates", checkingFields: false)
        for content in [Fixtures.exampleContent, Fixtures.lancashireContent, Fixtures.minimal] {
            let graph = try #require(Fixtures.validate(content).graph)
            for drafts in [graph, graph.publishedOnly()] {
                for searchable in [true, false] {
                    let renderer = SiteRenderer(
                        graph: drafts.assessed().graph, templates: templates,
                        options: RenderOptions(deployment: Deployment(siteBaseURL: "/"), searchable: searchable))
                    for page in renderer.pages { collect(renderer.context(for: page)) }
                }
            }
        }
        return keys
    }

    @Test func theVocabularyListsEveryFieldThePagesHold() throws {
        let missing = try Self.renderedKeys().subtracting(TemplateVocabulary.fields)
        #expect(
            missing.isEmpty,
            "add to TemplateVocabulary.fields: \(missing.sorted().map { "\"\($0)\"" }.joined(separator: ", "))")
    }
}

/// `{{name}}` escaping, and template errors still placed where the author wrote them
/// although each template is parsed behind a pragma line.
@Suite struct TemplateEscapingTests {
    @Test(arguments: [
        ("Superfast broadband", "Superfast broadband"),
        (#"<a href="x">Tom's & Jerry's</a>"#, "&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&#39;s&lt;/a&gt;"),
        ("£4.2m über <", "£4.2m über &lt;"),
        ("", ""),
    ])
    func escapesTheFiveCharacters(text: String, expected: String) {
        #expect(HTMLText.escape(text) == expected)
    }

    @Test func variablesAreEscapedInTemplatesAndPartials() throws {
        let others = TemplateSet.required.filter { $0 != "home" }.map {
            TemplateSource(name: $0, displayPath: $0, text: "")
        }
        let set = try TemplateSet.parse(
            others + [
                TemplateSource(name: "home", displayPath: "home.mustache", text: "<p>{{title}}</p>{{> part}}"),
                TemplateSource(
                    name: "part", displayPath: "part.mustache", text: "{{#items}}\n<i>{{.}}</i>\n{{/items}}\n"),
            ], folder: "templates", checkingFields: false)
        let html = set.render(["title": "<script>", "items": ["a&b", "\"q\""]], template: "home")
        #expect(html == "<p>&lt;script&gt;</p><i>a&amp;b</i>\n<i>&quot;q&quot;</i>\n")
    }

    @Test(arguments: ["{{#a}}x{{/b}}", "<p>\n  {{#a}}\n{{/b}}\n", "one\ntwo {{name\n"])
    func syntaxErrorsKeepTheirPlace(text: String) throws {
        var expected: TextPosition?
        do { _ = try MustacheTemplate(string: text) } catch let error as MustacheTemplate.ParserError {
            expected = TextPosition(line: error.context.lineNumber, column: max(1, error.context.columnNumber))
        }
        #expect(expected != nil)
        do {
            _ = try TemplateSet.parse(
                [TemplateSource(name: "home", displayPath: "home.mustache", text: text)],
                folder: "templates", checkingFields: false)
            Issue.record("parsed")
        } catch {
            #expect(error.diagnostics.first { $0.code == .templateSyntax }?.position == expected)
        }
    }
}
