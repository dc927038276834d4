import Foundation
import Mustache
import QuarterlyBuild
import QuarterlyContent
import QuarterlyModel
import QuarterlyRender
import QuarterlyTestSupport
import Testing

/// Templates are checked page by page, with the contexts Mustache would have at each tag.
@Suite struct TemplateFieldTests {
    static let shipped = try! TemplateFolder.readTemplates(from: Fixtures.templates.path)

    /// The shipped templates with some replaced or added (name → text).
    static func problems(with changes: [String: String]) -> [Diagnostic] {
        var sources = shipped.filter { changes[$0.name] == nil }
        for (name, text) in changes.sorted(by: { $0.key < $1.key }) {
            sources.append(TemplateSource(name: name, displayPath: "templates/\(name).mustache", text: text))
        }
        do {
            _ = try TemplateSet.parse(sources, folder: "templates", catalogue: Fixtures.catalogue)
            return []
        } catch {
            return error.diagnostics
        }
    }

    static func inserting(_ text: String, into name: String, after marker: String) -> String {
        let original = shipped.first { $0.name == name }!.text
        let range = original.range(of: marker)!
        return original.replacingCharacters(in: range, with: marker + text)
    }

    @Test func theShippedTemplatesPass() {
        #expect(Self.problems(with: [:]).isEmpty)
    }

