import Foundation
import QuarterlyModel

/// A spreadsheet's rows as `quarterly import` reads them, from a CSV file or a sheet of
/// an `.xlsx` file: the header row's column names, and each row's cells with where they
/// are, so every problem names its line or its cell.
struct ImportTable {
    /// The file as the officer named it.
    let path: String
    /// Column names as in the header, lower case, spaces as `_` (`RAG reason` is `rag_reason`).
    let columns: [ImportColumn]
    let rows: [ImportRow]

    func has(_ column: String) -> Bool { columns.contains { $0.name == column } }

    /// A problem at a place in this file.
    func diagnostic(
        at place: CellPlace, _ code: DiagnosticCode, _ message: String, hint: String,
        severity: Diagnostic.Severity = .error
    ) -> Diagnostic {
        switch place {
        case .line(let line, let column):
            Diagnostic(
                path: path, position: TextPosition(line: line, column: column), severity: severity, code: code,
                message: message, hint: hint)
        case .cell(let sheet, let reference):
            Diagnostic(
                path: path, severity: severity, code: code, message: message, hint: hint,
                cell: CellPlace.sheetReference(sheet) + "!" + reference)
        }
    }

    static func columnName(_ header: String) -> String {
        header.trimmed().lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).joined(separator: "_")
    }
}

struct ImportColumn {
    let name: String
    /// The header as written, for messages.
    let header: String
    let place: CellPlace
}

struct ImportRow {
    /// Where the row starts.
    let place: CellPlace
    /// By column name; only the cells that hold something.
    let cells: [String: ImportCell]

    /// A cell's trimmed text; nil when empty or the column is absent.
    subscript(column: String) -> String? {
        guard let text = cells[column]?.text.trimmed(), !text.isEmpty else { return nil }
        return text
    }

    /// Where a column's cell is (the row's start when it is empty).
    func place(of column: String) -> CellPlace { cells[column]?.place ?? place }
}

struct ImportCell {
    let text: String
    let place: CellPlace
    /// The error value a spreadsheet cell shows instead of a value (`#DIV/0!`).
    var error: String? = nil
}

/// Where a cell is: a line (and field) of a CSV file, or a cell of a sheet.
enum CellPlace {
    case line(Int, column: Int)
    case cell(sheet: String, reference: String)

    /// A sheet name as Excel writes it in a reference: quoted when it holds anything but
    /// letters, digits and `_` (`'Q2 figures'!B7`).
    static func sheetReference(_ name: String) -> String {
        guard name.contains(where: { !($0.isLetter || $0.isNumber || $0 == "_") }) else { return name }
        return "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
