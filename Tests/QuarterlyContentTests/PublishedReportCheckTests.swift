import Foundation
import QuarterlyContent
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// Published means frozen: the minimal site's Quarters 1 and 2 2019/20 are recorded
/// (`published.yml`), so an edit that would change either report fails `check` at the
/// line that gives the new value, and an edit that changes no published report passes.
@Suite("Published reports do not change")
struct PublishedReportCheckTests {
    static let q1 = "quarters/2019-20-q1"
    static let q2 = "quarters/2019-20-q2"
    static let fosterCarers = """
        ---
        ref: M1.3
        title: Foster care households
        outcome: healthy
        unit: count
        polarity: higher
        baseline: 179
        baseline_period: 2018/19
        target: 199
        comparators:
          - England
        ---
        The number of households approved to foster.

        """

    /// The errors of the recorded minimal site with these files replaced or added, as
    /// `path:line:col: code`.
    static func errors(_ files: [String: String]) throws -> [String] {
        try diagnostics(files).filter { $0.severity == .error }.map {
            "\($0.path):\($0.line):\($0.column): \($0.code.rawValue)"
        }
    }

    static func diagnostics(_ files: [String: String]) throws -> [Diagnostic] {
        let content = try Fixtures.minimalSite(with: files, recorded: true)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let prefix = content.path + "/"
        return Fixtures.validate(content).diagnostics.map {
            Diagnostic(
                path: $0.path.replacingOccurrences(of: prefix, with: ""), position: $0.position, severity: $0.severity,
                code: $0.code, message: $0.message, hint: $0.hint)
        }
    }

    struct Edit: Sendable, CustomTestStringConvertible {
        let name: String
        let files: [String: String]
        let expected: [String]
        var testDescription: String { name }
    }

    static let changed = "published-report-changed"

    static let edits: [Edit] = [
        Edit(
            name: "a definition's target",
            files: ["measures/foster-carers.md": fosterCarers.replacing("199", with: "210")],
            expected: ["measures/foster-carers.md:9:9: \(changed)"]),
        Edit(
            name: "a target given from a later year on",
            files: [
                "measures/foster-carers.md": fosterCarers.replacing(
                    "comparators:", with: "targets:\n  2020/21: 210\ncomparators:")
            ], expected: []),
        Edit(
            name: "a definition's title, shown in both reports",
            files: [
                "measures/foi-responses.md":
                    "---\nref: M4.4\ntitle: FOI requests on time\noutcome: healthy\nunit: percent\npolarity: higher\ntargets:\n  2019/20: 90\n---\n"
            ],
            expected: ["measures/foi-responses.md:3:8: \(changed)", "measures/foi-responses.md:3:8: \(changed)"]),
        Edit(
            name: "an update's figure", files: ["\(q2)/measures/foi-responses.md": "---\nvalue: 66\nrag: red\n---\n"],
            expected: ["\(q2)/measures/foi-responses.md:2:8: \(changed)"]),
        Edit(
            name: "an earlier figure, which also turns the later report's direction",
            files: ["\(q1)/measures/foi-responses.md": "---\nvalue: 60\nrag: red\n---\n"],
            expected: [
                "\(q1)/measures/foi-responses.md:2:8: \(changed)", "\(q1)/measures/foi-responses.md:2:8: \(changed)",
            ]),
        Edit(
            name: "a stated RAG",
            files: [
                "\(q2)/actions/care-communities.md":
                    "---\nrag: green\ndirection: declining\n---\nPhase 3 objectives agreed; the hub model waits on the restructure.\n"
            ],
            expected: ["\(q2)/actions/care-communities.md:2:6: \(changed)"]),
        Edit(
            name: "commentary",
            files: [
                "\(q2)/actions/care-communities.md":
                    "---\nrag: Amber\ndirection: declining\n---\nPhase 4 has started.\n"
            ],
            expected: ["\(q2)/actions/care-communities.md:5:1: \(changed)"]),
        Edit(
            name: "an outcome's title, shown in both reports",
            files: ["outcomes/healthy.md": "---\ntitle: Everyone is healthy and safe\nref: \"1\"\norder: 1\n---\n"],
            expected: ["outcomes/healthy.md:2:8: \(changed)", "outcomes/healthy.md:2:8: \(changed)"]),
        Edit(
            name: "an update added to a published quarter",
            files: ["\(q1)/measures/foster-carers.md": "---\nvalue: 180\n---\n"],
            expected: ["\(q1)/measures/foster-carers.md:1:1: \(changed)"]),
        Edit(
            name: "a polarity: no line gives the new direction, so the quarter's status line",
            files: [
                "measures/foi-responses.md":
                    "---\nref: M4.4\ntitle: Information requests answered on time\noutcome: healthy\nunit: percent\npolarity: lower\ntargets:\n  2019/20: 90\n---\n"
            ], expected: ["\(q2)/index.md:2:9: \(changed)"]),
        Edit(
            name: "a draft quarter's update",
            files: ["quarters/2019-20-q3/actions/care-communities.md": "---\nrag: red\n---\nNow delayed.\n"],
            expected: []),
        Edit(
            name: "a measure's description",
            files: [
                "measures/foster-carers.md": fosterCarers.replacing(
                    "approved to foster", with: "approved as foster carers")
            ],
            expected: []),
        Edit(
            name: "a recorded quarter set back to a draft",
            files: ["\(q1)/index.md": "---\nstatus: draft\npublished: 2019-09-12\n---\nThe first quarter.\n"],
            expected: ["\(q1)/index.md:2:9: recorded-quarter-is-draft"]),
        Edit(
            name: "a record edited by hand",
            files: ["\(q1)/published.yml": "quarter:\n  plan: \"Council Plan\"\n  colour: \"blue\"\n"],
            expected: ["\(q1)/published.yml:3:3: invalid-publication-record"]),
    ]

