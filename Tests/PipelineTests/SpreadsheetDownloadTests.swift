import Foundation
import QuarterlyModel
import QuarterlySpreadsheet
import QuarterlyTestSupport
import Testing

/// The spreadsheets a site publishes, opened by LibreOffice: every sheet holds the same
/// cells as the CSV file it stands for, numbers as written.
@Suite struct SpreadsheetDownloadTests {
    @Test func theSpreadsheetsRoundTripThroughLibreOfficeToTheCSVFiles() throws {
        try Fixtures.withBuiltSite(Fixtures.lancashireContent) { output, _ in
            let converted = Fixtures.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: converted) }
            let quarter = "2019-20-q3"
            let history = output.appendingPathComponent("data/measures.xlsx")
            let report = output.appendingPathComponent("quarters/\(quarter)/\(quarter).xlsx")
            try LibreOffice.convert([history, report], filter: LibreOffice.csvOfEverySheet, into: converted)
            func sheet(_ name: String) throws -> [[String]] {
                DataFileTests.parseCSV(
                    try String(contentsOf: converted.appendingPathComponent(name + ".csv"), encoding: .utf8))
            }
            // A CSV cell neutralised against formulas (`'-2.52%`) is text a spreadsheet shows
            // without its apostrophe; the workbook's text cells never run, so need none.
            func csv(_ path: String) -> [[String]] {
                DataFileTests.parseCSV(Fixtures.read(output.appendingPathComponent(path))).map { row in
                    row.map { cell in
                        cell.hasPrefix("'") && cell.dropFirst().first.map { "=+-@\t\r".contains($0) } == true
                            ? String(cell.dropFirst()) : cell
                    }
                }
            }
            let measures = csv("data/measures.csv")
            #expect(measures.count > 50)
            #expect(try sheet("measures-Measures") == measures)
            #expect(try sheet("\(quarter)-Measures") == csv("quarters/\(quarter)/measures.csv"))
            #expect(try sheet("\(quarter)-Actions") == csv("quarters/\(quarter)/actions.csv"))
            let risks = csv("data/risks.csv")
            let quarterColumn = try #require(risks.first?.firstIndex(of: "quarter"))
            let quarterRisks = [risks[0]] + risks.dropFirst().filter { $0[quarterColumn] == quarter }
            #expect(quarterRisks.count > 5)
            #expect(try sheet("\(quarter)-Risks") == quarterRisks)
            let notes = try sheet("\(quarter)-Notes")
            #expect(notes.contains { $0.first == "Licence" && $0.dropFirst().first == "Open Government Licence v3.0" })
            #expect(notes.contains { $0.prefix(4) == ["Measures", "value", "Value", "decimal"] })
        }
    }

    /// Read back by our own reader: numbers are stored as numbers, dates as dates.
    @Test func cellsAreTypedAsTheirColumns() throws {
        let content = try Fixtures.minimalSite(with: [
            "quarters/2019-20-q2/measures/foster-carers.md": "---\nvalue: 184.0\ncomparators:\n  England: 190.50\n---\n"
        ])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try Fixtures.withBuiltSite(content) { output, _ in
            let data = try Data(contentsOf: output.appendingPathComponent("quarters/2019-20-q2/2019-20-q2.xlsx"))
            let file = try XLSXFile(data: data)
            #expect(file.sheetNames == ["Measures", "Actions", "Notes"])
            let cells = try file.sheet("Measures").cells
            let header = cells.filter { $0.reference.row == 1 }.map(\.value)
            func cell(_ column: String, row: Int) -> CellValue? {
                guard let index = header.firstIndex(of: .text(column)) else { return nil }
                return cells.first { $0.reference.row == row && $0.reference.column == index + 1 }?.value
            }
            let row = try #require(
                cells.first { $0.value == .text("foster-carers") }?.reference.row)
            #expect(cell("value", row: row) == .number("184.0"))
            #expect(cell("comparator_england", row: row) == .number("190.50"))
            #expect(cell("period_end", row: row) == .date("2019-09-30"))
            #expect(cell("ref", row: row) == .text("M1.3"))
        }
    }
}
