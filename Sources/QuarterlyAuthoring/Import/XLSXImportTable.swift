import Foundation
import QuarterlyModel
import QuarterlySpreadsheet

/// A sheet of an `.xlsx` file as an import table: the header is the first row that names
/// an `id`, `ref` or `area` column (so a title above it is passed over), else the first
/// row that holds anything; each later row with something in it is a row. Numbers read as the
/// sheet shows them (`80.0` in a cell formatted `0.0`, `65` for 65% in a percentage
/// cell), as Excel would write them into a CSV file.
enum XLSXImportTable {
    static func read(_ data: Data, path: String, sheet name: String?) throws(DiagnosticList) -> ImportTable {
        let sheet: ReadSheet
        do { sheet = try XLSXFile(data: data).sheet(name) } catch {
            throw DiagnosticList([
                Diagnostic(
                    path: path, code: .unreadableFile, message: "cannot read the spreadsheet: \(error.description)",
                    hint: "Save it from Excel or LibreOffice as an Excel workbook (.xlsx), or as CSV UTF-8.",
                    cell: error.sheet.map { sheet in
                        CellPlace.sheetReference(sheet) + (error.cell.map { "!" + $0 } ?? "")
                    })
            ])
        }
        let byRow = Dictionary(grouping: sheet.cells, by: \.reference.row)
        let numbers = byRow.keys.sorted()
        let keys = Set(["id", "ref"] + BenchmarkTable.areaColumns)
        guard
            let headerRow = numbers.first(where: { number in
                byRow[number]!.contains { keys.contains(ImportTable.columnName($0.value.text)) }
            }) ?? numbers.first
        else { return ImportTable(path: path, columns: [], rows: []) }
        func place(_ reference: CellReference) -> CellPlace {
            .cell(sheet: sheet.name, reference: reference.description)
        }
        var columnByIndex: [Int: ImportColumn] = [:]
        for cell in byRow[headerRow] ?? [] {
            let header = cell.value.text
            columnByIndex[cell.reference.column] = ImportColumn(
                name: ImportTable.columnName(header), header: header, place: place(cell.reference))
        }
        var rows: [ImportRow] = []
        for number in numbers where number > headerRow {
            var cells: [String: ImportCell] = [:]
            for cell in byRow[number] ?? [] {
                guard let column = columnByIndex[cell.reference.column], !cell.value.text.trimmed().isEmpty else {
                    continue
                }
                cells[column.name] = ImportCell(
                    text: cell.value.text, place: place(cell.reference), error: cell.value.errorText)
            }
            guard !cells.isEmpty else { continue }
            rows.append(
                ImportRow(place: place(CellReference(row: number, column: columnByIndex.keys.min() ?? 1)), cells: cells)
            )
        }
        return ImportTable(
            path: path, columns: columnByIndex.keys.sorted().map { columnByIndex[$0]! }, rows: rows)
    }
}

extension CellValue {
    /// The cell as text: a number as shown, a date as ISO, TRUE or FALSE.
    var text: String {
        switch self {
        case .text(let text), .number(let text), .date(let text), .error(let text): text
        case .boolean(let value): value ? "TRUE" : "FALSE"
        }
    }

    var errorText: String? {
        if case .error(let text) = self { return text }
        return nil
    }
}
