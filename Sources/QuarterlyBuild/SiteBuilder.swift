import Foundation
import QuarterlyContent
import QuarterlyModel
import QuarterlyRender

/// The build: load → validate → compute statuses → render → write, as named, timed steps.
public struct SiteBuilder {
    public let options: BuildOptions
    /// Called after each step (for `--verbose`).
    public var onStep: (StepTiming) -> Void = { _ in }

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Loads and validates the content without writing anything (`quarterly check`).
    public static func check(contentDirectory: String) -> [Diagnostic] {
        ContentValidator.validate(ContentLoader.load(from: contentDirectory)).diagnostics
    }

    public func run() throws(BuildFailure) -> BuildReport {
        let started = ContinuousClock.now
        var timings: [StepTiming] = []
        var warnings: [Diagnostic] = []

        func step<T>(_ name: BuildStep, _ body: () throws(DiagnosticList) -> (T, String)) throws(BuildFailure) -> T {
            let clock = ContinuousClock.now
            do {
                let (result, detail) = try body()
                let timing = StepTiming(step: name, seconds: clock.duration(to: .now).seconds, detail: detail)
                timings.append(timing)
                onStep(timing)
                return result
            } catch {
                timings.append(StepTiming(step: name, seconds: clock.duration(to: .now).seconds, detail: "failed"))
                throw BuildFailure(step: name, diagnostics: error.diagnostics, timings: timings)
            }
        }

        let loaded = try step(.loadContent) { () throws(DiagnosticList) in
            let loaded = ContentLoader.load(from: options.contentDirectory)
            return (loaded, "\(loaded.fileCount) files")
        }
        let validated: ContentGraph = try step(.validate) { () throws(DiagnosticList) in
            let result = ContentValidator.validate(loaded)
            warnings = result.diagnostics.warnings
            guard let graph = result.graph else { throw DiagnosticList(result.diagnostics) }
            return (graph, "\(result.diagnostics.errors.count) errors, \(warnings.count) warnings")
        }
        let graph: ContentGraph = try step(.computeStatuses) { () throws(DiagnosticList) in
            var graph = (options.includeDrafts ? validated : validated.publishedOnly()).assessed().graph
            if let base = options.baseURL { graph = graph.withBaseURL(base) }
            return (graph, "\(graph.quarters.count) quarters" + (graph.containsDrafts ? " (drafts included)" : ""))
        }
        let templates = try step(.loadTemplates) { () throws(DiagnosticList) in
            let sources = try TemplateFolder.readTemplates(from: options.templatesDirectory)
            return (try TemplateSet.parse(sources, folder: options.templatesDirectory), "\(sources.count) templates")
        }
        let output: OutputFolder
        do {
            output = try OutputFolder(path: options.outputDirectory)
        } catch {
            throw BuildFailure(step: .renderPages, diagnostics: [Diagnostic(
                path: options.outputDirectory, code: .unreadableFile, message: "cannot create the output folder: \(error.localizedDescription)",
                hint: "Check that you may write there, or choose another with --output DIR.")], timings: timings)
        }
        do {
            let renderer = SiteRenderer(graph: graph, templates: templates, basePath: graph.site.basePath)
            let pages = try step(.renderPages) { () throws(DiagnosticList) in
                let pages = renderer.renderAll()
                try write(pages.map { ($0.page.outputPath, Data($0.html.utf8)) }, to: output)
                return (pages.count, "\(pages.count) pages")
            }
            let assets = try step(.copyAssets) { () throws(DiagnosticList) in
                let assets = TemplateFolder.assets(in: options.templatesDirectory)
                for asset in assets {
                    do { try output.copyItem(at: asset.url, to: "assets/" + asset.relativePath) } catch {
                        throw DiagnosticList([writeProblem(asset.relativePath, error)])
                    }
                }
                return (assets.count, "\(assets.count) files")
            }
            try step(.publish) { () throws(DiagnosticList) in
                do { try output.publish() } catch { throw DiagnosticList([writeProblem(options.outputDirectory, error)]) }
                return ((), options.outputDirectory)
            }
            return BuildReport(pages: pages, otherFiles: assets, seconds: started.duration(to: .now).seconds,
                               timings: timings, warnings: warnings, outputDirectory: options.outputDirectory)
        } catch {
            output.discard()
            throw error
        }
    }

    private func write(_ files: [(String, Data)], to output: OutputFolder) throws(DiagnosticList) {
        for (path, data) in files {
            do { try output.write(data, to: path) } catch { throw DiagnosticList([writeProblem(path, error)]) }
        }
    }

    private func writeProblem(_ path: String, _ error: Error) -> Diagnostic {
        Diagnostic(path: path, code: .unreadableFile, message: "cannot write: \(error.localizedDescription)",
                   hint: "Check the disk has space and the output folder is writable.")
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

extension ContentGraph {
    /// The same graph published at another address (`--base-url`).
    func withBaseURL(_ url: String) -> ContentGraph {
        var site = self.site
        site.baseURL = url
        return replacingSite(site)
    }
}
