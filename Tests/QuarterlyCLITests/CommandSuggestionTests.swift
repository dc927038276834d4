import Foundation
import QuarterlyTestSupport
import Testing

/// A mistyped command gets the nearest one; `--version` says which Quarterly this is.
@Suite("Command suggestions and version")
struct CommandSuggestionTests {
    @Test(arguments: [
        ("biuld", "Did you mean `build`?"),
        ("chek", "Did you mean `check`?"),
        ("serv", "Did you mean `serve`?"),
        ("new-qaurter", "Did you mean `new-quarter`?"),
        ("templtes", "Did you mean `templates`?"),
        ("deploy", "The commands are: init, build, check, new-quarter, import, publish, serve, schema, templates."),
    ])
    func aMistypedCommandSuggestsTheNearest(typed: String, message: String) throws {
        let result = try QuarterlyCommand.run([typed, "--content", "content"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("error: `\(typed)` is not a quarterly command. "), "\(result.stderr)")
        #expect(result.stderr.contains(message))
        #expect(result.stdout.isEmpty)
    }

    @Test func versionNamesTheReleaseAndCommit() throws {
        let result = try QuarterlyCommand.run(["--version"])
        #expect(result.status == 0)
        let version = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("VERSION"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(
            result.stdout.range(
                of: "^quarterly \(version)( \\(commit [0-9a-f]{7,40}\\))?\n$", options: .regularExpression) != nil,
            "\(result.stdout)")
    }
}
