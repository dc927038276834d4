import QuarterlyModel
import QuarterlySpreadsheet

/// The open data as spreadsheets, for those who open downloads in Excel: each quarter's
/// report (its measures, actions and risk scores) and every measure's history. A sheet
/// per table, with the same columns as the CSV files and real numbers shown with their
/// written decimals, and a Notes sheet with the licence, the source and what each column
/// holds (from the same declarations as the CSVW metadata).
struct DataWorkbooks {
    let graph: AssessedGraph
    let links: Links
    let tables: DataTables

    func quarter(_ id: QuarterID) -> Workbook {
        let measures = tables.measureTable
        var sheets = [
            measures.sheet("Measures", tables.measureRows(quarter: id)),
            DataTables.actionTable.sheet("Actions", tables.actionRows(quarter: id)),
        ]
        var described = [("Measures", measures.descriptions), ("Actions", DataTables.actionColumns)]
        let risks = tables.riskRows(quarter: id)
        if !risks.isEmpty {
            sheets.append(DataTables.riskTable.sheet("Risks", risks))
            described.append(("Risks", DataTables.riskColumns))
        }
        let title = "\(graph.site.title): \(id.label) progress report"
        return Workbook(
            title: title, author: graph.site.organisation,
            sheets: sheets + [notes(title: title, source: links.url(.quarter, id.slug), described)])
    }

    func measureHistory() -> Workbook {
        let measures = tables.measureTable
        let title = "\(graph.site.title): every measure by quarter"
        return Workbook(
            title: title, author: graph.site.organisation,
            sheets: [
                measures.sheet("Measures", tables.measureRows()),
                notes(title: title, source: links.home, [("Measures", measures.descriptions)]),
            ])
    }

    /// The licence and source, then a row for each column of each sheet.
    func notes(title: String, source: String, _ sheets: [(String, [ColumnDescription])]) -> Sheet {
        let site = graph.site
        var rows: [[Cell]] = [
            [.heading("About this spreadsheet")],
            [.text("Title"), .text(title)],
            [.text("Publisher"), .text(site.organisation)],
            [.text("Licence"), .text(site.licence.name)],
            [.text("Licence address"), .text(site.licence.url)],
            [.text("Source"), .text((links.origin ?? "") + source)],
            [
                .text("Figures"),
                .text(
                    "As the council published them, each shown with the decimal places it was written with. Empty cells have no value."
                ),
            ],
            [],
            [.heading("Sheet"), .heading("Column"), .heading("Title"), .heading("Type"), .heading("Meaning")],
        ]
        for (sheet, columns) in sheets {
            for column in columns {
                rows.append([
                    .text(sheet), .text(column.name), .text(column.title), .text(column.type.rawValue),
                    .text(column.description),
                ])
            }
        }
        return Sheet(name: "Notes", rows: rows, freezesHeader: false)
    }
}
