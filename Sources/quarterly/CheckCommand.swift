import ArgumentParser
import QuarterlyBuild
import QuarterlyModel

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the content for problems without writing anything.")

    @Option(name: .long, help: "The content folder.") var content = "content"

    func run() throws {
        let diagnostics = SiteBuilder.check(contentDirectory: content)
        diagnostics.forEach { Console.error($0.description) }
        let errors = diagnostics.errors.count, warnings = diagnostics.warnings.count
        if errors > 0 {
            Console.error("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            throw ContentErrors()
        }
        print("No errors in \(content)/" + (warnings > 0 ? " (\(warnings) warning\(warnings == 1 ? "" : "s"))" : ""))
    }
}
