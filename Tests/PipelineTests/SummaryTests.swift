import Foundation
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// What a councillor reads first, for both examples' reports: the counts in words, what
/// "since" names, and the lists of concerns and improvements, each exactly.
@Suite struct SummaryTests {
    struct Expected: Sendable, CustomStringConvertible {
        let quarter: String
        /// The last report before it, compared with by "what changed since the last report".
        let lastReport: String?
        let sentences: [String]
        let offTrack: [String]
        let worse: [String]
        let furthest: [String]
        let improved: [String]
        var description: String { quarter }
    }

    static let cumbria = [
        Expected(
            quarter: "2019-20-q2", lastReport: nil,
            sentences: [
                "Of 54 actions, 39 are on track, 13 need attention and 2 are off track; 4 got worse and 16 improved since Quarter 1 2019/20.",
                "Of 38 measures, 24 are on track, 4 need attention and 10 are off track; 8 got worse and 13 improved since their previous figures.",
            ],
            offTrack: ["M1.2", "M1.4", "M1.5", "M1.8", "M1.10", "M2.4", "4.7", "4.8", "M4.1", "M4.2", "M4.4", "M4.5"],
            worse: ["1.1", "1.4", "M1.4", "M1.6", "M1.8", "M1.10", "M2.3", "M2.4", "4.7", "4.8", "M4.1", "M4.5"],
            // M2.6 (young people NEET): 5.1% against 3.7%, 37.8% over, though the service rated it Green.
            furthest: ["M2.6", "M4.5", "M4.4", "M1.5", "M1.2", "M1.4", "M1.3"],
            improved: [
                "1.5", "1.9", "1.10", "1.11", "1.18", "1.19", "1.23", "M1.7", "M1.11", "M1.12", "2.12", "2.20", "M2.1",
                "M2.2", "M2.5", "M2.9", "M2.10", "M2.11", "3.1", "3.4", "3.5", "3.7", "3.13", "M3.5", "M3.6", "4.3",
                "4.4", "M4.3", "M4.4",
            ]),
        // The 2021/22 report's last report is the 2019/20 one: the quarters between hold figures only.
        Expected(
            quarter: "2021-22-q1", lastReport: "Quarter 2 2019/20",
            sentences: [
                "Of 50 actions, 31 are on track, 18 need attention and 1 is off track; 1 got worse and 21 improved since Quarter 4 2020/21.",
                "Of 41 measures, 18 are on track, 14 need attention and 9 are off track; 12 got worse and 10 improved since their previous figures.",
            ],
            offTrack: ["M1.1", "M1.2", "A2.17", "M2.2", "M2.10", "M2.13", "M2.14", "M3.4", "M3.14", "M3.15"],
            worse: [
                "M1.2", "M1.4", "M1.5", "A2.17", "M2.6", "M2.9", "M2.10", "M2.13", "M3.3", "M3.4", "M3.9", "M3.14",
                "M4.4",
            ],
            furthest: ["M2.5", "M2.2", "M4.6", "M1.5"],
            improved: [
                "A1.1", "A1.7", "A1.8", "A1.11", "A1.14", "A2.2", "A2.3", "A2.5", "A2.6", "A2.8", "A2.9", "A2.11",
                "A2.13",
                "A2.14", "A2.18", "M2.2", "M2.4", "M2.5", "A3.1", "A3.5", "A3.7", "A3.10", "A3.11", "M3.1", "M3.2",
                "M3.5", "M3.15", "A4.1", "M4.2", "M4.3", "M4.7",
            ]),
    ]

    static let lancashire = [
        // Lancashire's first report in the new format: the three quarters before hold figures only.
        Expected(
            quarter: "2019-20-q3", lastReport: nil,
            sentences: [
                "Of 43 measures, 8 are on track, 3 need attention, 3 are off track and 29 are not rated; 13 got worse and 10 improved since their previous figures."
            ],
            offTrack: ["L1.5", "L1.6", "L2.10"],
            worse: [
                "L1.1", "L1.2", "L1.3", "L1.4", "L1.6", "L1.12", "L1.14", "L2.6", "L2.9", "L3.3", "L5.3", "L5.7",
                "L5.8",
            ],
            // L1.5: 7.19 days against 5, 43.8% over.
            furthest: ["L1.5", "L2.10", "L1.6", "L1.1", "L5.3", "L5.2"],
            improved: ["L1.7", "L1.8", "L1.15", "L2.4", "L2.5", "L2.8", "L2.10", "L3.1", "L3.2", "L5.5"])
    ]

    static func graph(_ content: URL) throws -> AssessedGraph {
        try #require(Fixtures.validate(content).graph).assessed().graph
    }

    @Test(
        arguments: cumbria.map { (Fixtures.exampleContent, $0) } + lancashire.map { (Fixtures.lancashireContent, $0) })
    func summary(content: URL, expected: Expected) throws {
        let graph = try Self.graph(content)
        let quarter = try #require(QuarterID(expected.quarter))
        #expect(graph.previousReport(before: quarter)?.id.label == expected.lastReport)
        let summary = graph.summary(of: quarter)
        #expect(summary.sentences.map { Fixtures.catalogue.text($0) } == expected.sentences)
        #expect(summary.offTrack.map(\.ref) == expected.offTrack)
        #expect(summary.declining.map(\.ref) == expected.worse)
        #expect(summary.furthestFromTarget.map(\.ref) == expected.furthest)
        #expect(summary.improving.map(\.ref) == expected.improved)
        // The counts are those of the report's own tables.
        #expect(summary.actions == graph.actionCount(in: quarter))
        #expect(summary.measures == graph.measureCount(in: quarter))
    }

    /// Each list on the page shows its first three items, with the count of all of them
    /// and how many more there are.
    @Test func eachListShowsItsFirstThreeItemsAndCountsTheRest() throws {
        let expected = Self.cumbria[0]
        try Fixtures.withBuiltSite(Fixtures.exampleContent) { output, _ in
            let page = Fixtures.read(output.appendingPathComponent("quarters/\(expected.quarter)/index.html"))
            for (key, refs) in [
                ("off-track", expected.offTrack), ("worse", expected.worse), ("furthest", expected.furthest),
                ("improved", expected.improved),
            ] {
                let start = try #require(page.range(of: "<section class=\"summary-list summary-\(key)\""), "\(key)")
                let end = try #require(page[start.upperBound...].range(of: "</section>"))
                let list = page[start.lowerBound..<end.upperBound]
                #expect(list.contains("(\(refs.count))</h4>"), "\(key)")
                let shown = list.components(separatedBy: "<span class=\"ref\">").dropFirst().map {
                    String($0.prefix { $0 != "<" })
                }
                #expect(shown == Array(refs.prefix(3)), "\(key)")
                #expect(list.contains("And \(refs.count - 3) more."), "\(key)")
            }
        }
    }

    /// Only the reports are reports: the quarters of figures only are not summarised.
    @Test(arguments: [(Fixtures.exampleContent, cumbria), (Fixtures.lancashireContent, lancashire)])
    func theReports(content: URL, expected: [Expected]) throws {
        #expect(try Self.graph(content).reports.map(\.id.slug) == expected.map(\.quarter))
    }
}
