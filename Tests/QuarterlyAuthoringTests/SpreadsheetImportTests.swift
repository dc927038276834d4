import Foundation
import QuarterlyAuthoring
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// `quarterly import` from an Excel workbook written by LibreOffice, and the action,
/// RAG and comparator columns any table may have.
@Suite struct SpreadsheetImportTests {
    static let quarter = QuarterID("2019-20-q2")!
    static let workbook = Fixtures.root.appendingPathComponent("spreadsheets/figures.xlsx")

    static func run(
        _ data: Data, path: String, sheet: String? = nil, in content: URL, force: Bool = false
    ) throws(DiagnosticList) -> SpreadsheetImport {
        let graph = try ContentSnapshot.graph(of: content.path)
        return try SpreadsheetImport(
            file: data, path: path, sheet: sheet, quarter: quarter, graph: graph, contentDirectory: content.path,
            force: force)
    }

    static func file(_ content: URL, _ path: String) -> String {
        Fixtures.read(content.appendingPathComponent("quarters/2019-20-q2/\(path)"))
    }

    @Test func importsTheLibreOfficeWorkbookExactly() throws {
        let content = try Fixtures.minimalSite(with: [:])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let result = try Self.run(try Data(contentsOf: Self.workbook), path: "figures.xlsx", in: content)
        // The owner column is not read; the title row above the header is passed over.
        #expect(
            result.warnings.map { "\($0.headline)" } == [
                "figures.xlsx:Figures!G2: warning: column `Owner` is not read [ignored-column]"
            ])
        #expect(
            result.changes.map { "\($0.itemID): \($0.details.joined(separator: "; "))" } == [
                "foi-responses: value 65 → 71.0; commentary kept (use --force to replace it)",
                "foster-carers: value 184 → 186; display → 186 households; England 190 → 190.5; commentary kept (use --force to replace it)",
                "care-communities: rag → Green",
                "safeguarding-board: ",
            ])
        try result.write(into: content.path)
        #expect(
            Self.file(content, "measures/foi-responses.md").hasPrefix("---\nvalue: 71.0\nrag: red\n---\n| Quarter |"))
        #expect(
            Self.file(content, "measures/foster-carers.md")
                == "---\nvalue: 186\nrag: amber\ndirection: sustained\ncomparators:\n  \"England\": 190.5\ndisplay: \"186 households\"\n---\n184 foster carers, the same as last quarter.\n"
        )
        #expect(
            Self.file(content, "actions/care-communities.md").hasPrefix("---\nrag: green\ndirection: declining\n---\n"))
        let graph = try #require(Fixtures.validate(content).graph)
        #expect(graph.measureUpdate("foi-responses", in: Self.quarter)?.value?.text == "71.0")
        #expect(graph.measureUpdate("foster-carers", in: Self.quarter)?.comparators.map(\.value.text) == ["190.5"])
        #expect(graph.actionUpdate("care-communities", in: Self.quarter)?.rag == .green)
    }

    /// --force replaces commentary, including a cell of two paragraphs.
    @Test func forceReplacesCommentaryFromTheWorkbook() throws {
        let content = try Fixtures.minimalSite(with: [:])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try Self.run(try Data(contentsOf: Self.workbook), path: "figures.xlsx", in: content, force: true)
            .write(into: content.path)
        #expect(
            Self.file(content, "measures/foster-carers.md").hasSuffix(
                "---\nTwo more households than last quarter,\nas 24 assessments finish.\n"))
    }

    /// Every bad cell is reported with its reference, and nothing is written.
    @Test func badCellsAreRefusedByReferenceAndNothingIsWritten() throws {
        let content = try Fixtures.minimalSite(with: [:])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let before = Fixtures.snapshot(content)
        let workbook = try Data(contentsOf: Self.workbook)
        do {
            _ = try Self.run(workbook, path: "figures.xlsx", sheet: "Bad cells", in: content)
            Issue.record("a sheet with bad cells was accepted")
        } catch {
            #expect(
                error.diagnostics.map(\.headline) == [
                    "figures.xlsx:'Bad cells'!B2: error: the cell shows the error `#DIV/0!`, not a value [wrong-type]",
                    "figures.xlsx:'Bad cells'!C3: error: `Amber/Green` is not a valid `rag` for an action [unknown-word]",
                    "figures.xlsx:'Bad cells'!B4: error: the value `186 homes` is not a number [wrong-type]",
                ])
        }
        #expect(Fixtures.snapshot(content) == before)
    }

    @Test func aSheetThatIsNotThereIsNamed() throws {
        #expect {
            _ = try Self.run(
                try Data(contentsOf: Self.workbook), path: "figures.xlsx", sheet: "Q3", in: Fixtures.minimal)
        } throws: { error in
            (error as? DiagnosticList)?.diagnostics.first?.message
                == "cannot read the spreadsheet: it has no sheet `Q3`; its sheets are `Figures`, `Bad cells`"
        }
    }

    /// What each kind of row may hold, as a table: the cells, and the problem (or none).
    @Test(
        arguments: [
            ("id,rag\ncare-communities,red\n", nil),
            ("id,rag\nfoster-carers,green\n", nil),
            ("id,rag\nfoster-carers,complete\n", "2: unknown-word"),
            ("id,value\ncare-communities,3\n", "2: invalid-value"),
            ("id,england\ncare-communities,3\n", "2: invalid-value"),
            ("id,england\nfoi-responses,70\n", "2: undeclared-comparator"),
            ("id,England\nfoster-carers,70%\n", "2: wrong-type"),
            ("ref,kind,rag\n1.10,action,red\n", nil),
            ("ref,kind,rag\n1.10,measure,red\n", "2: unknown-row"),
            ("ref,kind,rag\n1.10,thing,red\n", "2: unknown-row"),
            ("id,value\nnew-thing,3\n", "2: unknown-row"),
            // Ids are lower case, so one typed in capitals is the same id.
            ("id,commentary\ncare-communities,Text.\nCARE-COMMUNITIES,Again.\n", "3: duplicate-row"),
        ] as [(String, String?)])
    func rowRules(csv: String, problem: String?) throws {
        let content = try Fixtures.minimalSite(with: [:])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        do {
            _ = try Self.run(Data(csv.utf8), path: "rows.csv", in: content)
            #expect(problem == nil)
        } catch {
            #expect(error.diagnostics.errors.map { "\($0.line): \($0.code.rawValue)" }.first == problem, "\(csv)")
        }
    }

    /// An action with no update yet in the quarter needs its RAG; given it, its file is created.
    @Test func aNewActionUpdateNeedsItsRAG() throws {
        let content = try Fixtures.minimalSite(with: [:])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try FileManager.default.removeItem(
            at: content.appendingPathComponent("quarters/2019-20-q2/actions/care-communities.md"))
        #expect(throws: DiagnosticList.self) {
            _ = try Self.run(Data("id,commentary\ncare-communities,Hubs agreed.\n".utf8), path: "a.csv", in: content)
        }
        let result = try Self.run(
            Data("id,rag,commentary\ncare-communities,Amber,Hubs agreed.\n".utf8), path: "a.csv", in: content)
        try result.write(into: content.path)
        #expect(Self.file(content, "actions/care-communities.md") == "---\nrag: amber\n---\nHubs agreed.\n")
        #expect(Fixtures.validate(content).graph != nil)
    }
}
