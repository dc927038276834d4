import Foundation
import QuarterlyModel

/// Every open-data file of a site, as paths (relative to the output folder) and bytes.
public struct DataFiles: Sendable {
    public let graph: ContentGraph
    public let links: Links

    public init(graph: ContentGraph, links: Links) {
        self.graph = graph
        self.links = links
    }

    public var all: [(path: String, data: Data)] {
        let tables = DataTables(graph: graph)
        let json = SiteJSON(graph: graph, schemaURL: (graph.site.origin ?? "") + links.data("site.schema.json"))
        var files: [(String, Data)] = [
            ("data/measures.csv", Data(tables.measures().text.utf8)),
            ("data/actions.csv", Data(tables.actions().text.utf8)),
            ("data/measures.csv-metadata.json", metadata(for: "measures.csv", columns: DataTables.measureColumns)),
            ("data/actions.csv-metadata.json", metadata(for: "actions.csv", columns: DataTables.actionColumns)),
            ("data/risks.csv", Data(tables.risks().text.utf8)),
            ("data/site.json", json.data),
            ("data/site.schema.json", Data(SiteSchema.text.utf8)),
        ]
        for measure in graph.measures {
            files.append(("measures/\(measure.id).csv", Data(tables.measures(id: measure.id).text.utf8)))
            files.append(("measures/\(measure.id).json", json.measureData(measure.id)))
        }
        for quarter in graph.quarters {
            files.append(("quarters/\(quarter.id.slug)/measures.csv", Data(tables.measures(quarter: quarter.id).text.utf8)))
            files.append(("quarters/\(quarter.id.slug)/actions.csv", Data(tables.actions(quarter: quarter.id).text.utf8)))
        }
        return files
    }

    /// CSV on the Web metadata: how a CSV file carries its licence, publisher and columns.
    func metadata(for file: String, columns: [String]) -> Data {
        let site = graph.site
        let document: [String: Any] = [
            "@context": "http://www.w3.org/ns/csvw",
            "url": file,
            "dc:title": "\(site.title): \(file == "measures.csv" ? "measures" : "actions") by quarter",
            "dc:publisher": site.organisation,
            "dc:license": ["@id": site.licence.url],
            "dc:source": (site.origin ?? "") + links.home,
            "tableSchema": ["columns": columns.map { ["name": $0, "titles": $0] }],
        ]
        return jsonData(document)
    }
}
