import ArgumentParser
import Foundation
import QuarterlyAuthoring

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a council's site: a small working example, with a README and a CI workflow that publishes it.",
        discussion:
            "Writes site.yml, an outcome, an action, a measure and a draft quarter, a README for your team, .gitignore "
            + "and a GitHub Actions workflow into DIR, which must be new or empty. It checks clean and builds at once.")

    @Argument(help: "The folder for the new site (new or empty).") var folder = "."
    @Option(name: .long, help: "The council or body publishing the reports, e.g. \"Exampleshire County Council\".")
    var organisation: String?
    @Option(name: .long, help: "The site's title, e.g. the plan's name: \"Council Plan 2025 to 2029\".")
    var title: String?

    func run() throws {
        let organisation =
            try self.organisation ?? Self.ask("Organisation (e.g. Exampleshire County Council)", "--organisation")
        let title = try self.title ?? Self.ask("Title (e.g. Council Plan 2025 to 2029)", "--title")
        let starter = SiteStarter(organisation: organisation, title: title)
        do { try starter.write(into: folder) } catch {
            Console.error("error: \(error)")
            Console.error("    hint: Name a new folder for the site, e.g. `quarterly init council-plan`.")
            throw ContentErrors()
        }
        let shown = folder == "." ? "this folder" : "\(folder)/"
        print("Started \(organisation)'s \(title) in \(shown), with a draft report for \(starter.quarter.label):")
        for file in starter.files { print("  \(file.path)") }
        print("")
        print("Next:")
        if folder != "." { print("  cd \(Self.shellWord(folder))") }
        print("  quarterly serve    preview it, the draft included, at http://127.0.0.1:8000/")
        print("  quarterly check    check the content")
        print("  quarterly build    build the public site into public/ (drafts are left out)")
        print("README.md says how to replace the example with your plan and publish it from GitHub.")
    }

    /// Asks on a terminal; elsewhere (a script, CI) the option must be given.
    static func ask(_ question: String, _ option: String) throws -> String {
        guard isatty(STDIN_FILENO) == 1 else {
            throw ValidationError("\(option) is needed: give it on the command line (there is no terminal to ask on)")
        }
        while true {
            Console.write(question + ": ")
            guard let line = readLine() else { throw ValidationError("\(option) is needed") }
            let answer = line.trimmingCharacters(in: .whitespaces)
            if !answer.isEmpty { return answer }
        }
    }

    /// A folder name as it can be typed in a shell.
    static func shellWord(_ text: String) -> String {
        text.allSatisfy { $0.isLetter || $0.isNumber || "-_./".contains($0) }
            ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