    @Test("an edit fails check exactly when it changes a published report", arguments: edits)
    func edit(_ edit: Edit) throws {
        #expect(try Self.errors(edit.files) == edit.expected)
    }

    @Test func theRecordedSiteIsValid() throws {
        #expect(try Self.errors([:]) == [])
    }

    @Test func theErrorSaysWhatChanged() throws {
        let found = try Self.diagnostics(["measures/foster-carers.md": Self.fosterCarers.replacing("199", with: "210")])
        let error = try #require(found.first { $0.code == .publishedReportChanged })
        #expect(
            error.message
                == "this changes the published Quarter 2 2019/20 report: measure M1.3 (`foster-carers`): the target `199` → `210`"
        )
        #expect(
            error.hint?.hasSuffix("`quarterly publish 2019-20-q2 --correction \"what was corrected and why\"`.") == true
        )
    }

    /// A definition's value is every quarter's: the hint says how to keep the published one
    /// for the published year (by year), or quarter (in its update), as the record gives it.
    @Test(
        "the hint for a definition's line keeps the published value",
        arguments: [
            (
                "measures/foster-carers.md", fosterCarers.replacing("199", with: "210"),
                "keep the published one for the years it applied under `targets:`, e.g. `2019/20: 199` for this report's year"
            ),
            (
                "measures/foster-carers.md", fosterCarers.replacing("ref: M1.3", with: "ref: M2.3"),
                "keep the published one for the years it applied under `refs:`, e.g. `2019/20: M1.3` for this report's year"
            ),
            (
                "measures/foster-carers.md",
                fosterCarers.replacing("title: Foster care households", with: "title: Foster carers"),
                "give the published one in each published quarter's update (`title: Foster care households`)"
            ),
            (
                "actions/care-communities.md",
                "---\nref: 1.10\ntitle: Integrated care communities\noutcome: healthy\nmilestone: \"By March 2021: phase 4\"\n---\n",
                "give the published one in each published quarter's update (`milestone: By March 2020`)"
            ),
        ])
    func definitionHint(path: String, text: String, advice: String) throws {
        let found = try Self.diagnostics([path: text]).filter { $0.code == .publishedReportChanged }
        #expect(!found.isEmpty)
        for error in found { #expect(error.hint?.contains(advice) == true, "\(error.hint ?? "")") }
    }

    @Test func aDeletedUpdateIsReportedAtTheQuarter() throws {
        let content = try Fixtures.minimalSite(with: [:], recorded: true)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try FileManager.default.removeItem(at: content.appendingPathComponent("\(Self.q2)/measures/foster-carers.md"))
        let errors = Fixtures.validate(content).diagnostics.errors
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.path.hasSuffix("\(Self.q2)/index.md") && error.line == 2)
        #expect(error.message.hasSuffix("measure M1.3 (`foster-carers`) would be removed"))
    }

    /// Other checks come first: with an error elsewhere, the reports are not compared,
    /// so a broken file is not also reported as items missing from every report.
    @Test func reportsAreComparedOnlyWhenTheContentIsOtherwiseValid() throws {
        let found = try Self.errors([
            "measures/foster-carers.md": Self.fosterCarers.replacing("199", with: "210"),
            "\(Self.q2)/measures/foi-responses.md": "---\nvalue: 65%\n---\n",
        ])
        #expect(found == ["\(Self.q2)/measures/foi-responses.md:2:8: wrong-type"])
    }
}

extension String {
    fileprivate func replacing(_ old: String, with new: String) -> String {
        replacingOccurrences(of: old, with: new)
    }
}
