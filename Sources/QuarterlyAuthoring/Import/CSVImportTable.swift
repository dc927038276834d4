import CSV
import QuarterlyContent
import QuarterlyModel

/// A CSV file as an import table: UTF-8 with or without a byte-order mark (Excel's "CSV
/// UTF-8"), a header row, and cells that may span lines inside quotes.
enum CSVImportTable {
    static func read(_ bytes: [UInt8], path: String) throws(DiagnosticList) -> ImportTable {
        let text: String
        switch SourceText.decode(bytes: bytes, displayPath: path, relativePath: path) {
        case .success(let source): text = source.text
        case .failure(let problem): throw DiagnosticList([problem])
        }
        let reader: CSVReader
        do { reader = try CSVReader(string: text, hasHeaderRow: true) } catch {
            throw DiagnosticList([
                Diagnostic(
                    path: path, code: .csvSyntax, message: "cannot read the CSV: \(error)",
                    hint: "Export the sheet as CSV (comma-separated, UTF-8).")
            ])
        }
        let header = reader.headerRow ?? []
        let columns = header.enumerated().map { index, name in
            ImportColumn(name: ImportTable.columnName(name), header: name, place: .line(1, column: index + 1))
        }
        var rows: [ImportRow] = []
        var line = 1 + header.reduce(1) { $0 + $1.filter { $0 == "\n" }.count }
        while let cells = reader.next() {
            defer { line += cells.reduce(1) { $0 + $1.filter { $0 == "\n" }.count } }
            var named: [String: ImportCell] = [:]
            for (index, cell) in cells.enumerated() where index < columns.count && !cell.trimmed().isEmpty {
                named[columns[index].name] = ImportCell(text: cell, place: .line(line, column: 1))
            }
            guard !named.isEmpty else { continue }
            rows.append(ImportRow(place: .line(line, column: 1), cells: named))
        }
        if let error = reader.error {
            throw DiagnosticList([
                Diagnostic(
                    path: path, position: TextPosition(line: line, column: 1), code: .csvSyntax,
                    message: "cannot read the CSV: \(error)",
                    hint: "Check this row's quotes: a cell with a comma or line break must be in double quotes.")
            ])
        }
        return ImportTable(path: path, columns: columns, rows: rows)
    }
}