    @Test func aFieldThePageDoesNotProvideIsAnErrorWhereItIsUsed() throws {
        let home = Self.inserting("<p>{{ragExplanation}}</p>\n", into: "home", after: "{{$content}}\n")
        let problems = Self.problems(with: ["home": home])
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.code == .unknownTemplateField)
        #expect(problem.path == "templates/home.mustache")
        #expect(problem.position == TextPosition(line: 3, column: 4))
        #expect(problem.message.contains("the home page"))
    }

    @Test func aFieldOfASectionIsKnownOnlyInsideIt() {
        let inside = Self.inserting(
            "{{#history}}{{ragExplanation}}{{/history}}\n", into: "measure", after: "{{$content}}\n")
        #expect(Self.problems(with: ["measure": inside]).isEmpty)
        let outside = Self.inserting("{{ragExplanation}}\n", into: "measure", after: "{{$content}}\n")
        #expect(Self.problems(with: ["measure": outside]).map(\.position) == [TextPosition(line: 3, column: 1)])
    }

    @Test func aPartialIsCheckedInEveryPlaceItIsIncluded() throws {
        let partial = "{{hasHistory}} {{nonsense}}\n"
        let home = Self.inserting("{{> partials/probe}}\n", into: "home", after: "{{$content}}\n")
        let action = Self.inserting("{{> partials/probe}}\n", into: "action", after: "{{$content}}\n")
        let problems = Self.problems(with: ["partials/probe": partial, "home": home, "action": action])
        #expect(problems.map(\.path) == ["templates/partials/probe.mustache", "templates/partials/probe.mustache"])
        // `hasHistory` is the action page's, not the home page's; `nonsense` is neither's.
        #expect(problems[0].position == TextPosition(line: 1, column: 1))
        #expect(problems[0].message.contains("the home page provides"))
        #expect(problems[1].position == TextPosition(line: 1, column: 16))
        #expect(problems[1].message.contains("the home and the action pages provide"))
    }

    /// The tag partials are rendered once per status with the tag alone, so they may name
    /// the tag's fields and `t.`, and nothing of the page or row around them.
    @Test func aTagPartialMayNameOnlyTheTagsFieldsAndStrings() throws {
        let fine = "<b>{{class}} {{#isRed}}{{t.rag.red}}{{/isRed}}</b>\n"
        #expect(Self.problems(with: ["partials/rag": fine]).isEmpty)
        let problems = Self.problems(with: ["partials/rag": "<b>{{class}} {{title}}</b>\n"])
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.code == .unknownTemplateField)
        #expect(problem.path == "templates/partials/rag.mustache")
        #expect(problem.position == TextPosition(line: 1, column: 14))
        #expect(problem.message.contains("status tag (`partials/rag`)"))
        let direction = Self.problems(with: ["partials/direction": "{{arrow}} {{ref}}\n"])
        #expect(direction.map(\.path) == ["templates/partials/direction.mustache"])
    }

    /// The trends cell, navigation link and status cells partials are rendered once per
    /// distinct cell, link or status with it alone: they may name its fields and `t.`, not
    /// the row's or page's.
    @Test(arguments: [
        (
            "partials/trend-cell", "<td>{{quarter}} {{#reported}}{{{rag.markup}}}{{/reported}}{{note}}</td>\n",
            "<td>{{quarter}} {{title}}</td>\n", "trends cell"
        ),
        (
            "partials/nav-item", "<li><a href=\"{{url}}\">{{label}}</a> {{t.nav.home}}</li>\n",
            "<li><a href=\"{{url}}\">{{pageTitle}}</a></li>\n", "navigation link"
        ),
        (
            "partials/status-cells",
            "<td>{{#hasRAG}}{{{rag.markup}}}{{/hasRAG}} {{standing}}</td><td>{{{direction.markup}}}</td>\n",
            "<td>{{{rag.markup}}} {{title}}</td>\n", "status cells"
        ),
        (
            "partials/change-status",
            "{{#isRAG}}{{{from.markup}}} {{t.changes.to}} {{{to.markup}}}{{/isRAG}}{{^isRAG}}{{what}}{{/isRAG}}\n",
            "{{#isRAG}}{{{from.markup}}} {{since}}{{/isRAG}}\n", "change's status"
        ),
    ])
    func aRepeatedPartialMayNameOnlyItsContextsFieldsAndStrings(
        partial: String, fine: String, wrong: String, what: String
    ) throws {
        #expect(Self.problems(with: [partial: fine]).isEmpty)
        let problems = Self.problems(with: [partial: wrong])
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.code == .unknownTemplateField)
        #expect(problem.path == "templates/\(partial).mustache")
        #expect(problem.message.contains("\(what) (`\(partial)`)"))
    }

    @Test func dottedNamesAreResolvedInsideTheirContext() throws {
        let fine = Self.inserting("{{outcome.title}} {{site.title}}\n", into: "action", after: "{{$content}}\n")
        #expect(Self.problems(with: ["action": fine]).isEmpty)
        let typo = Self.inserting("{{site.titel}}\n", into: "action", after: "{{$content}}\n")
        let problem = try #require(Self.problems(with: ["action": typo]).first)
        #expect(problem.message.hasPrefix("`titel` is not a field of `site` on the action page"))
        #expect(problem.hint?.hasPrefix("Did you mean `title`?") == true)
    }

    @Test func aPartialThatIncludesItselfIsWalkedOnce() {
        let loop = "{{#nav}}{{label}}{{> partials/loop}}{{/nav}}\n"
        let home = Self.inserting("{{> partials/loop}}\n", into: "home", after: "{{$content}}\n")
        #expect(Self.problems(with: ["partials/loop": loop, "home": home]).isEmpty)
    }

    @Test func tagsAreReadWithTheirKindAndPlace() {
        let at = TextPosition.start
        #expect(
            TemplateTag.parse("#outcome.title", at: at)
                == TemplateTag(kind: .section, name: "outcome.title", position: at))
        #expect(TemplateTag.parse("{html}", at: at)?.name == "html")
        #expect(
            TemplateTag.parse("^empty(progress)", at: at)
                == TemplateTag(kind: .invertedSection, name: "progress", transformed: true, position: at))
        #expect(TemplateTag.parse("! a comment", at: at) == nil)
        #expect(TemplateTag.parse("/outcome", at: at)?.kind == .close)
        #expect(
            TemplateTag.parse("> partials/rag ", at: at)
                == TemplateTag(kind: .partial, name: "partials/rag", position: at))
        #expect(TemplateTag.parse("<layout", at: at)?.kind == .parent)
        let tags = TemplateTag.scan("a\n  {{title}} {{{html}}}") ?? []
        #expect(tags.map(\.name) == ["title", "html"])
        #expect(tags.map(\.position) == [TextPosition(line: 2, column: 3), TextPosition(line: 2, column: 13)])
        // Columns count characters, as editors do, not bytes.
        #expect(TemplateTag.scan("£ → {{title}}")?.first?.position == TextPosition(line: 1, column: 5))
        #expect(TemplateTag.scan("{{=<% %>=}}") == nil)
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
        ("<>&\"'", "&lt;&gt;&amp;&quot;&#39;"),
        ("Cymraeg ŵ ŷ 'a' & 📈", "Cymraeg ŵ ŷ &#39;a&#39; &amp; 📈"),
    ])
    func escapesTheFiveCharacters(text: String, expected: String) {
        #expect(HTMLText.escape(text) == expected)
        // SVG and XML text in double-quoted attributes keeps its apostrophes.
        #expect(HTMLText.escape(text, apostrophes: false) == expected.replacingOccurrences(of: "&#39;", with: "'"))
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
            ], folder: "templates", catalogue: Fixtures.catalogue, checkingFields: false)
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
                folder: "templates", catalogue: Fixtures.catalogue, checkingFields: false)
            Issue.record("parsed")
        } catch {
            #expect(error.diagnostics.first { $0.code == .templateSyntax }?.position == expected)
        }
    }
}
