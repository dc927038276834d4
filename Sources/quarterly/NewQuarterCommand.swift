import ArgumentParser
import QuarterlyAuthoring
import QuarterlyModel

struct NewQuarterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-quarter",
        abstract: "Create a quarter's folder, with last quarter's updates carried over for review.")

    @Argument(help: "The quarter, e.g. 2019-20-q3.") var quarter: String
    @Option(name: .long, help: "The content folder.") var content = "content"

    func run() throws {
        let id = try QuarterArgument.parse(quarter)
        let graph = try ContentArgument.graph(content)
        let scaffold = QuarterScaffold(quarter: id, graph: graph)
        do { try scaffold.write(into: content) } catch {
            Console.error("error: \(error)")
            throw ContentErrors()
        }
        let updates = scaffold.files.count - 1
        print(
            "Created \(content)/quarters/\(id.slug)/ (\(id.label), draft) with \(updates) update\(updates == 1 ? "" : "s")"
                + (scaffold.source.map { " carried over from \($0.label)" } ?? ""))
        for file in scaffold.files { print("  \(content)/\(file.path)") }
        if updates > 0 {
            print(
                "Each update has a `review:` line: check it, write the commentary, then delete the line. A quarter cannot be published while any remain."
            )
        }
    }
}

/// A quarter named on the command line, e.g. `2019-20-q3`.
enum QuarterArgument {
    static func parse(_ text: String) throws -> QuarterID {
        guard let id = QuarterID(text) else {
            throw ValidationError(
                "`\(text)` is not a quarter: write it like 2019-20-q3 (financial year, then q1 to q4)")
        }
        return id
    }
}

/// The content graph, or its errors printed and exit status 1.
enum ContentArgument {
    static func graph(_ content: String) throws -> ContentGraph {
        do { return try ContentSnapshot.graph(of: content) } catch {
            for item in error.diagnostics { Console.error(item.description) }
            Console.error(
                "Fix these \(error.diagnostics.count) error\(error.diagnostics.count == 1 ? "" : "s") in \(content)/ first; nothing was written."
            )
            throw ContentErrors()
        }
    }
}
