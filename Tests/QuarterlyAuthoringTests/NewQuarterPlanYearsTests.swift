import Foundation
import QuarterlyAuthoring
import QuarterlyContent
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// `new-quarter` carries over only what the new quarter's plan still has.
@Suite struct NewQuarterPlanYearsTests {
    @Test func aNewPlanYearLeavesOutWhatItsPlanDropped() throws {
        let content = try Fixtures.minimalSite(with: [
            "quarters/2019-20-q3/measures/foster-carers.md": "---\nvalue: 186\n---\n",
            "quarters/2019-20-q3/measures/foi-responses.md": "---\nvalue: 70\n---\n",
            "outcomes/protected.md":
                "---\ntitle: Children are protected from harm\nparent: healthy\nlast_year: 2019/20\n---\n",
            "actions/care-communities.md":
                "---\nref: 1.10\ntitle: Integrated care communities\noutcome: protected\noutcomes:\n  2020/21: healthy\n---\n",
            "measures/foster-carers.md":
                "---\nref: M1.3\ntitle: Foster care households\noutcome: healthy\ncomparators: [England]\nlast_year: 2019/20\n---\n",
        ])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let graph = try ContentSnapshot.graph(of: content.path)
        let scaffold = QuarterScaffold(quarter: QuarterID("2020-21-q1")!, graph: graph)
        // The measure the plan dropped stays behind; the action whose outcome the plan
        // dropped comes along, since 2020/21 places it elsewhere.
        #expect(
            scaffold.files.map(\.path) == [
                "quarters/2020-21-q1/index.md", "quarters/2020-21-q1/actions/care-communities.md",
                "quarters/2020-21-q1/measures/foi-responses.md",
            ])
        try scaffold.write(into: content.path)
        #expect(Fixtures.validate(content).graph != nil)
    }
}
