import QuarterlyModel
import Testing

/// The record's pieces: SHA-256 digests of commentary, and how two reports differ.
@Suite("Publication records")
struct PublicationRecordTests {
    /// FIPS 180-4 examples, and lengths either side of a block's padding.
    @Test(
        "SHA-256 of known texts",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
            (
                "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
                "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
            ),
            ("£1.848m", "f99450f518d7016c74d2db1f629039c17c101c0e807737744545b7b69a991df3"),
        ])
    func digest(text: String, expected: String) {
        #expect(SHA256.hex(text) == expected)
    }

    static func measure(_ id: String, _ facts: [ReportFact: String]) -> ReportEntry {
        ReportEntry(subject: .measure, id: id, facts: facts)
    }

    static let published = PublishedReport(
        quarter: QuarterID("2019-20-q2")!,
        entries: [
            ReportEntry(subject: .quarter, id: "2019-20-q2", facts: [.plan: "Council Plan"]),
            measure("foster-carers", [.ref: "M1.3", .value: "184", .target: "199", .rag: "Amber (reported)"]),
            measure("foi-responses", [.ref: "M4.4", .value: "65"]),
        ])

    @Test(
        "how a report differs from the one published",
        arguments: [
            ("nothing", published.entries, [String]()),
            (
                "a target",
                [
                    published.entries[0],
                    measure("foster-carers", [.ref: "M1.3", .value: "184", .target: "210", .rag: "Amber (reported)"]),
                    published.entries[2],
                ],
                ["measure M1.3 (`foster-carers`): the target `199` → `210`"]
            ),
            (
                "display text added",
                [
                    published.entries[0], published.entries[1],
                    measure("foi-responses", [.ref: "M4.4", .value: "65", .display: "65% (provisional)"]),
                ],
                ["measure M4.4 (`foi-responses`): the value as displayed (none) → `65% (provisional)`"]
            ),
            (
                "commentary edited, which is not quoted",
                [
                    published.entries[0], published.entries[1],
                    measure("foi-responses", [.ref: "M4.4", .value: "65", .commentary: "sha256:00"]),
                ],
                ["measure M4.4 (`foi-responses`): the commentary would be added"]
            ),
            (
                "one removed, one added",
                [published.entries[0], published.entries[1], measure("new-measure", [.ref: "M9.9"])],
                ["measure M4.4 (`foi-responses`) would be removed", "measure M9.9 (`new-measure`) would be added"]
            ),
        ])
    func differences(name: String, now: [ReportEntry], expected: [String]) {
        let report = PublishedReport(quarter: Self.published.quarter, entries: now)
        #expect(report.differences(from: Self.published).map(\.description) == expected)
    }

    @Test func anEntryKeepsOnlyItsSubjectsFactsInTheRecordsOrder() {
        let entry = ReportEntry(
            subject: .outcome, id: "healthy", facts: [.title: "People are healthy", .ref: "1", .value: "65"])
        #expect(entry.ordered.map(\.fact) == [.ref, .title])
    }
}
