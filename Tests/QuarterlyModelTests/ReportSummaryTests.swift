import Foundation
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// The summary a report opens with: its sentence in plain words, and the lists it draws
/// from the items (off track, got worse, furthest from target, improved).
@Suite struct ReportSummaryTests {
    static let q1 = QuarterID("2019-20-q1")!
    static let q4 = QuarterID("2018-19-q4")!

    static func item(
        _ kind: ReportedItem.Kind, _ ref: String, _ rag: RAGStatus?, _ direction: DirectionOfTravel? = nil,
        since: QuarterID? = q1, shortfall: Decimal? = nil
    ) -> ReportedItem {
        ReportedItem(
            kind: kind, id: ref.lowercased(), ref: ref, title: ref, rag: rag, direction: direction,
            comparedWith: since, shortfall: shortfall)
    }

    @Test(
        "the sentence",
        arguments: [
            // The example: on track is Green or Complete, need attention Amber, off track Red.
            (
                [
                    item(.action, "1", .green), item(.action, "2", .complete), item(.action, "3", .amber),
                    item(.action, "4", .red),
                ],
                ["Of 4 actions, 2 are on track, 1 needs attention and 1 is off track."]
            ),
            // Statuses with none are left out; one is singular.
            ([item(.action, "1", .green)], ["Of 1 action, 1 is on track."]),
            // Movements name the quarter compared with when they all compare with one.
            (
                [
                    item(.measure, "M1", .green, .declining), item(.measure, "M2", .red, .declining),
                    item(.measure, "M3", nil, .improving),
                ],
                [
                    "Of 3 measures, 1 is on track, 1 is off track and 1 is not rated; 2 got worse and 1 improved since Quarter 1 2019/20."
                ]
            ),
            // A seasonal measure compared with a year earlier: no one quarter to name.
            (
                [item(.measure, "M1", .green, .declining), item(.measure, "M2", .amber, .declining, since: q4)],
                ["Of 2 measures, 1 is on track and 1 needs attention; 2 got worse since their previous figures."]
            ),
            (
                [item(.action, "1", .amber, .declining, since: nil), item(.action, "2", .green, .improving)],
                [
                    "Of 2 actions, 1 is on track and 1 needs attention; 1 got worse and 1 improved since their previous updates."
                ]
            ),
            // Sustained is no movement; actions, then measures.
            (
                [item(.measure, "M1", .green, .sustained), item(.action, "1", .red, .sustained)],
                ["Of 1 action, 1 is off track.", "Of 1 measure, 1 is on track."]
            ),
            ([], []),
        ])
    func sentence(items: [ReportedItem], expected: [String]) {
        #expect(ReportSummary(quarter: Self.q1, items: items).sentences.map { Fixtures.catalogue.text($0) } == expected)
    }

    @Test func lists() {
        let items = [
            Self.item(.action, "1", .red, .declining), Self.item(.measure, "M1", .amber, .improving, shortfall: 7),
            Self.item(.measure, "M2", .red, .sustained, shortfall: 30), Self.item(.measure, "M3", .green, .declining),
            Self.item(.measure, "M4", .red, nil, shortfall: 30),
        ]
        let summary = ReportSummary(quarter: Self.q1, items: items)
        #expect(summary.offTrack.map(\.ref) == ["1", "M2", "M4"])
        #expect(summary.declining.map(\.ref) == ["1", "M3"])
        #expect(summary.improving.map(\.ref) == ["M1"])
        // Furthest first; a tie keeps the report's order.
        #expect(summary.furthestFromTarget.map(\.ref) == ["M2", "M4", "M1"])
        #expect(summary.exceptions.map(\.ref) == ["1", "M2", "M3", "M4"])
        #expect(summary.actions.red == 1 && summary.measures.total == 4)
    }

    @Test(
        "shortfall from target",
        arguments: [
            // 5.81 below 95 is 6.1158% of it.
            ("89.19", "95", Polarity.higher, "6.1158" as String?),
            ("96", "95", .higher, nil),
            ("5.1", "3.7", .lower, "37.8378"),
            ("3", "3.7", .lower, nil),
            ("90", "100", .target, "10"),
            ("110", "100", .target, "10"),
            // 1.2 above the range's top, 94.
            ("95.2", "90 to 94", .target, "1.2766"),
            ("92", "90 to 94", .target, nil),
            // No size to be a percentage of; a context measure is not judged.
            ("5", "0", .lower, nil),
            ("5", "10", .notJudged, nil),
        ])
    func shortfall(value: String, target: String, polarity: Polarity, percent: String?) throws {
        let figure = try #require(Figure(text: value))
        let target = try #require(Target(text: target))
        let shortfall = TargetShortfall.percent(value: figure, target: target, polarity: polarity).map {
            var exact = $0
            var rounded = Decimal()
            NSDecimalRound(&rounded, &exact, 4, .plain)
            return "\(rounded)"
        }
        #expect(shortfall == percent)
    }

    @Test(
        "owners in a field, and their addresses",
        arguments: [
            ("Assistant Director – Highways and Transport", ["assistant-director-highways-and-transport"]),
            ("Anne Burns; Sue Sanderson", ["anne-burns", "sue-sanderson"]),
            (" Cabinet ;; ", ["cabinet"]),
            ("Education and Children's Services", ["education-and-childrens-services"]),
            (
                "Assistant Director – Corporate, Customer and Community Services",
                ["assistant-director-corporate-customer-and-community-services"]
            ),
            ("", []),
        ])
    func owners(field: String, slugs: [String]) {
        #expect(Owner.names(in: field).map(Owner.slug) == slugs)
    }

    /// Names as written, with the spaces around each trimmed (a non-breaking one too).
    @Test(
        arguments: [
            ("Cabinet", ["Cabinet"]), (" Cabinet", ["Cabinet"]), ("Cabinet\u{00A0}", ["Cabinet"]),
            ("\tAnne Burns;Sue Sanderson ", ["Anne Burns", "Sue Sanderson"]), (";", []), (" ", []),
        ])
    func ownerNames(field: String, names: [String]) {
        #expect(Owner.names(in: field) == names)
    }
}
