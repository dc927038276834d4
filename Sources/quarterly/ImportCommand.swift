import ArgumentParser
import Foundation
import QuarterlyAuthoring
import QuarterlyModel

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write figures, statuses and commentary from a spreadsheet (.xlsx or CSV) into a quarter's updates.",
        discussion: """
            Columns: `id` or `ref`, then any of `value`, `display`, `rag`, `rag_reason`, `commentary` and one \
            per comparator (`England`). A benchmarking export (columns `area`, `period`, `value`, and `metric` \
            when it holds several) gives comparator figures, mapped by `benchmarks:` in site.yml. \
            See docs/quarterly-update.md.
            """)

    @Argument(help: "The spreadsheet: an Excel workbook (.xlsx) or a CSV file (UTF-8; Excel's \"CSV UTF-8\").")
    var file: String
    @Option(name: .long, help: "The quarter to write into, e.g. 2019-20-q3.") var quarter: String
    @Option(name: .long, help: "The .xlsx sheet to read (its first sheet when left out).") var sheet: String?
    @Option(name: .long, help: "Benchmarking data: the period to take, as the file writes it (e.g. 2018/19).")
    var period: String?
    @Option(name: .long, help: "Benchmarking data without a metric column: the measure it is for.") var measure: String?
    @Option(name: .long, help: "The content folder.") var content = "content"
    @Flag(name: .long, help: "Replace commentary the updates already have.") var force = false
    @Flag(name: .customLong("dry-run"), help: "Show what would change and write nothing.") var dryRun = false

    func run() throws {
        let id = try QuarterArgument.parse(quarter)
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("cannot read \(file)")
        }
        let graph = try ContentArgument.graph(content)
        let result: SpreadsheetImport
        do {
            result = try SpreadsheetImport(
                file: data, path: file, sheet: sheet, quarter: id, graph: graph, contentDirectory: content,
                force: force, benchmark: BenchmarkOptions(period: period, measure: measure))
        } catch {
            for item in error.diagnostics { Console.error(item.description) }
            let count = error.diagnostics.errors.count
            Console.error(
                "Nothing was written: fix the \(count) problem\(count == 1 ? "" : "s") above and run it again.")
            throw ContentErrors()
        }
        for item in result.warnings { Console.error(item.description) }
        if let note = result.note { print("Read \(file) as \(note).") }
        for change in result.changes {
            let what =
                change.created
                ? ["created"] + change.details : (change.details.isEmpty ? ["unchanged"] : change.details)
            print("\(content)/\(change.path): \(what.joined(separator: "; "))")
        }
        let changed = result.changes.filter(\.changesFile).count
        if dryRun {
            print("Dry run: \(changed) file\(changed == 1 ? "" : "s") would change; nothing was written.")
        } else {
            try result.write(into: content)
            print(
                "Imported \(result.changes.count) row\(result.changes.count == 1 ? "" : "s"): \(changed) file\(changed == 1 ? "" : "s") changed. Run `quarterly check` to see the statuses they give."
            )
        }
    }
}
