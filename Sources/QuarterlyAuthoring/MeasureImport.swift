import CSV
import Foundation
import QuarterlyContent
import QuarterlyModel

/// `quarterly import`: a spreadsheet's figures written into one quarter's measure
/// updates. Rows are matched by measure id or by the ref the measure has that quarter.
/// Every row is checked before anything is written: one bad row and nothing changes.
public struct MeasureImport {
    /// One file to create or rewrite, and what changes in it.
    public struct Change: Sendable {
        public let path: String
        public let measureID: String
        public let created: Bool
        /// e.g. ["value 65 → 71", "commentary kept (use --force to replace it)"]
        public let details: [String]
        public let text: String
        public var changesFile: Bool { created || !details.allSatisfy { $0.hasPrefix("commentary kept") } }
    }

    public let changes: [Change]
    /// Warnings, e.g. a column that is not read.
    public let warnings: [Diagnostic]

    static let columns = ["id", "ref", "value", "display", "commentary"]

    /// - Parameters:
    ///   - csv: the file's bytes; UTF-8, with or without a byte-order mark (Excel's "CSV UTF-8").
    ///   - force: replace commentary the file already has.
    public init(
        csv bytes: [UInt8], csvPath: String, quarter: QuarterID, graph: ContentGraph,
        contentDirectory: String, force: Bool
    ) throws(DiagnosticList) {
        let source: SourceText
        switch SourceText.decode(bytes: bytes, displayPath: csvPath, relativePath: csvPath) {
        case .success(let text): source = text
        case .failure(let problem): throw DiagnosticList([problem])
        }
        guard graph.quarter(quarter) != nil else {
            throw DiagnosticList([
                Diagnostic(
                    path: csvPath, code: .invalidQuarter, message: "there is no quarter \(quarter.slug) to import into",
                    hint: "Create it first with `quarterly new-quarter \(quarter.slug)`.")
            ])
        }
        let table = try Self.read(source.text, path: csvPath)
        var problems: [Diagnostic] = table.warnings
        // Two measures may fall back to one ref when the plan renumbered: such a ref names neither.
        let byRef = Dictionary(grouping: graph.measures) { measure in
            (graph.measureUpdate(measure.id, in: quarter)?.ref ?? measure.ref(in: quarter)).lowercased()
        }.mapValues { $0.map(\.id) }
        var seen: [String: Int] = [:]
        var changes: [Change] = []
        for row in table.rows {
            func problem(_ code: DiagnosticCode, _ message: String, _ hint: String) {
                problems.append(
                    Diagnostic(
                        path: csvPath, position: TextPosition(line: row.line, column: 1), code: code, message: message,
                        hint: hint))
            }
            let id = row["id"]
            let ref = row["ref"]
            // Either column may hold either: people paste ids into the ref column and back.
            let keys = [id, ref].compactMap { $0 }
            if graph.measure(keys.first ?? "") == nil,
                let key = keys.first(where: { (byRef[$0.lowercased()]?.count ?? 0) > 1 })
            {
                problem(
                    .unknownRow,
                    "ref `\(key)` belongs to more than one measure in \(quarter.label): \(byRef[key.lowercased()]!.joined(separator: ", "))",
                    "Use the measure's id (its file name) in an `id` column instead.")
                continue
            }
            guard
                let measureID = keys.lazy.compactMap({ graph.measure($0) != nil ? $0 : byRef[$0.lowercased()]?.first })
                    .first
            else {
                let named = id.map { "id `\($0)`" } ?? ref.map { "ref `\($0)`" } ?? "no id or ref"
                let suggestion =
                    id.flatMap { Suggestion.closest(to: $0, among: graph.measures.map(\.id)) }
                    ?? ref.flatMap { Suggestion.closest(to: $0, among: graph.measures.map { $0.ref(in: quarter) }) }
                problem(
                    .unknownRow, "this row names \(named), which is no measure in \(quarter.label)",
                    (suggestion.map { "Did you mean `\($0)`? " } ?? "")
                        + "Use the measure's file name (id) or its ref in that quarter's plan.")
                continue
            }
            if let first = seen[measureID] {
                problem(
                    .duplicateRow, "measure `\(measureID)` is already on line \(first)", "Keep one row per measure.")
                continue
            }
            seen[measureID] = row.line
            var value: Figure?
            if let cell = row["value"] {
                guard let figure = Figure(text: cell) else {
                    problem(
                        .wrongType, "the value `\(cell)` is not a number",
                        "Write digits only, e.g. 65 or 89.19: no %, £ or commas (put formatted text in the `display` column)."
                    )
                    continue
                }
                value = figure
            }
            let relative = "quarters/\(quarter.slug)/measures/\(measureID).md"
            let url = URL(fileURLWithPath: contentDirectory).appendingPathComponent(relative)
            // Read as every content file is (BOM and CRLF removed); the content validated, so it decodes.
            let existing = FileManager.default.contents(atPath: url.path).flatMap {
                try? SourceText.decode(bytes: [UInt8]($0), displayPath: relative, relativePath: relative).get().text
            }
            changes.append(
                Self.change(
                    path: relative, measureID: measureID, existing: existing, value: value,
                    display: row["display"], commentary: row["commentary"], force: force))
        }
        guard problems.errors.isEmpty else { throw DiagnosticList(problems) }
        self.changes = changes
        self.warnings = problems
    }

