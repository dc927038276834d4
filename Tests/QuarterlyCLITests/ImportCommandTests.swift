import Foundation
import QuarterlyTestSupport
import Testing

/// `quarterly import` with an Excel workbook, as an officer runs it.
@Suite struct ImportCommandTests {
    static let workbook = Fixtures.root.appendingPathComponent("spreadsheets/figures.xlsx")

    @Test func aDryRunOfTheWorkbookSaysWhatWouldChangeAndWritesNothing() throws {
        let content = try Fixtures.minimalSite(with: [:])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let before = Fixtures.snapshot(content)
        let run = try QuarterlyCommand.run([
            "import", Self.workbook.path, "--quarter", "2019-20-q2", "--content", content.path, "--dry-run",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("/quarters/2019-20-q2/actions/care-communities.md: rag → Green\n"))
        #expect(run.stdout.contains("Dry run: 3 files would change; nothing was written."), "\(run.stdout)")
        #expect(Fixtures.snapshot(content) == before)
    }

    @Test func badCellsAreReportedByReference() throws {
        let content = try Fixtures.minimalSite(with: [:])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let run = try QuarterlyCommand.run([
            "import", Self.workbook.path, "--sheet", "Bad cells", "--quarter", "2019-20-q2", "--content", content.path,
        ])
        #expect(run.status == 1)
        #expect(run.stderr.contains("figures.xlsx:'Bad cells'!C3: error: `Amber/Green` is not a valid `rag`"))
        #expect(run.stderr.contains("Nothing was written: fix the 3 problems above and run it again."))
    }
}
