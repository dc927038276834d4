import Foundation
import QuarterlyBuild
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// Published means frozen, as the built site shows it: an edit that would change a
/// published report stops the build and leaves the site as it was; any other edit leaves
/// the published reports' pages byte for byte; a correction is shown, dated, on the page.
@Suite("Published reports in the built site")
struct PublishedReportBuildTests {
    static let published = ["quarters/2019-20-q1/index.html", "quarters/2019-20-q2/index.html"]

    static func write(_ text: String, to path: String, in content: URL) throws {
        try Data(text.utf8).write(to: content.appendingPathComponent(path))
    }

    static func edit(_ path: String, in content: URL, _ change: (String) -> String) throws {
        try write(change(Fixtures.read(content.appendingPathComponent(path))), to: path, in: content)
    }

    @Test func aDefinitionEditStopsTheBuildAndLeavesTheSiteAlone() throws {
        let content = try Fixtures.minimalSite(with: [:], recorded: true)
        let output = content.deletingLastPathComponent().appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        _ = try Fixtures.build(content: content, output: output)
        let before = Fixtures.snapshot(output)

        try Self.edit("measures/foster-carers.md", in: content) {
            $0.replacingOccurrences(of: "target: 199", with: "target: 210")
        }
        do {
            _ = try Fixtures.build(content: content, output: output)
            Issue.record("the build went ahead")
        } catch {
            #expect(error.step == .validate)
            #expect(
                error.diagnostics.errors.map { "\($0.path.dropFirst(content.path.count + 1)):\($0.line):\($0.column)" }
                    == ["measures/foster-carers.md:9:9"])
        }
        #expect(Fixtures.snapshot(output) == before)
    }

    @Test(
        "an edit that changes no published report leaves their pages byte for byte",
        arguments: [
            (
                "a draft quarter's update", "quarters/2019-20-q3/actions/care-communities.md", "Draft commentary",
                "New draft commentary"
            ),
            ("a measure's description", "measures/foster-carers.md", "approved to foster", "approved as foster carers"),
            (
                "an action's lead officer", "actions/safeguarding-board.md", "Director of Children's Services",
                "Director of Children and Families"
            ),
        ])
    func unrelatedEdit(name: String, path: String, old: String, new: String) throws {
        let content = try Fixtures.minimalSite(with: [:], recorded: true)
        let output = content.deletingLastPathComponent().appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        _ = try Fixtures.build(content: content, output: output)
        let before = Fixtures.snapshot(output)

        try Self.edit(path, in: content) { text in
            #expect(text.contains(old))
            return text.replacingOccurrences(of: old, with: new)
        }
        _ = try Fixtures.build(content: content, output: output)
        let after = Fixtures.snapshot(output)
        for page in Self.published {
            #expect(after[page] != nil && after[page] == before[page], "\(page) changed")
        }
        #expect(after != before || name == "a draft quarter's update", "the edit shows somewhere else")
    }

    @Test func aCorrectionIsShownDatedOnTheReportAndItsItems() throws {
        let content = try Fixtures.minimalSite(with: [:], recorded: true)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try Self.edit("measures/foster-carers.md", in: content) {
            $0.replacingOccurrences(of: "target: 199", with: "target: 210")
        }
        let publish = try QuarterlyCommand.run([
            "publish", "2019-20-q2", "--content", content.path, "--date", "2020-01-12", "--correction",
            "The target for foster carers was 210, not 199.",
        ])
        #expect(publish.status == 0, "\(publish.stderr)")
        #expect(
            publish.stdout.hasPrefix("Corrected Quarter 2 2019/20 on 12 January 2020: The target for foster carers"))

        try Fixtures.withBuiltSite(content) { output, _ in
            let report = Fixtures.read(output.appendingPathComponent("quarters/2019-20-q2/index.html"))
            let notice = try #require(
                report.range(
                    of:
                        "Corrected on <time datetime=\"2020-01-12\">12 January 2020</time>:</strong> The target for foster carers was 210, not 199."
                ))
            // Near the top: before the report's contents.
            #expect(notice.lowerBound < report.range(of: "id=\"contents-heading\"")!.lowerBound)
            let measure = Fixtures.read(output.appendingPathComponent("measures/foster-carers/index.html"))
            #expect(measure.contains("(<a href=\"/plan/quarters/2019-20-q2/#corrections\">corrected"))
            let feed = Fixtures.read(output.appendingPathComponent("feed.xml"))
            #expect(
                feed.contains("<updated>2020-01-12T00:00:00Z</updated>"), "the feed's entry is dated by the correction")
            let json =
                try JSONSerialization.jsonObject(
                    with: Data(contentsOf: output.appendingPathComponent("data/site.json"))) as? [String: Any]
            let quarters = try #require(json?["quarters"] as? [[String: Any]])
            let corrections =
                quarters.first { $0["id"] as? String == "2019-20-q2" }?["corrections"] as? [[String: String]]
            #expect(
                corrections == [["date": "2020-01-12", "reason": "The target for foster carers was 210, not 199."]])
            #expect(quarters.filter { $0["corrections"] != nil }.count == 1, "only a corrected report has corrections")
        }
    }
}