    /// Writes every changed file (after all rows were checked).
    public func write(into contentDirectory: String) throws {
        for change in changes where change.changesFile {
            let url = URL(fileURLWithPath: contentDirectory).appendingPathComponent(change.path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(change.text.utf8).write(to: url, options: .atomic)
        }
    }

    static func change(
        path: String, measureID: String, existing: String?, value: Figure?, display: String?,
        commentary: String?, force: Bool
    ) -> Change {
        var editor = existing.flatMap(FrontMatterEditor.init(text:)) ?? FrontMatterEditor(keys: [], body: "")
        var details: [String] = []
        let oldValue = editor.value(of: "value")
        if let value {
            if oldValue != value.text { details.append("value \(oldValue ?? "none") → \(value.text)") }
            editor.set("value", value.text)
        } else if oldValue != nil {
            details.append("value \(oldValue!) → none (no data)")
            editor.remove("value")
        }
        if let display {
            let quoted = YAMLText.quoted(display)
            if editor.value(of: "display") != quoted { details.append("display → \(display)") }
            editor.set("display", quoted)
        }
        if let commentary {
            let hasCommentary = !editor.body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            let text =
                commentary.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
                + "\n"
            if !hasCommentary || force {
                if editor.body != text {
                    details.append(hasCommentary ? "commentary replaced" : "commentary added")
                    editor.body = text
                }
            } else if editor.body.trimmingCharacters(in: .whitespacesAndNewlines) + "\n" != text {
                details.append("commentary kept (use --force to replace it)")
            }
        }
        return Change(path: path, measureID: measureID, created: existing == nil, details: details, text: editor.text)
    }

    // MARK: Reading the table

    struct Row {
        let line: Int
        let cells: [String: String]
        /// A cell's trimmed text; nil when empty or the column is absent.
        subscript(column: String) -> String? {
            guard let text = cells[column]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
    }

    static func read(_ text: String, path: String) throws(DiagnosticList) -> (rows: [Row], warnings: [Diagnostic]) {
        let reader: CSVReader
        do { reader = try CSVReader(string: text, hasHeaderRow: true) } catch {
            throw DiagnosticList([
                Diagnostic(
                    path: path, code: .csvSyntax, message: "cannot read the CSV: \(error)",
                    hint: "Export the sheet as CSV (comma-separated, UTF-8).")
            ])
        }
        let header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var warnings: [Diagnostic] = []
        for (index, name) in header.enumerated() where !columns.contains(name) {
            warnings.append(
                Diagnostic(
                    path: path, position: TextPosition(line: 1, column: index + 1), severity: .warning,
                    code: .ignoredColumn, message: "column `\(name)` is not read",
                    hint: "The columns read are \(columns.map { "`\($0)`" }.joined(separator: ", "))."))
        }
        guard header.contains("value"), header.contains("id") || header.contains("ref") else {
            throw DiagnosticList([
                Diagnostic(
                    path: path, code: .missingColumn,
                    message: "the first row must name a `value` column and an `id` or `ref` column",
                    hint:
                        "Headers found: \(header.map { "`\($0)`" }.joined(separator: ", ")). See docs/import-sample.csv."
                )
            ])
        }
        var rows: [Row] = []
        var line = 1 + (reader.headerRow ?? []).reduce(1) { $0 + $1.filter { $0 == "\n" }.count }
        while let cells = reader.next() {
            defer { line += cells.reduce(1) { $0 + $1.filter { $0 == "\n" }.count } }
            guard cells.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { continue }
            var named: [String: String] = [:]
            for (index, cell) in cells.enumerated() where index < header.count { named[header[index]] = cell }
            rows.append(Row(line: line, cells: named))
        }
        if let error = reader.error {
            throw DiagnosticList([
                Diagnostic(
                    path: path, position: TextPosition(line: line, column: 1), code: .csvSyntax,
                    message: "cannot read the CSV: \(error)",
                    hint: "Check this row's quotes: a cell with a comma or line break must be in double quotes.")
            ])
        }
        return (rows, warnings)
    }
}
