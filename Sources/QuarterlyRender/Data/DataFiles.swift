import Foundation
import QuarterlyModel
import QuarterlySpreadsheet

/// Every open-data file of a site, as paths (relative to the output folder) and bytes.
public struct DataFiles: Sendable {
    public let graph: AssessedGraph
    public let links: Links
    public let words: Catalogue

    /// The updates' commentary as the pages render it (`SiteRenderer.commentary`).
    let commentary: RenderedCommentary

    public init(
        graph: AssessedGraph, links: Links, words: Catalogue, commentary: RenderedCommentary = RenderedCommentary()
    ) {
        self.graph = graph
        self.links = links
        self.words = words
        self.commentary = commentary
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
        let siteJSON = SiteJSON(graph: graph, links: links, words: words, commentary: commentary)
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
            job(.measuresCSV.metadata, [.kind(.measure, through: nil)]) {
                [files.metadata(.measuresCSV, files.title("measures"), columns.get.measures)]
            },
            job(.actionsCSV.metadata, [.kind(.action, through: nil)]) {
                [files.metadata(.actionsCSV, files.title("actions"), columns.get.actions)]
            },
            job(.risksCSV, [.kind(.risk, through: nil)]) {
                files.csv(.risksCSV, files.title("risks"), tables.risks(), tables.riskColumns)
            },
            job(.siteSchema, []) { [(SiteFile.siteSchema.path, Data(SiteSchema.text.utf8))] },
            // Which quarters each kind has updates in, known from the paths alone.
            OutputJob(
                name: SiteFile.catalogue.path,
                segments: DCATCatalogue(graph: graph, links: links, words: words).segments),
            job(.measuresWorkbook, [.kind(.measure, through: nil)]) {
                [(SiteFile.measuresWorkbook.path, Data(XLSXWriter.bytes(workbooks.measureHistory())))]
            },
        ]
        // The whole site's tables in parts, an item's rows each: an edit makes its item's again.
        let measureTable = tables.measureTable
        jobs.append(
            OutputJob(
                name: SiteFile.measuresCSV.path,
                segments: Self.parts(
                    header: measureTable.table([]).headerText, kind: .measure, ids: graph.measures.map(\.id)
                ) {
                    measureTable.table(tables.measureRows(id: $0)).rowsText
                }))
        jobs.append(
            OutputJob(
                name: SiteFile.actionsCSV.path,
                segments: Self.parts(
                    header: DataTables.actionTable.table([]).headerText, kind: .action, ids: graph.actions.map(\.id)
                ) {
                    DataTables.actionTable.table(tables.actionRows(id: $0)).rowsText
                }))
        // Each measure's makers share these two, rather than each holding its own copies of
        // the files, tables and site.json (hundreds of bytes, for thousands of measures).
        let measureCSV: @Sendable (String, String) -> [(String, Data)] = { id, fileTitle in
            files.csv(.measureCSV(id), fileTitle, tables.measures(id: id), columns.get.measures)
        }
        let measureJSON: @Sendable (String) -> Data = { siteJSON.measureData($0) }
        for measure in graph.measures {
            let id = measure.id
            let reads = ContentRead.item(.measure, id, in: graph)
            let fileTitle = title("measure", ["ref": .text(measure.ref), "measure": .text(measure.title)])
            jobs.append(job(.measureCSV(id), reads) { measureCSV(id, fileTitle) })
            jobs.append(job(.measureJSON(id), reads) { [(SiteFile.measureJSON(id).path, measureJSON(id))] })
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
        [(file.path, Data(table.text.utf8)), metadata(file, title, columns)]
    }

    /// The CSV on the Web metadata of a CSV file.
    func metadata(_ file: SiteFile, _ title: String, _ columns: [ColumnDescription]) -> (String, Data) {
        let metadata = CSVWMetadata(file: file, title: title, columns: columns, primaryKey: ["id", "quarter"])
        return (file.metadata.path, metadata.document(site: graph.site, links: links).data)
    }

    /// A table of every item of a kind, in parts: the header (what every file reads), then
    /// each item's rows (its own updates).
    static func parts(
        header: String, kind: ContentKind, ids: [String], rows: @escaping @Sendable (String) -> String
    ) -> [OutputSegment] {
        [OutputSegment(reads: []) { Array(header.utf8) }]
            + ids.map { id in OutputSegment(reads: [.item(kind, id)]) { Array(rows(id).utf8) } }
    }
}
