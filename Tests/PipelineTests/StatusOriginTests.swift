import Foundation
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// Every RAG and direction says whether the council reported it or Quarterly computed
/// it: on the pages, in the RAG key (in the site's own words), and in the open data.
@Suite("Who gave each status")
struct StatusOriginTests {
    /// A rating's or direction's tag followed by its origin, as the partials write them.
    static func tag(_ word: String, _ origin: String) -> String {
        "\(word)</span> <span class=\"status-origin\">(\(origin))</span>"
    }

    @Test(
        "each status in a report's tables says who gave it",
        arguments: [
            // Stated Red, and the figures agree: still the council's.
            ("M4.4", ["Red", "reported"], ["Declining", "computed"]),
            ("M1.3", ["Amber", "reported"], ["Sustained", "reported"]),
            // Actions' RAGs are always the council's; a direction left out is computed.
            ("1.1", ["Complete", "reported"], ["Improving", "reported"]),
        ])
    func tags(ref: String, rag: [String], direction: [String]) throws {
        try Fixtures.withBuiltSite(Fixtures.minimal) { output, _ in
            let page = Fixtures.read(output.appendingPathComponent("quarters/2019-20-q2/index.html"))
            let row = Fixtures.row(in: page, ref: ref)
            #expect(row.contains(Self.tag(rag[0], rag[1])), "\(row)")
            #expect(row.contains(Self.tag(direction[0], direction[1])), "\(row)")
        }
    }

    @Test func aComputedRatingIsMarkedEverywhereItIsShown() throws {
        // No `rag`: Quarterly rates 65% against 90% Red.
        let content = try Fixtures.minimalSite(with: [
            "quarters/2019-20-q2/measures/foi-responses.md": "---\nvalue: 65\n---\n"
        ])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try Fixtures.withBuiltSite(content) { output, _ in
            let quarter = Fixtures.read(output.appendingPathComponent("quarters/2019-20-q2/index.html"))
            #expect(Fixtures.row(in: quarter, ref: "M4.4").contains(Self.tag("Red", "computed")))
            let measure = Fixtures.read(output.appendingPathComponent("measures/foi-responses/index.html"))
            #expect(measure.contains(Self.tag("Red", "computed")))
            #expect(
                measure.contains(
                    "A status marked (reported) is as Exampleshire County Council reported it; one marked (computed) was worked out by Quarterly from the figures."
                ))
            let trends = Fixtures.read(output.appendingPathComponent("trends/index.html"))
            #expect(trends.contains(Self.tag("Red", "computed")))
            let csv = DataFileTests.parseCSV(Fixtures.read(output.appendingPathComponent("data/measures.csv")))
            let row = try #require(csv.first { $0.first == "foi-responses" && $0.contains("2019-20-q2") })
            let cells = Dictionary(zip(csv[0], row), uniquingKeysWith: { a, _ in a })
            #expect(cells["rag"] == "red" && cells["rag_source"] == "computed")
            #expect(cells["direction_source"] == "computed" && cells["compared_with"] == "2019-20-q1")
            #expect(cells["target"] == "90" && cells["target_basis"] == "plan")
        }
    }

    /// Lancashire reports no RAG: its report says the ratings are Quarterly's, its key is in
    /// Lancashire's words with the rule beside them, and says nothing of actions.
    @Test func aSiteWhoseRatingsAreAllComputedSaysSo() throws {
        try Fixtures.withBuiltSite(Fixtures.lancashireContent) { output, _ in
            let page = Fixtures.read(output.appendingPathComponent("quarters/2019-20-q3/index.html"))
            #expect(
                page.contains(
                    "Lancashire County Council reported no RAG ratings for these measures: each one here is computed by Quarterly"
                ))
            let key = try #require(page.range(of: "<details class=\"rag-key\">")).lowerBound
            let keyText = String(page[key...].prefix(4000))
            #expect(keyText.contains("Requires improvement"))
            #expect(keyText.contains("Computed by Quarterly when"))
            #expect(keyText.contains("Off target by more than 10%: urgent action required"))
            #expect(!keyText.contains("milestone"))
            #expect(!keyText.contains("<th scope=\"col\">Actions</th>"))
            #expect(!page.contains("(reported)"))
            let measure = Fixtures.read(output.appendingPathComponent("measures/sickness-absence/index.html"))
            #expect(
                measure.contains(
                    "Each status marked (computed) was worked out by Quarterly from the figures: Lancashire County Council reported none of them."
                ))
        }
    }

    /// The key lists actions only where the report has them, in the reports' words by default.
    @Test func aReportWithActionsKeepsTheirKey() throws {
        try Fixtures.withBuiltSite(Fixtures.minimal) { output, _ in
            let page = Fixtures.read(output.appendingPathComponent("quarters/2019-20-q2/index.html"))
            #expect(page.contains("<th scope=\"col\">Actions</th>"))
            #expect(page.contains("Has missed or is expected to miss a key milestone date"))
            #expect(!page.contains("Computed by Quarterly when"))
            #expect(page.contains("A status marked (reported) is as Exampleshire County Council reported it"))
        }
    }

    @Test func theSiteMayGiveItsOwnWordsForActions() throws {
        let content = try Fixtures.minimalSite(with: [
            "site.yml":
                "organisation: Exampleshire County Council\ntitle: Council Plan\nrag_key:\n  actions:\n    red: Off track\n"
        ])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try Fixtures.withBuiltSite(content) { output, _ in
            let page = Fixtures.read(output.appendingPathComponent("quarters/2019-20-q2/index.html"))
            #expect(page.contains("<td data-label=\"Actions\">Off track</td>"))
            #expect(!page.contains("Has missed or is expected to miss a key milestone date"))
            #expect(page.contains("At risk of missing a key milestone date"), "a word left out keeps its default")
        }
    }

    @Test func theOpenDataSaysWhoGaveEachStatus() throws {
        try Fixtures.withBuiltSite(Fixtures.minimal) { output, _ in
            let data = try Data(contentsOf: output.appendingPathComponent("data/site.json"))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let quarters = try #require(json["quarters"] as? [[String: Any]])
            let measures = try #require(quarters[1]["measure_updates"] as? [[String: Any]])
            let foi = try #require(measures.first { $0["measure"] as? String == "foi-responses" })
            #expect(foi["rag_source"] as? String == "stated")
            #expect(foi["direction_source"] as? String == "computed")
            #expect(foi["compared_with"] as? String == "2019-20-q1")
            #expect(
                (foi["direction_explanation"] as? String)?.hasPrefix("65% against 68% in Quarter 1 2019/20") == true)
            let actions = try #require(quarters[1]["action_updates"] as? [[String: Any]])
            #expect(Set(actions.compactMap { $0["direction_source"] as? String }) == ["stated"])
            let csv = Fixtures.read(output.appendingPathComponent("data/actions.csv"))
            #expect(csv.hasPrefix("id,ref,title,outcome,quarter,period_end,milestone,rag,direction,direction_source,"))
        }
    }
}
