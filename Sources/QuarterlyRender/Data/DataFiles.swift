import Foundation
import QuarterlyModel
import QuarterlySpreadsheet

/// Every open-data file of a site, as paths (relative to the output folder) and bytes.
public struct DataFiles: Sendable {
    public let graph: AssessedGraph
    public let links: Links
    public let words: Catalogue

    public init(graph: AssessedGraph, links: Links, words: Catalogue) {
        self.graph = graph
        self.links = links
        self.words = words
    }

    /// Made on every core: site.json (itself written in parallel), then every other file.
    public var all: [(path: String, data: Data)] {
        let tables = DataTables(graph: graph)
        let json = SiteJSON(graph: graph, links: links, words: words)
        let siteJSON = (path: SiteFile.siteJSON.path, data: json.data)
        let site = graph.site.title
        let measureColumns = tables.measureColumns
        let workbooks = DataWorkbooks(graph: graph, links: links, tables: tables)
        var files: [@Sendable () -> [(String, Data)]] = [
            {
                csv(
                    .measuresCSV, "\(site): measures by quarter", tables.measures(), measureColumns)
            },
            { csv(.actionsCSV, "\(site): actions by quarter", tables.actions(), DataTables.actionColumns) },
            {
                csv(.risksCSV, "\(site): risks and opportunities by quarter", tables.risks(), DataTables.riskColumns)
            },
            { [(SiteFile.siteSchema.path, Data(SiteSchema.text.utf8))] },
            { [(SiteFile.catalogue.path, DCATCatalogue(graph: graph, links: links).document.data)] },
            { [(SiteFile.measuresWorkbook.path, Data(XLSXWriter.bytes(workbooks.measureHistory())))] },
        ]
        for measure in graph.measures {
            let id = measure.id
            let title = "\(site): \(measure.ref) \(measure.title), by quarter"
            files.append { csv(.measureCSV(id), title, tables.measures(id: id), measureColumns) }
            files.append { [(SiteFile.measureJSON(id).path, json.measureData(id))] }
        }
        for quarter in graph.quarters {
            let id = quarter.id
            files.append {
                csv(
                    .quarterMeasures(id), "\(site): measures, \(id.label)", tables.measures(quarter: id), measureColumns
                )
            }
            files.append {
                csv(
                    .quarterActions(id), "\(site): actions, \(id.label)", tables.actions(quarter: id),
                    DataTables.actionColumns)
            }
            files.append { [(SiteFile.quarterWorkbook(id).path, Data(XLSXWriter.bytes(workbooks.quarter(id))))] }
        }
        return [siteJSON] + files.parallelMap { $0() }.joined().map { (path: $0.0, data: $0.1) }
    }

    /// A CSV file and its CSV on the Web metadata beside it. Every table's rows are one
    /// item in one quarter.
    func csv(_ file: SiteFile, _ title: String, _ table: CSVTable, _ columns: [ColumnDescription]) -> [(
        String, Data
    )] {
        let metadata = CSVWMetadata(file: file, title: title, columns: columns, primaryKey: ["id", "quarter"])
        return [
            (file.path, Data(table.text.utf8)),
            (file.metadata.path, metadata.document(site: graph.site, links: links).data),
        ]
    }
}
