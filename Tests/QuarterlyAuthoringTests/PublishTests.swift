import Foundation
import QuarterlyAuthoring
import QuarterlyContent
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// `quarterly publish`: the minimal site's Quarters 1 and 2 2019/20 are recorded, Quarter 3
/// is a draft.
@Suite("Publishing a quarter")
struct PublishTests {
    static let q2 = QuarterID("2019-20-q2")!
    static let q3 = QuarterID("2019-20-q3")!
    static let day = CalendarDate(iso: "2020-02-06")!
    static let raisedTarget = [
        "measures/foster-carers.md":
            "---\nref: M1.3\ntitle: Foster care households\noutcome: healthy\nunit: count\npolarity: higher\nbaseline: 179\nbaseline_period: 2018/19\ntarget: 210\ncomparators:\n  - England\n---\nThe number of households approved to foster.\n"
    ]

    static func site(_ files: [String: String] = [:]) throws -> URL {
        try Fixtures.minimalSite(with: files, recorded: true)
    }

    static func publish(
        _ quarter: QuarterID, in content: URL, correction: String? = nil, date: CalendarDate = day
    ) throws(DiagnosticList) -> QuarterPublication {
        let publication = try QuarterPublication(
            quarter: quarter, contentDirectory: content.path, date: date, correction: correction)
        try! publication.write(into: content.path)
        return publication
    }

    /// The problems `publish` stops at, as `line:col: code`; nil when it succeeds.
    static func refusal(_ body: () throws(DiagnosticList) -> QuarterPublication) -> [String]? {
        do {
            _ = try body()
            return nil
        } catch {
            return error.diagnostics.map { "\($0.line):\($0.column): \($0.code.rawValue)" }
        }
    }

