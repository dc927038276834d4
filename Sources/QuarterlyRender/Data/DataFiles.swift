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
        let tables = DataTables(graph: graph, words: words)
        let json = SiteJSON(graph: graph, links: links, words: words)
        let siteJSON = (path: SiteFile.siteJSON.path, data: json.data)
        let measureColumns = tables.measureColumns
        let actionColumns = tables.actionColumns
        let workbooks = DataWorkbooks(graph: graph, links: links, tables: tables)
        var files: [@Sendable () -> [(String, Data)]] = [
            { csv(.measuresCSV, title("measures"), tables.measures(), measureColumns) },
            { csv(.actionsCSV, title("actions"), tables.actions(), actionColumns) },
            { csv(.risksCSV, title("risks"), tables.risks(), tables.riskColumns) },
            { [(SiteFile.siteSchema.path, Data(SiteSchema.text.utf8))] },
            { [(SiteFile.catalogue.path, DCATCatalogue(graph: graph, links: links, words: words).document.data)] },
            { [(SiteFile.measuresWorkbook.path, Data(XLSXWriter.bytes(workbooks.measureHistory())))] },
        ]
        for measure in graph.measures {
            let id = measure.id
            let fileTitle = title("measure", ["ref": .text(measure.ref), "measure": .text(measure.title)])
            files.append { csv(.measureCSV(id), fileTitle, tables.measures(id: id), measureColumns) }
            files.append { [(SiteFile.measureJSON(id).path, json.measureData(id))] }
        }
        for quarter in graph.quarters {
            let id = quarter.id
            let name: [String: MessageArgument] = ["quarter": .message(id.name)]
            files.append {
                csv(.quarterMeasures(id), title("quarterMeasures", name), tables.measures(quarter: id), measureColumns)
            }
            files.append {
                csv(.quarterActions(id), title("quarterActions", name), tables.actions(quarter: id), actionColumns)
            }
            files.append { [(SiteFile.quarterWorkbook(id).path, Data(XLSXWriter.bytes(workbooks.quarter(id))))] }
        }
        return [siteJSON] + files.parallelMap { $0() }.joined().map { (path: $0.0, data: $0.1) }
    }

    /// A CSV file's title in its metadata (`data.file.<key>`), which names the site's plan.
    func title(_ key: String, _ arguments: [String: MessageArgument] = [:]) -> String {
        words.text("data.file." + key, arguments.merging(["title": .text(graph.site.title)]) { own, _ in own })
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
