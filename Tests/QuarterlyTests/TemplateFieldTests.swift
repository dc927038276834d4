import Foundation
import Testing
@testable import QuarterlyBuild
@testable import QuarterlyContent
@testable import QuarterlyRender
import QuarterlyModel

@Suite struct TemplateFieldTests {
    /// Every key of every page's view model, over both examples and the fixture.
    static func renderedKeys() throws -> Set<String> {
        var keys: Set<String> = []
        func collect(_ value: Any) {
            if let model = value as? [String: Any] {
                for (key, child) in model { keys.insert(key); collect(child) }
            } else if let list = value as? [Any] {
                list.forEach(collect)
            }
        }
        let templates = try TemplateSet.parse(TemplateFolder.readTemplates(from: Fixtures.templates.path), folder: "templates", checkingFields: false)
        for content in [Fixtures.exampleContent, Fixtures.lancashireContent, Fixtures.minimal] {
            let graph = try #require(Fixtures.validate(content).graph).assessed().graph
            for drafts in [graph, graph.publishedOnly()] {
                var renderer = SiteRenderer(graph: drafts, templates: templates, basePath: "/")
                for searchable in [true, false] {
                    renderer.searchable = searchable
                    for page in renderer.pages { collect(renderer.context(for: page)) }
                }
            }
        }
        return keys
    }

    @Test func theVocabularyListsEveryFieldThePagesHold() throws {
        let missing = try Self.renderedKeys().subtracting(TemplateVocabulary.fields)
        #expect(missing.isEmpty, "add to TemplateVocabulary.fields: \(missing.sorted().map { "\"\($0)\"" }.joined(separator: ", "))")
    }
}