    @Test func aDraftIsPublishedAndRecorded() throws {
        let content = try Self.site()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let publication = try Self.publish(Self.q3, in: content)

        #expect(publication.kind == .published)
        #expect(publication.files.map(\.path) == ["quarters/2019-20-q3/published.yml", "quarters/2019-20-q3/index.md"])
        let folder = content.appendingPathComponent("quarters/2019-20-q3")
        #expect(
            Fixtures.read(folder.appendingPathComponent("index.md"))
                == "---\nstatus: published\npublished: 2020-02-06\n---\n")
        let record = Fixtures.read(folder.appendingPathComponent("published.yml"))
        #expect(record.contains("  published: \"2020-02-06\"\n"))
        #expect(record.contains("actions:\n  care-communities:\n    ref: \"1.10\"\n"))
        // The content is valid as it is now, and the report is recorded: publishing again writes nothing.
        #expect(Fixtures.validate(content).diagnostics.errors.isEmpty)
        #expect(try Self.publish(Self.q3, in: content).kind == .unchanged)
    }

    @Test(
        "a draft that check would refuse once published is not published",
        arguments: [
            (
                "an update still marked for review",
                [
                    "quarters/2019-20-q3/actions/care-communities.md":
                        "---\nrag: green\nreview: check the milestone\n---\n"
                ],
                day, ["3:9: unreviewed-update"]
            ),
            ("a quarter not yet over", [:], CalendarDate(iso: "2019-12-01")!, ["2:9: future-quarter"]),
        ])
    func refused(name: String, files: [String: String], date: CalendarDate, expected: [String]) throws {
        let content = try Self.site(files)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let before = Fixtures.snapshot(content)
        #expect(
            Self.refusal { () throws(DiagnosticList) in try Self.publish(Self.q3, in: content, date: date) } == expected
        )
        #expect(Fixtures.snapshot(content) == before, "nothing is written")
    }

    @Test func aChangedReportIsRefusedWithoutACorrection() throws {
        let content = try Self.site(Self.raisedTarget)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        #expect(
            Self.refusal { () throws(DiagnosticList) in try Self.publish(Self.q2, in: content) } == [
                "9:9: published-report-changed"
            ])
    }

    /// The Done-when of issue 17: a definition edit fails check on the published quarter,
    /// and passes once recorded as a correction, which the quarter's index.md then holds
    /// (in the file's own byte-order mark and Windows line endings).
    @Test func aCorrectionAcceptsTheChangeAndIsRecordedInTheIndex() throws {
        let content = try Self.site(Self.raisedTarget)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        #expect(Fixtures.validate(content).diagnostics.errors.map(\.code) == [.publishedReportChanged])

        let publication = try Self.publish(
            Self.q2, in: content, correction: "The target for foster carers was 210, not 199.")
        #expect(publication.kind == .corrected)
        #expect(
            publication.differences.map(\.description) == ["measure M1.3 (`foster-carers`): the target `199` → `210`"])
        #expect(Fixtures.validate(content).diagnostics.errors.isEmpty)

        let index = try Data(contentsOf: content.appendingPathComponent("quarters/2019-20-q2/index.md"))
        #expect(
            String(decoding: index, as: UTF8.self)
                == "\u{FEFF}---\r\nstatus: published\r\nmeeting: Cabinet, 5 December 2019\r\ncorrections:\r\n  - date: 2020-02-06\r\n    reason: \"The target for foster carers was 210, not 199.\"\r\n---\r\nThe second quarter, saved with a BOM and Windows line endings.\r\n"
        )
        let quarter = try #require(Fixtures.validate(content).graph?.quarter(Self.q2))
        #expect(
            quarter.corrections == [
                Correction(date: Self.day, reason: "The target for foster carers was 210, not 199.")
            ])
        #expect(quarter.published == nil, "a correction does not date the publication")
    }

    /// A recorded quarter set back to a draft (an error) is published again unchanged.
    @Test func aRecordedDraftIsPublishedAgain() throws {
        let content = try Self.site([
            "quarters/2019-20-q1/index.md": "---\nstatus: draft\npublished: 2019-09-12\n---\nThe first quarter.\n"
        ])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        #expect(Fixtures.validate(content).diagnostics.errors.map(\.code) == [.recordedQuarterIsDraft])
        let publication = try Self.publish(QuarterID("2019-20-q1")!, in: content)
        #expect(publication.kind == .published)
        #expect(Fixtures.validate(content).diagnostics.errors.isEmpty)
    }

    @Test(
        "a correction needs something to correct",
        arguments: [
            ("the report is unchanged", QuarterID("2019-20-q2")!, "publication-refused"),
            ("a draft has no published report", QuarterID("2019-20-q3")!, "publication-refused"),
        ])
    func correctionRefused(name: String, quarter: QuarterID, code: String) throws {
        let content = try Self.site()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let found = Self.refusal { () throws(DiagnosticList) in
            try Self.publish(quarter, in: content, correction: "Something changed.")
        }
        #expect(found?.map { $0.components(separatedBy: ": ").last! } == [code])
    }

    /// A title shown in both recorded reports: each is corrected on its own, and the one
    /// not yet corrected does not stop the other.
    @Test func eachReportAnEditChangesIsCorrectedOnItsOwn() throws {
        let content = try Self.site([
            "measures/foi-responses.md":
                "---\nref: M4.4\ntitle: FOI requests on time\noutcome: healthy\nunit: percent\npolarity: higher\ntargets:\n  2019/20: 90\n---\n"
        ])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        _ = try Self.publish(Self.q2, in: content, correction: "The measure's title was shortened.")
        let left = Fixtures.validate(content).diagnostics.errors
        #expect(left.map(\.message).allSatisfy { $0.contains("Quarter 1 2019/20") } && left.count == 1)
        _ = try Self.publish(QuarterID("2019-20-q1")!, in: content, correction: "The measure's title was shortened.")
        #expect(Fixtures.validate(content).diagnostics.errors.isEmpty)
    }
}
