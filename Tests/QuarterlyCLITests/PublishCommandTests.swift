import Foundation
import QuarterlyTestSupport
import Testing

/// `quarterly publish` as people run it: what it prints and its exit status.
@Suite("quarterly publish")
struct PublishCommandTests {
    @Test(
        "publish's exit status and what it says",
        arguments: [
            // A draft is published and recorded.
            (["publish", "2019-20-q3", "--date", "2020-02-06"], Int32(0), "Published Quarter 3 2019/20"),
            // A recorded report with nothing changed: nothing to write.
            (["publish", "2019-20-q2"], Int32(0), "is already published and its report is unchanged"),
            // A correction with nothing to correct is refused, with the reason and a hint.
            (["publish", "2019-20-q2", "--correction", "Typo."], Int32(1), "[publication-refused]"),
            (["publish", "2019-20-q4"], Int32(1), "Quarter 4 2019/20 has no index.md"),
            (["publish", "2019-20-q9"], Int32(2), "is not a quarter"),
            (["publish", "2019-20-q3", "--date", "06/02/2020"], Int32(2), "is not a date"),
        ])
    func publish(arguments: [String], status: Int32, says: String) throws {
        let content = try Fixtures.minimalSite(with: [:], recorded: true)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let before = Fixtures.snapshot(content)
        let result = try QuarterlyCommand.run(arguments + ["--content", content.path])
        #expect(result.status == status, "\(result.stderr)")
        #expect((result.stdout + result.stderr).contains(says), "\(result.stdout)\(result.stderr)")
        if status != 0 || arguments.count == 2 {
            #expect(Fixtures.snapshot(content) == before, "nothing is written")
        }
    }
}
