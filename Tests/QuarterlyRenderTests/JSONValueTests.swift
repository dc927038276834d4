import Foundation
import QuarterlyModel
import QuarterlyRender
import QuarterlyTestSupport
import Testing

@Suite struct JSONValueTests {
    @Test(arguments: [
        (JSONValue.string("plain"), "\"plain\""),
        (.string("quote \" backslash \\ slash / tab \t line\n"), #""quote \" backslash \\ slash / tab \t line\n""#),
        (.string("bell \u{07} esc \u{1B} ünïcödé £"), #""bell \u0007 esc \u001b ünïcödé £""#),
        (.number("89.19"), "89.19"),
        (.bool(false), "false"),
        (.array([]), "[]"),
        (.object([:]), "{}"),
        (.object(["b": .number("1"), "a": .array([.string("x")])]), "{\n  \"a\" : [\n    \"x\"\n  ],\n  \"b\" : 1\n}"),
    ])
    func writes(value: JSONValue, expected: String) throws {
        let written = value.data
        #expect(String(decoding: written, as: UTF8.self) == expected)
        // Whatever it writes, a standard reader reads back as the same value.
        let read = try JSONSerialization.jsonObject(with: written, options: [.fragmentsAllowed])
        let again = try JSONSerialization.data(withJSONObject: read, options: [.fragmentsAllowed, .sortedKeys])
        let direct = try JSONSerialization.data(
            withJSONObject: try JSONSerialization.jsonObject(with: Data(expected.utf8), options: [.fragmentsAllowed]),
            options: [.fragmentsAllowed, .sortedKeys])
        #expect(again == direct)
    }

    static func siteJSON(_ content: URL) throws -> SiteJSON {
        let graph = try #require(Fixtures.validate(content).graph).assessed().graph
        return SiteJSON(
            graph: graph, links: Links(deployment: Deployment(siteBaseURL: "https://example.org/")),
            words: Fixtures.catalogue)
    }

    /// Optional facts are left out, never written as null.
    @Test func optionalFactsAreLeftOut() throws {
        let json = try JSONSerialization.jsonObject(with: Self.siteJSON(Fixtures.minimal).data)
        var nulls: [String] = []
        func visit(_ node: Any, _ path: String) {
            if node is NSNull { nulls.append(path) }
            if let object = node as? [String: Any] { for (key, value) in object { visit(value, path + "/" + key) } }
            if let list = node as? [Any] {
                for (index, value) in list.enumerated() { visit(value, path + "/\(index)") }
            }
        }
        visit(json, "")
        #expect(nulls.isEmpty, "\(nulls)")
        let measures = try #require((json as? [String: Any])?["measures"] as? [[String: Any]])
        #expect(measures.contains { $0["baseline"] == nil }, "a measure without a baseline has no baseline key")
    }

    /// site.json is written in parallel pieces; the bytes must be those of the plain writer.
    @Test func theParallelWriterWritesTheSameBytes() throws {
        let document = try Self.siteJSON(Fixtures.exampleContent).document
        #expect(document.dataInParallel == document.data)
        #expect(document.data.count > 100_000)
    }

    /// The build cache makes site.json in parts (the document's frame; runs of its
    /// definitions; each quarter's frame and runs of its updates): joined, they are the
    /// document's bytes, for a site with quarters and without, with lists empty, short
    /// and longer than a run.
    /// The DCAT catalogue is written in parts (its frame, then its datasets in runs, each
    /// made as it is written); joined, they are the document.
    @Test(arguments: [Fixtures.exampleContent, Fixtures.minimal, Fixtures.bilingual])
    func thePartsOfTheCatalogueJoinedAreTheDocument(content: URL) throws {
        let json = try Self.siteJSON(content)
        let catalogue = DCATCatalogue(graph: json.graph, links: json.links, words: json.words)
        let segments = catalogue.segments
        #expect(Data(segments.flatMap { $0.make() }) == catalogue.document.data)
        // The frame around every run of datasets: one for the site's and each quarter's,
        // one for each measure with a history, `itemsPerRun` to a run.
        let measures = json.graph.measures.filter { !json.graph.measureHistory($0.id).isEmpty }.count
        let datasets = measures + json.graph.quarters.count
        #expect(segments.count >= 2 + (datasets + SiteJSON.itemsPerRun - 1) / SiteJSON.itemsPerRun)
        if content == Fixtures.exampleContent { #expect(segments.count > 3) }
    }

    @Test(arguments: [Fixtures.exampleContent, Fixtures.minimal, Fixtures.bilingual])
    func thePartsOfSiteJSONJoinedAreTheDocument(content: URL) throws {
        let json = try Self.siteJSON(content)
        let segments = json.segments
        #expect(Data(segments.flatMap { $0.make() }) == json.document.data)
        #expect(segments.first?.reads == [] && segments.last?.reads == [])
        // The document's frame reads only what every file reads; a quarter's frame reads
        // that quarter and those before it; a run of definitions or updates reads only its
        // items (a quarter's updates, only up to that quarter), at most a run's worth.
        let middle = segments.dropFirst().dropLast()
        let documentFrame = middle.filter(\.reads.isEmpty)
        let frames = middle.filter { part in
            part.reads.count == 1 && part.reads.allSatisfy { if case .quartersThrough = $0 { true } else { false } }
        }
        let runs = middle.filter { part in
            !part.reads.isEmpty
                && part.reads.allSatisfy {
                    switch $0 {
                    case .item, .itemThrough: true
                    default: false
                    }
                }
        }
        #expect(documentFrame.count + frames.count + runs.count == middle.count)
        // Between each two of its non-empty lists (outcomes, actions, measures, risks, quarters).
        let lists = [
            json.graph.outcomes.count, json.graph.actions.count, json.graph.measures.count, json.graph.risks.count,
            json.graph.quarters.count,
        ].filter { $0 > 0 }.count
        #expect(documentFrame.count == max(0, lists - 1))
        let definitions = json.graph.outcomes.count + json.graph.actions.count + json.graph.measures.count
        #expect(runs.count >= (definitions + SiteJSON.itemsPerRun - 1) / SiteJSON.itemsPerRun)
        #expect(Set(frames.flatMap(\.reads)) == Set(json.graph.quarters.map { .quartersThrough($0.id) }))
        #expect(runs.allSatisfy { !$0.reads.isEmpty })
        if content == Fixtures.exampleContent {
            // Its latest quarter reports more actions than a run holds.
            let latest = try #require(json.graph.quarters.last?.id)
            #expect(json.graph.actionUpdates(in: latest).count > SiteJSON.itemsPerRun)
        }
    }
}
