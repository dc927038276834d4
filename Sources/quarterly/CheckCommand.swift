import ArgumentParser
import QuarterlyBuild
import QuarterlyModel

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check the content for problems without writing anything.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// `path:line:col: error: message [code]` and a hint, for people and editors.
        case text
        /// GitHub Actions workflow commands, so pull requests show problems on their lines.
        case github
    }

    @Option(name: .long, help: "The content folder.") var content = "content"
    @Option(name: .long, help: "How to print problems: text, or github (Actions annotations).") var format: Format =
        .text

    func run() throws {
        let diagnostics = SiteBuilder.check(contentDirectory: content)
        switch format {
        case .text:
            for item in diagnostics { Console.error(item.description) }
        // Workflow commands are read from standard output.
        case .github:
            for item in diagnostics { print(GitHubAnnotation.line(for: item)) }
        }
        let errors = diagnostics.errors.count
        let warnings = diagnostics.warnings.count
        if errors > 0 {
            Console.error("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            throw ContentErrors()
        }
        let summary =
            "No errors in \(content)/" + (warnings > 0 ? " (\(warnings) warning\(warnings == 1 ? "" : "s"))" : "")
        if format == .github { Console.error(summary) } else { print(summary) }
    }
}
