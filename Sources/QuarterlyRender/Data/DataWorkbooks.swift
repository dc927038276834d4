import QuarterlyModel
import QuarterlySpreadsheet

/// The open data as spreadsheets, for those who open downloads in Excel: each quarter's
/// report (its measures, actions and risk scores) and every measure's history. A sheet
/// per table, with the same columns as the CSV files and real numbers shown with their
/// written decimals, and a Notes sheet with the licence, the source and what each column
/// holds (from the same declarations as the CSVW metadata). The sheets' names and the
/// notes are in the site's language (`data.workbook.*`); the column headers are the CSV's.
struct DataWorkbooks {
    let graph: AssessedGraph
    let links: Links
    let tables: DataTables
    var words: Catalogue { tables.words }

    func quarter(_ id: QuarterID) -> Workbook {
        let measures = tables.measureTable
        let names = (
            measures: words["data.workbook.sheet.measures"], actions: words["data.workbook.sheet.actions"],
            risks: words["data.workbook.sheet.risks"]
        )
        let (measureUpdates, actionUpdates) = (tables.measureUpdates(quarter: id), tables.actionUpdates(quarter: id))
        var sheets = [
            measures.sheet(names.measures, count: measureUpdates.count) { tables.measureRow(measureUpdates[$0]) },
            DataTables.actionTable.sheet(names.actions, count: actionUpdates.count) {
                tables.actionRow(actionUpdates[$0])
            },
        ]
        var described = [(names.measures, tables.measureColumns), (names.actions, tables.actionColumns)]
        let risks = tables.riskRows(quarter: id)
        if !risks.isEmpty {
            sheets.append(DataTables.riskTable.sheet(names.risks, risks))
            described.append((names.risks, tables.riskColumns))
        }
        let title = words.text(
            "data.workbook.quarter", ["title": .text(graph.site.title), "quarter": .message(id.name)])
        return Workbook(
            title: title, author: graph.site.organisation,
            sheets: sheets + [notes(title: title, source: links.url(.quarter, id.slug), described)])
    }

    func measureHistory() -> Workbook {
        let measures = tables.measureTable
        let title = words.text("data.workbook.measures", ["title": .text(graph.site.title)])
        let name = words["data.workbook.sheet.measures"]
        let updates = tables.measureUpdates()
        return Workbook(
            title: title, author: graph.site.organisation,
            sheets: [
                measures.sheet(name, count: updates.count) { tables.measureRow(updates[$0]) },
                notes(title: title, source: links.home, [(name, tables.measureColumns)]),
            ])
    }

    /// The licence and source, then a row for each column of each sheet.
    func notes(title: String, source: String, _ sheets: [(String, [ColumnDescription])]) -> Sheet {
        let site = graph.site
        let label = { (key: String) in Cell.text(words["data.workbook.notes." + key]) }
        let heading = { (key: String) in Cell.heading(words["data.workbook.notes." + key]) }
        var rows: [[Cell]] = [
            [heading("heading")],
            [label("title"), .text(title)],
            [label("publisher"), .text(site.organisation)],
            [label("licence"), .text(site.licence.name)],
            [label("licenceAddress"), .text(site.licence.url)],
            [label("source"), .text((links.origin ?? "") + source)],
            [label("figures"), label("figuresNote")],
            [],
            [heading("sheet"), heading("column"), heading("columnTitle"), heading("type"), heading("meaning")],
        ]
        for (sheet, columns) in sheets {
            for column in columns {
                rows.append([
                    .text(sheet), .text(column.name), .text(column.title), .text(column.type.rawValue),
                    .text(column.description),
                ])
            }
        }
        return Sheet(name: words["data.workbook.sheet.notes"], rows: rows, freezesHeader: false)
    }
}
