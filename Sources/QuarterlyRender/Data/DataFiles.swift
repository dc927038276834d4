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

    /// Made on every core: site.json (its parts in parallel), then every other file.
    public var all: [(path: String, data: Data)] {
        let jobs = self.jobs
        return jobs[0].make() + Array(jobs.dropFirst()).parallelMap { $0.make() }.joined()
    }

    /// Every open-data file to make, site.json first, each with what it reads.
    public var jobs: [OutputJob] {
        let graph = graph
        let tables = DataTables(graph: graph, words: words)
        // Each made only when a job that needs it is made (not when every file is reused).
        // Made on demand, so cheap to make: each measure update's JSON is made when first
        // asked for, by site.json or a measure's own file, and shared by both.
        let siteJSON = SiteJSON(graph: graph, links: links, words: words)
        let columns = OnDemand { (measures: tables.measureColumns, actions: tables.actionColumns) }
        let workbooks = DataWorkbooks(graph: graph, links: links, tables: tables)
        let files = self
        func job(_ file: SiteFile, _ reads: [ContentRead], _ make: @escaping @Sendable () -> [(String, Data)])
            -> OutputJob
        {
            OutputJob(name: file.path, reads: reads) { make().map { (path: $0.0, data: $0.1) } }
        }
        var jobs: [OutputJob] = [
            OutputJob(
                name: SiteFile.siteJSON.path,
                segments: siteJSON.segments),
            job(.measuresCSV, [.kind(.measure, through: nil)]) {
                files.csv(.measuresCSV, files.title("measures"), tables.measures(), columns.get.measures)
            },
            job(.actionsCSV, [.kind(.action, through: nil)]) {
                files.csv(.actionsCSV, files.title("actions"), tables.actions(), columns.get.actions)
            },
            job(.risksCSV, [.kind(.risk, through: nil)]) {
                files.csv(.risksCSV, files.title("risks"), tables.risks(), tables.riskColumns)
            },
            job(.siteSchema, []) { [(SiteFile.siteSchema.path, Data(SiteSchema.text.utf8))] },
            // Which quarters each kind has updates in, known from the paths alone.
            job(.catalogue, []) {
                [
                    (
                        SiteFile.catalogue.path,
                        DCATCatalogue(graph: graph, links: files.links, words: files.words).document.data
                    )
                ]
            },
            job(.measuresWorkbook, [.kind(.measure, through: nil)]) {
                [(SiteFile.measuresWorkbook.path, Data(XLSXWriter.bytes(workbooks.measureHistory())))]
            },
        ]
        for measure in graph.measures {
            let id = measure.id
            let reads = ContentRead.item(.measure, id, in: graph)
            let fileTitle = title("measure", ["ref": .text(measure.ref), "measure": .text(measure.title)])
            jobs.append(
                job(.measureCSV(id), reads) {
                    files.csv(.measureCSV(id), fileTitle, tables.measures(id: id), columns.get.measures)
                })
            jobs.append(
                job(.measureJSON(id), reads) { [(SiteFile.measureJSON(id).path, siteJSON.measureData(id))] })
        }
        for quarter in graph.quarters {
            let id = quarter.id
            let name: [String: MessageArgument] = ["quarter": .message(id.name)]
            let reads: [ContentRead] = [
                .kind(.measure, through: id), .kind(.action, through: id), .kind(.risk, through: id),
            ]
            jobs.append(
                job(.quarterMeasures(id), [reads[0]]) {
                    files.csv(
                        .quarterMeasures(id), files.title("quarterMeasures", name), tables.measures(quarter: id),
                        columns.get.measures)
                })
            jobs.append(
                job(.quarterActions(id), [reads[1]]) {
                    files.csv(
                        .quarterActions(id), files.title("quarterActions", name), tables.actions(quarter: id),
                        columns.get.actions)
                })
            jobs.append(
                job(.quarterWorkbook(id), reads) {
                    [(SiteFile.quarterWorkbook(id).path, Data(XLSXWriter.bytes(workbooks.quarter(id))))]
                })
        }
        return jobs
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
