import Foundation
import QuarterlyAuthoring
import QuarterlyContent
import QuarterlyModel
import QuarterlyTestSupport
import Testing

@Suite struct NewQuarterTests {
    @Test func carriesTheLatestQuarterOverForReview() throws {
        let content = try Fixtures.minimalSite(with: [:])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let graph = try ContentSnapshot.graph(of: content.path)
        let scaffold = QuarterScaffold(quarter: QuarterID("2019-20-q4")!, graph: graph)
        try scaffold.write(into: content.path)

        #expect(scaffold.source == QuarterID("2019-20-q3"))
        #expect(
            scaffold.files.map(\.path) == [
                "quarters/2019-20-q4/index.md", "quarters/2019-20-q4/actions/care-communities.md",
            ])
        let folder = content.appendingPathComponent("quarters/2019-20-q4")
        #expect(
            Fixtures.read(folder.appendingPathComponent("index.md"))
                == "---\nstatus: draft\nperiod_end: 2020-03-31\n---\n")
        #expect(
            Fixtures.read(folder.appendingPathComponent("actions/care-communities.md"))
                == "---\nrag: green\ndirection: improving\nreview: \"carried over from Quarter 3 2019/20\"\n---\n")
        // The new quarter is valid content straight away, as a draft.
        let after = try #require(Fixtures.validate(content).graph)
        #expect(after.quarter(QuarterID("2019-20-q4")!)?.isDraft == true)
        #expect(after.actionUpdate("care-communities", in: QuarterID("2019-20-q4")!)?.rag == .green)
    }

    /// The figure is carried for the officer to overwrite; what describes or judges it is not.
    @Test func measuresCarryTheirFigureOnly() throws {
        let graph = try ContentSnapshot.graph(of: Fixtures.minimal.path)
        let scaffold = QuarterScaffold(quarter: QuarterID("2019-20-q3")!, graph: graph.publishedOnly())
        let foster = try #require(scaffold.files.first { $0.path.hasSuffix("measures/foster-carers.md") })
        #expect(
            foster.text == """
                ---
                value: 184
                review: "carried over from Quarter 2 2019/20"
                ---

                """)
    }

    /// Each update key is carried as its declaration says: always, only within the same
    /// financial year (refs, titles, milestones and targets belong to one year's plan), or never.
    @Test(arguments: [("2019-20-q4", true), ("2020-21-q1", false)])
    func carriesExactlyTheKeysDeclaredToCarry(quarter: String, sameYear: Bool) throws {
        let content = try Fixtures.minimalSite(with: [
            "quarters/2019-20-q3/actions/care-communities.md":
                "---\nrag: green\ndirection: improving\nsection: improvement\nref: \"1.9\"\ntitle: T\nmilestone: M\nreview: x\n---\nText.\n",
            "quarters/2019-20-q3/measures/foster-carers.md":
                "---\nvalue: 186\ndisplay: \"186 homes\"\nperiod: P\nrag: green\nrag_reason: R\ndirection: improving\ntarget: 190\ncomparators:\n  England: 191\nsection: progress\nref: M1.4\ntitle: T\nreview: x\n---\nText.\n",
        ])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let scaffold = QuarterScaffold(
            quarter: QuarterID(quarter)!, graph: try ContentSnapshot.graph(of: content.path))
        func keys(_ suffix: String) throws -> [String] {
            let file = try #require(scaffold.files.first { $0.path.hasSuffix(suffix) })
            return file.text.split(separator: "\n").filter { !$0.hasPrefix(" ") && $0.contains(":") }
                .map { String($0.prefix { $0 != ":" }) }
        }
        let yearOnly = sameYear ? ["ref", "title", "milestone"] : []
        #expect(try keys("actions/care-communities.md") == ["rag", "direction", "section"] + yearOnly + ["review"])
        #expect(
            try keys("measures/foster-carers.md")
                == ["value"] + (sameYear ? ["target", "ref", "title"] : []) + ["review"])
        // The same lists, from the declarations.
        let declared = { (carry: CarryForward) in carry == .always || (sameYear && carry == .withinPlanYear) }
        #expect(
            try keys("actions/care-communities.md")
                == ActionUpdate.fields.fields.filter { declared($0.carry) }.map(\.key) + ["review"])
        #expect(
            try keys("measures/foster-carers.md")
                == MeasureUpdate.fields.fields.filter { declared($0.carry) }.map(\.key) + ["review"])
        // What was carried reads back as the same stated values.
        try scaffold.write(into: content.path)
        let after = try #require(Fixtures.validate(content).graph)
        let update = try #require(after.measureUpdate("foster-carers", in: QuarterID(quarter)!))
        #expect(update.value?.text == "186")
        #expect(update.display == nil && update.period == nil && update.comparators.isEmpty)
        #expect(update.statedRAG == nil && update.statedDirection == nil && update.statedSection == nil)
        #expect(after.actionUpdate("care-communities", in: QuarterID(quarter)!)?.statedSection == .improvement)
    }

    @Test func neverOverwritesAQuarter() throws {
        let content = try Fixtures.minimalSite(with: [:])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let before = Fixtures.snapshot(content)
        let scaffold = QuarterScaffold(
            quarter: QuarterID("2019-20-q3")!, graph: try ContentSnapshot.graph(of: content.path))
        #expect(throws: ScaffoldError.self) { try scaffold.write(into: content.path) }
        #expect(Fixtures.snapshot(content) == before)
    }

    @Test func completedActionsAreNotCarriedOver() throws {
        let content = try Fixtures.minimalSite(with: [
            "quarters/2019-20-q3/actions/care-communities.md": "---\nrag: complete\n---\nDone.\n"
        ])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let scaffold = QuarterScaffold(
            quarter: QuarterID("2019-20-q4")!, graph: try ContentSnapshot.graph(of: content.path))
        #expect(scaffold.files.map(\.path) == ["quarters/2019-20-q4/index.md"])
    }
}

