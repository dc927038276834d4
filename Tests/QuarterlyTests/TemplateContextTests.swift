import Foundation
import Mustache
import QuarterlyModel
import Testing

@testable import QuarterlyBuild
@testable import QuarterlyContent
@testable import QuarterlyRender

/// Page contexts hold what their field tables declare, and nothing leaks into the output.
@Suite struct TemplateContextTests {
    /// Every page's context of both examples and the fixture, with and without drafts and search.
    static func contexts() throws -> [(Page, PageContext)] {
        let templates = try TemplateSet.parse(
            TemplateFolder.readTemplates(from: Fixtures.templates.path), folder: "templates", checkingFields: false)
        var contexts: [(Page, PageContext)] = []
        for content in [Fixtures.exampleContent, Fixtures.lancashireContent, Fixtures.minimal] {
            let graph = try #require(Fixtures.validate(content).graph)
            for drafts in [graph, graph.publishedOnly()] {
                for searchable in [true, false] {
                    let renderer = SiteRenderer(
                        graph: drafts.assessed().graph, templates: templates,
                        options: RenderOptions(deployment: Deployment(siteBaseURL: "/"), searchable: searchable))
                    contexts += renderer.pages.map { ($0, renderer.context(for: $0)) }
                }
            }
        }
        return contexts
    }

    /// Problems with one value against its declaration, e.g. "measure › history › rag: …".
    static func problems(_ value: Any?, _ kind: FieldKind, at path: String) -> [String] {
        guard let value else { return [] }
        if Mirror(reflecting: value).displayStyle == .optional { return ["\(path): an Optional leaks into the output"] }
        switch kind {
        case .text, .html: return value is String ? [] : ["\(path): not text but \(type(of: value))"]
        case .flag: return value is Bool ? [] : ["\(path): not a flag but \(type(of: value))"]
        case .number: return value is Int ? [] : ["\(path): not a number but \(type(of: value))"]
        case .context(let type): return problems(inContext: value, of: type, at: path)
        case .list(let type):
            guard let list = value as? [Any] else { return ["\(path): not a list but \(Swift.type(of: value))"] }
            return list.flatMap { problems(inContext: $0, of: type, at: path) }
        }
    }

    static func problems(inContext value: Any, of type: ContextType, at path: String) -> [String] {
        guard let context = value as? any TemplateContext, String(describing: Swift.type(of: value)) == type.name
        else { return ["\(path): not a \(type.name) but \(Swift.type(of: value))"] }
        return type.fields.flatMap { problems(context.child(named: $0.name), $0.kind, at: path + " › " + $0.name) }
    }

    @Test func everyFieldHoldsWhatItsTableDeclares() throws {
        var problems: Set<String> = []
        for (page, context) in try Self.contexts() {
            for field in page.kind.fields {
                problems.formUnion(
                    Self.problems(context.child(named: field.name), field.kind, at: page.kind.name + " › " + field.name)
                )
            }
        }
        #expect(problems.isEmpty, "\(problems.sorted().joined(separator: "\n"))")
    }

    @Test func noPageFieldHidesALayoutField() {
        let layout = Set(PageShell.fields.schema.map(\.name))
        for kind in PageKind.all {
            let own = kind.ownFields.map(\.name)
            #expect(Set(own).count == own.count, "\(kind.name) declares a field twice")
            #expect(layout.isDisjoint(with: own), "\(kind.name): \(layout.intersection(own).sorted())")
        }
    }

    @Test func anAbsentFieldIsLookedUpInTheEnclosingContexts() throws {
        let others = TemplateSet.required.filter { $0 != "home" }.map {
            TemplateSource(name: $0, displayPath: $0, text: "")
        }
        let set = try TemplateSet.parse(
            others + [
                TemplateSource(
                    name: "home", displayPath: "home.mustache",
                    text: "{{#rows}}{{note}} {{count}}{{#flag}}!{{/flag}};{{/rows}}")
            ], folder: "templates", checkingFields: false)
        let outer = Outer(rows: [Inner(note: "inner", flag: true), Inner(note: nil, flag: nil)])
        #expect(set.render(outer, template: "home") == "inner 2!;outer 2;")
    }
}

/// Two contexts for the test above: the inner one's absent note and flag are the outer one's.
private final class Outer: TemplateContext {
    let rows: [Inner]

    init(rows: [Inner]) { self.rows = rows }

    static let fields = FieldTable<Outer>([
        .text("note", "") { _ in "outer" },
        .flag("flag", "") { _ in false },
        .number("count", "") { $0.rows.count },
        .list("rows", "") { $0.rows },
    ])
}

private final class Inner: TemplateContext {
    let note: String?
    let flag: Bool?

    init(note: String?, flag: Bool?) {
        self.note = note
        self.flag = flag
    }

    static let fields = FieldTable<Inner>([.text("note", "") { $0.note }, .flag("flag", "") { $0.flag }])
}
