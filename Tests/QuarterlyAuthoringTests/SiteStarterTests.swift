import Foundation
import QuarterlyAuthoring
import QuarterlyModel
import Testing

@Suite("Site starter")
struct SiteStarterTests {
    /// The draft quarter is the one that ended last: the report a team starts on.
    @Test(arguments: [
        ("2026-01-15", "2025-26-q3"),
        ("2025-04-01", "2024-25-q4"),
        ("2025-03-31", "2024-25-q3"),
        ("2025-07-01", "2025-26-q1"),
        ("2025-12-31", "2025-26-q2"),
    ])
    func theDraftQuarterIsTheLastOneEnded(today: String, quarter: String) {
        #expect(SiteStarter.lastEndedQuarter(before: CalendarDate(iso: today)!).slug == quarter)
    }

    @Test(arguments: [
        ("%TITLE% for %ORGANISATION%", "Plan for Council"),
        ("100% done, %UNKNOWN% kept", "100% done, %UNKNOWN% kept"),
        ("%%TITLE%%", "%Plan%"),
        ("ends with %", "ends with %"),
    ])
    func fillsTheWordsItKnows(text: String, filled: String) {
        let words = ["TITLE": "Plan", "ORGANISATION": "Council"]
        #expect(SiteStarter.fill(text) { words[$0] } == filled)
    }

    @Test func namesTheQuarterFolderAndTheYearsTarget() throws {
        let starter = SiteStarter(organisation: "A Council", title: "A Plan", today: CalendarDate(iso: "2026-01-15")!)
        let paths = starter.files.map(\.path)
        #expect(paths.contains("content/quarters/2025-26-q3/index.md"))
        #expect(!paths.contains { $0.contains("%") })
        let measure = try #require(starter.files.first { $0.path == "content/measures/adaptations-on-time.md" })
        #expect(String(decoding: measure.data, as: UTF8.self).contains("targets:\n  2025/26: 85\n"))
    }
}
