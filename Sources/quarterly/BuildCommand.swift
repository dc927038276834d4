import ArgumentParser
import Foundation
import QuarterlyBuild
import QuarterlyModel

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the site from content and templates into the output folder.")

    @Option(name: .long, help: "The content folder.") var content = "content"
    @Option(
        name: .long,
        help:
            "A folder of templates and assets replacing the built-in ones of the same names (default: templates/ beside the content folder, if there is one)."
    ) var templates: String?
    @Option(name: .long, help: "The output folder (replaced only when the build succeeds).") var output = "public"
    @Option(name: .customLong("base-url"), help: "Where the site will be hosted; overrides base_url in site.yml.")
    var baseURL: String?
    @Flag(name: .long, help: "Include draft quarters (every page then says DRAFT).") var drafts = false
    @Flag(name: .long, help: "Print each build step with its time.") var verbose = false
    @Flag(name: .customLong("no-search"), help: "Do not index the site for search, even when pagefind is installed.")
    var noSearch = false
    @Flag(
        name: .customLong("no-pdf"),
        help: "Do not print the published reports to PDF, even when Chromium is installed.")
    var noPDF = false
    @Flag(
        name: .customLong("no-cache"),
        help: "Make every file again, rather than keep those of the last build whose sources are unchanged.")
    var noCache = false

    /// `$XDG_CACHE_HOME/quarterly`, else `~/.cache/quarterly`; nil without either.
    static func cacheFolder(_ environment: [String: String]) -> String? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/quarterly" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/quarterly" }
        return nil
    }

    func validate() throws {
        if let baseURL, let problem = SiteAddress.problem(baseURL, name: "--base-url") {
            throw ValidationError(problem)
        }
    }

    func run() throws {
        Interruption.removeStagingFoldersOnSignals()
        var options = BuildOptions(
            contentDirectory: content,
            templatesDirectory: templates ?? TemplateFolder.overlay(besideContent: content),
            outputDirectory: output,
            baseURL: baseURL, includeDrafts: drafts, searchIndex: !noSearch,
            printReports: !noPDF)
        options.reuseOutput = !noCache
        options.cacheFolder = Self.cacheFolder(ProcessInfo.processInfo.environment)
        options.exitsAfterBuild = true
        var builder = SiteBuilder(options: options)
        let progress = Progress(enabled: !verbose && Console.standardErrorIsTerminal)
        builder.onStepStart = { progress.show($0) }
        if verbose {
            builder.onStep = { print($0.line) }
        }
        do {
            let report = try builder.run()
            progress.clear()
            // Warnings never stop a build; `check` (or --verbose) lists them in full.
            if verbose {
                for item in report.warnings { Console.error(item.description) }
            } else if !report.warnings.isEmpty {
                let count = report.warnings.count
                Console.error(
                    "\(count) warning\(count == 1 ? "" : "s"): run `quarterly check --content \(content)` to see \(count == 1 ? "it" : "them")."
                )
            }
            for item in report.notes { Console.error(item) }
            let files = report.otherFiles == 1 ? "1 other file" : "\(report.otherFiles) other files"
            print(
                "Built \(report.pages) pages and \(files) into \(report.outputDirectory)/ in \(String(format: "%.2f", report.seconds)) s"
            )
        } catch {
            progress.clear()
            for item in error.diagnostics { Console.error(item.description) }
            let count = error.diagnostics.errors.count
            Console.error(
                "Build failed at step '\(error.step.rawValue)' with \(count) error\(count == 1 ? "" : "s"); \(output)/ was not changed."
            )
            throw ContentErrors()
        }
    }
}
