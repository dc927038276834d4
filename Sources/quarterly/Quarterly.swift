import ArgumentParser
import Foundation
import QuarterlyBuild
import QuarterlyBuiltins

/// `quarterly`: a thin shell over QuarterlyBuild. Exit codes: 0 success, 1 content
/// errors, 2 usage errors.
@main
struct Quarterly: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quarterly",
        abstract: "Builds a council's quarterly performance reports into an accessible static website.",
        version: Builtins.versionLine,
        subcommands: [
            InitCommand.self, BuildCommand.self, CheckCommand.self, NewQuarterCommand.self, ImportCommand.self,
            PublishCommand.self,
            ServeCommand.self, SchemaCommand.self, TemplatesCommand.self,
        ])

    static func main() {
        ProcessMemory.returnLargeBuffers()
        // swift-argument-parser says only "Unexpected argument" for a mistyped command.
        if let unknown = CommandSuggestion.unknownCommand(in: Array(CommandLine.arguments.dropFirst())) {
            Console.error("error: \(unknown)")
            Console.error("    hint: `quarterly --help` lists the commands.")
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ContentErrors {
            Foundation.exit(exit.code)
        } catch {
            let code = exitCode(for: error)
            // swift-argument-parser uses EX_USAGE (64); we promise 2 for usage errors.
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Thrown after the problems are printed, to exit with status 1.
struct ContentErrors: Error {
    let code: Int32 = 1
}

/// Standard error, for problems; standard output is for results.
enum Console {
    static func error(_ text: String) {
        write(text + "\n")
    }

    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