@Suite struct ImportTests {
    static let quarter = QuarterID("2019-20-q2")!

    static func run(_ csv: String, in content: URL, force: Bool = false) throws(DiagnosticList) -> SpreadsheetImport {
        let graph = try ContentSnapshot.graph(of: content.path)
        return try SpreadsheetImport(
            file: Data(csv.utf8), path: "figures.csv", quarter: quarter, graph: graph, contentDirectory: content.path,
            force: force)
    }

    @Test func writesValuesAndKeepsCommentary() throws {
        let content = try Fixtures.minimalSite(with: [:])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        // Excel's "CSV UTF-8": a byte-order mark and Windows line endings; one cell spans two lines.
        let csv =
            "\u{FEFF}ref,value,display,commentary,owner\r\nM4.4,71,71% (provisional),\"New text, which must not replace the table.\",Ann\r\n"
            + "foster-carers,186,,\"186 carers.\r\nTwo more than last quarter.\",Bob\r\n"
        let result = try Self.run(csv, in: content)
        #expect(result.warnings.map(\.code) == [.ignoredColumn])
        try result.write(into: content.path)

        let foi = Fixtures.read(content.appendingPathComponent("quarters/2019-20-q2/measures/foi-responses.md"))
        #expect(
            foi.hasPrefix(
                "---\nvalue: 71\nrag: red\ndisplay: \"71% (provisional)\"\n---\n| Quarter | Answered on time |"))
        #expect(
            result.changes[0].details == [
                "value 65 → 71", "display → 71% (provisional)", "commentary kept (use --force to replace it)",
            ])
        let foster = Fixtures.read(content.appendingPathComponent("quarters/2019-20-q2/measures/foster-carers.md"))
        #expect(foster.hasPrefix("---\nvalue: 186\nrag: amber\n"))
        #expect(foster.hasSuffix("---\n184 foster carers, the same as last quarter.\n"))
        let graph = try #require(Fixtures.validate(content).graph)
        #expect(graph.measureUpdate("foi-responses", in: Self.quarter)?.value?.text == "71")
    }

    @Test func forceReplacesCommentaryAndMissingUpdatesAreCreated() throws {
        let content = try Fixtures.minimalSite(with: [:])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try FileManager.default.removeItem(
            at: content.appendingPathComponent("quarters/2019-20-q2/measures/foster-carers.md"))
        let result = try Self.run(
            "id,value,commentary\nfoi-responses,70,Seventy.\nfoster-carers,190,Up to 190.\n", in: content, force: true)
        try result.write(into: content.path)
        #expect(
            Fixtures.read(content.appendingPathComponent("quarters/2019-20-q2/measures/foi-responses.md")).hasSuffix(
                "---\nSeventy.\n"))
        #expect(
            Fixtures.read(content.appendingPathComponent("quarters/2019-20-q2/measures/foster-carers.md"))
                == "---\nvalue: 190\n---\nUp to 190.\n")
        #expect(result.changes.map(\.created) == [false, true])
    }

    @Test func badRowsAreReportedByLineAndNothingIsWritten() throws {
        let content = try Fixtures.minimalSite(with: [:])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let before = Fixtures.snapshot(content)
        let csv = "ref,value,commentary\nM4.4,71,\"two\nlines\"\nM9.9,3,\nM4.4,72,\nM1.3,65%,\n"
        do {
            _ = try Self.run(csv, in: content)
            Issue.record("a bad table was accepted")
        } catch {
            #expect(
                error.diagnostics.map { "\($0.line): \($0.code.rawValue)" } == [
                    "4: unknown-row", "5: duplicate-row", "6: wrong-type",
                ])
            #expect(error.diagnostics[1].message == "measure `foi-responses` is already on line 2")
        }
        #expect(Fixtures.snapshot(content) == before)
    }

    @Test func aTableWithoutTheColumnsIsRefused() throws {
        #expect(throws: DiagnosticList.self) { try Self.run("measure,figure\nM4.4,71\n", in: Fixtures.minimal) }
    }
}
