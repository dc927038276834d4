import Foundation
import QuarterlyContent
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// The checks officers need beyond single files (their error cases are fixtures under
/// Tests/Fixtures/invalid): a figure that looks like a fraction, a period end in the
/// wrong quarter, where a duplicate ref is reported, and warnings beside errors.
@Suite("Checks officers need")
struct OfficerCheckTests {
    static let foi = "quarters/2019-20-q2/measures/foi-responses.md"

    /// Validates the minimal site with these files replaced or added.
    static func diagnostics(_ files: [String: String]) throws -> [Diagnostic] {
        let content = try Fixtures.minimalSite(with: files)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let prefix = content.path + "/"
        return Fixtures.validate(content).diagnostics.map { diagnostic in
            Diagnostic(
                path: diagnostic.path.replacingOccurrences(of: prefix, with: ""), position: diagnostic.position,
                severity: diagnostic.severity, code: diagnostic.code, message: diagnostic.message, hint: diagnostic.hint
            )
        }
    }

    @Test(
        "a percentage under 1 against a target over 1 looks like a fraction",
        arguments: [
            ("0.65", "90", "percent", true),
            ("0.999", "1.5", "percent", true),
            ("65", "90", "percent", false),
            ("0", "90", "percent", false),  // nothing done is not a fraction
            ("0.09", "0.1", "percent", false),  // a small target: small figures are expected
            ("0.65", "1", "percent", false),
            ("0.65", "90", "count", false),
        ])
    func fraction(value: String, target: String, unit: String, warned: Bool) throws {
        let found = try Self.diagnostics([
            "measures/foi-responses.md":
                "---\nref: M4.4\ntitle: Information requests\noutcome: healthy\nunit: \(unit)\ntarget: \(target)\n---\n",
            Self.foi: "---\nvalue: \(value)\n---\n",
        ])
        let warnings = found.filter { $0.code == .valueLooksLikeFraction }
        #expect(warnings.count == (warned ? 1 : 0), "\(found.map(\.description))")
        if let warning = warnings.first {
            #expect(warning.severity == .warning)
            #expect("\(warning.path):\(warning.line):\(warning.column)" == "\(Self.foi):2:8")
            #expect(warning.hint?.contains("`value: \(MeasureRAGRule.text(Decimal(string: value)! * 100))`") == true)
        }
    }

    @Test(
        "period_end falls within its folder's quarter",
        arguments: [
            ("2019-09-30", true), ("2019-08-31", true), ("2019-07-01", true),
            ("2019-06-30", false), ("2019-10-01", false), ("2020-09-30", false),
        ])
    func periodEnd(date: String, allowed: Bool) throws {
        let found = try Self.diagnostics([
            "quarters/2019-20-q2/index.md": "---\nstatus: published\nperiod_end: \(date)\n---\n"
        ])
        #expect(found.contains { $0.code == .periodEndOutsideQuarter } == !allowed, "\(found.map(\.description))")
    }

    @Test func aFinancialYearFromJanuaryMovesTheQuarters() throws {
        // With a calendar financial year, Quarter 2 2019/20 runs from April to June 2019.
        let found = try Self.diagnostics([
            "site.yml": "organisation: Exampleshire\ntitle: Plan\nfinancial_year_start: January\n",
            "quarters/2019-20-q2/index.md": "---\nstatus: published\nperiod_end: 2019-06-30\n---\n",
        ])
        #expect(!found.contains { $0.code == .periodEndOutsideQuarter }, "\(found.map(\.description))")
    }

    /// Two definitions with one ref: reported once, at the later file's `ref`, naming the other.
    @Test func aDuplicateRefNamesBothFiles() throws {
        let found = try Self.diagnostics([
            "measures/library-visits.md": "---\nref: M1.3\ntitle: Visits\noutcome: healthy\n---\n",
            "quarters/2019-20-q2/measures/library-visits.md": "---\nvalue: 5\n---\n",
        ])
        let duplicates = found.filter { $0.code == .duplicateRef }
        #expect(duplicates.count == 1)
        #expect(duplicates.first.map { "\($0.path):\($0.line):\($0.column)" } == "measures/library-visits.md:2:6")
        #expect(duplicates.first?.message.contains("measure `foster-carers` (") == true)
        #expect(duplicates.first?.message.contains("measures/foster-carers.md)") == true)
    }

    /// A ref in an earlier plan (`refs:`) is blamed on its own line.
    @Test func aDuplicateRefFromAnEarlierPlanIsReportedThere() throws {
        let found = try Self.diagnostics([
            "measures/library-visits.md":
                "---\nref: L2.1\nrefs:\n  2019/20: M1.3\ntitle: Visits\noutcome: healthy\n---\n",
            "quarters/2019-20-q2/measures/library-visits.md": "---\nvalue: 5\n---\n",
        ])
        let duplicates = found.filter { $0.code == .duplicateRef }
        #expect(duplicates.map { "\($0.path):\($0.line)" } == ["measures/library-visits.md:4"])
    }

    /// An error elsewhere no longer hides the status warnings: one `check` shows both.
    @Test func warningsAreListedBesideErrors() throws {
        let broken = "quarters/2019-20-q2/actions/care-communities.md"
        let found = try Self.diagnostics([
            broken: "---\nrag: amber\nstatuss: x\n---\n",
            Self.foi: "---\nvalue: 65\nrag: green\n---\n",
        ])
        #expect(found.contains { $0.isError && $0.code == .unknownKey && $0.path == broken })
        #expect(found.contains { !$0.isError && $0.code == .ragOverrideWithoutReason && $0.path == Self.foi })
    }
}
