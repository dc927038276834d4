import Foundation
import QuarterlyModel

/// Every open-data file of a site, as paths (relative to the output folder) and bytes.
public struct DataFiles: Sendable {
    public let graph: AssessedGraph
    public let links: Links

    public init(graph: AssessedGraph, links: Links) {
        self.graph = graph
        self.links = links
    }

    /// Made on every core: site.json (itself written in parallel), then every other file.
    public var all: [(path: String, data: Data)] {
        let tables = DataTables(graph: graph)
        let json = SiteJSON(graph: graph, links: links)
        let siteJSON = (path: SiteFile.siteJSON.path, data: json.data)
        var files: [@Sendable () -> (String, Data)] = [
            { (SiteFile.measuresCSV.path, Data(tables.measures().text.utf8)) },
            { (SiteFile.actionsCSV.path, Data(tables.actions().text.utf8)) },
            { (SiteFile.measuresMetadata.path, metadata(for: "measures.csv", columns: DataTables.measureColumns)) },
            { (SiteFile.actionsMetadata.path, metadata(for: "actions.csv", columns: DataTables.actionColumns)) },
            { (SiteFile.risksCSV.path, Data(tables.risks().text.utf8)) },
            { (SiteFile.siteSchema.path, Data(SiteSchema.text.utf8)) },
        ]
        for measure in graph.measures {
            let id = measure.id
            files.append { (SiteFile.measureCSV(id).path, Data(tables.measures(id: id).text.utf8)) }
            files.append { (SiteFile.measureJSON(id).path, json.measureData(id)) }
        }
        for quarter in graph.quarters {
            let id = quarter.id
            files.append { (SiteFile.quarterMeasures(id).path, Data(tables.measures(quarter: id).text.utf8)) }
            files.append { (SiteFile.quarterActions(id).path, Data(tables.actions(quarter: id).text.utf8)) }
        }
        return [siteJSON] + files.parallelMap { $0() }.map { (path: $0.0, data: $0.1) }
    }

    /// CSV on the Web metadata: how a CSV file carries its licence, publisher and columns.
    func metadata(for file: String, columns: [String]) -> Data {
        let site = graph.site
        let document: [String: any JSONConvertible] = [
            "@context": "http://www.w3.org/ns/csvw",
            "url": file,
            "dc:title": "\(site.title): \(file == "measures.csv" ? "measures" : "actions") by quarter",
            "dc:publisher": site.organisation,
            "dc:license": ["@id": site.licence.url],
            "dc:source": (links.origin ?? "") + links.home,
            "tableSchema": JSONValue.object(["columns": columns.map { ["name": $0, "titles": $0] }.json]),
        ]
        return JSONValue.object(compact: document).data
    }
}
