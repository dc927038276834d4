import Foundation
import QuarterlyContent
import QuarterlyModel

/// `quarterly import`: a spreadsheet's rows (CSV, or a sheet of an `.xlsx` file) written
/// into one quarter's updates: a measure's figure, display text, comparator figures, RAG
/// and reason; an action's RAG; either one's commentary. Rows are matched by id or by the
/// ref the item has that quarter. A benchmarking export (area, period, value) gives
/// comparator figures instead (`BenchmarkTable`). Every row is checked before anything
/// is written: one bad cell and nothing changes.
public struct SpreadsheetImport {
    /// One file to create or rewrite, and what changes in it.
    public struct Change: Sendable {
        public let path: String
        public let itemID: String
        public let created: Bool
        /// e.g. ["value 65 → 71", "commentary kept (use --force to replace it)"]
        public let details: [String]
        public let text: String
        public var changesFile: Bool { created || !details.allSatisfy { $0.hasPrefix("commentary kept") } }
    }

    public let changes: [Change]
    /// Warnings, e.g. a column that is not read.
    public let warnings: [Diagnostic]
    /// What kind of file it was read as, for the summary ("benchmarking data: …").
    public let note: String?

    /// - Parameters:
    ///   - bytes: a CSV file (UTF-8, with or without a byte-order mark) or an `.xlsx` workbook.
    ///   - sheet: the `.xlsx` sheet to read (its first when nil).
    ///   - benchmark: for a benchmarking export, its period to take and the measure a file
    ///     without a metric column is for.
    ///   - force: replace commentary the files already have.
    public init(
        file bytes: Data, path: String, sheet: String? = nil, quarter: QuarterID, graph: ContentGraph,
        contentDirectory: String, force: Bool, benchmark: BenchmarkOptions = BenchmarkOptions()
    ) throws(DiagnosticList) {
        guard graph.quarter(quarter) != nil else {
            throw DiagnosticList([
                Diagnostic(
                    path: path, code: .invalidQuarter, message: "there is no quarter \(quarter.slug) to import into",
                    hint: "Create it first with `quarterly new-quarter \(quarter.slug)`.")
            ])
        }
        // An .xlsx file is a ZIP package, whatever it is called; a file called .xlsx (or
        // Excel's older .xls) that is none is refused as a workbook, not read as CSV.
        let named = path.lowercased()
        let table =
            bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || named.hasSuffix(".xlsx") || named.hasSuffix(".xls")
            ? try XLSXImportTable.read(bytes, path: path, sheet: sheet)
            : try CSVImportTable.read([UInt8](bytes), path: path)
        let rows: ImportRows
        if BenchmarkTable.matches(table) {
            rows = try BenchmarkTable(table: table, options: benchmark, quarter: quarter, graph: graph).rows
            note = "benchmarking data (area, period, value): comparator figures only"
        } else {
            rows = try UpdateRows(table: table, quarter: quarter, graph: graph).rows
            note = nil
        }
        changes = rows.edits.map { edit in
            let relative = "quarters/\(quarter.slug)/\(edit.kind.folder)/\(edit.id).md"
            let url = URL(fileURLWithPath: contentDirectory).appendingPathComponent(relative)
            // Read as every content file is (BOM and CRLF removed); the content validated, so it decodes.
            let existing = FileManager.default.contents(atPath: url.path).flatMap {
                try? SourceText.decode(bytes: [UInt8]($0), displayPath: relative, relativePath: relative).get().text
            }
            return edit.change(path: relative, existing: existing, graph: graph, quarter: quarter, force: force)
        }
        warnings = rows.warnings
    }

    /// The quarter a benchmarking period names (`2019/20 Q2`, `Quarter 2 2019/20`), if it names one.
    public static func quarter(named period: String) -> QuarterID? { PeriodWords.quarter(period) }

    /// Writes every changed file (after all rows were checked).
    public func write(into contentDirectory: String) throws {
        for change in changes where change.changesFile {
            let url = URL(fileURLWithPath: contentDirectory).appendingPathComponent(change.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(change.text.utf8).write(to: url, options: .atomic)
        }
    }
}

/// For a benchmarking export: the period to take (else the rows naming the quarter), and
/// the measure a file without a metric column is for.
public struct BenchmarkOptions: Sendable {
    public var period: String?
    public var measure: String?

    public init(period: String? = nil, measure: String? = nil) {
        self.period = period
        self.measure = measure
    }
}

/// The edits a table's rows make, after every row was checked, and its warnings.
struct ImportRows {
    let edits: [UpdateEdit]
    let warnings: [Diagnostic]
}
