import ArgumentParser
import Foundation
import QuarterlyAuthoring
import QuarterlyModel

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Write measure values from a spreadsheet (CSV) into a quarter's updates.",
        discussion:
            "Columns: `id` or `ref`, `value`, and optionally `display` and `commentary`. See docs/import-sample.csv.")

    @Argument(help: "The CSV file (UTF-8; Excel's \"CSV UTF-8\" export).") var file: String
    @Option(name: .long, help: "The quarter to write into, e.g. 2019-20-q3.") var quarter: String
    @Option(name: .long, help: "The content folder.") var content = "content"
    @Flag(name: .long, help: "Replace commentary the updates already have.") var force = false
    @Flag(name: .customLong("dry-run"), help: "Show what would change and write nothing.") var dryRun = false

    func run() throws {
        let id = try QuarterArgument.parse(quarter)
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("cannot read \(file)")
        }
        let graph = try ContentArgument.graph(content)
        let result: MeasureImport
        do {
            result = try MeasureImport(
                csv: [UInt8](data), csvPath: file, quarter: id, graph: graph, contentDirectory: content, force: force)
        } catch {
            for item in error.diagnostics { Console.error(item.description) }
            Console.error(
                "Nothing was written: fix the \(error.diagnostics.errors.count) problem\(error.diagnostics.errors.count == 1 ? "" : "s") above and run it again."
            )
            throw ContentErrors()
        }
        for item in result.warnings { Console.error(item.description) }
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
