import Foundation
import QuarterlyContent
import QuarterlyModel
import QuarterlyRender

/// The build: load → validate → compute statuses → render → write, as named, timed steps.
public struct SiteBuilder {
    public let options: BuildOptions
    /// Called after each step (for `--verbose`).
    public var onStep: (StepTiming) -> Void = { _ in }
    /// Called as each step starts (for progress on a terminal).
    public var onStepStart: (BuildStep) -> Void = { _ in }

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
            onStepStart(name)
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
            let indexer = options.searchIndex ? SearchIndexer.locate() : nil
            var notes: [String] = []
            if options.searchIndex, indexer == nil {
                notes.append("Search was not indexed: `pagefind` is not on the PATH (pip install pagefind-bin). The search page points to the A to Z instead.")
            }
            var renderer = SiteRenderer(graph: graph, templates: templates, basePath: graph.site.basePath)
            renderer.searchable = indexer != nil
            let pages = try step(.renderPages) { () throws(DiagnosticList) in
                // Each page is written as soon as it is rendered, so no more than a page
                // per core is held in memory.
                let pages = renderer.pages
                let renderer = renderer
                try write(pages.map(\.outputPath), to: output) { index in
                    Data(renderer.render(pages[index]).html.utf8)
                }
                return (pages.count, "\(pages.count) pages")
            }
            let links = renderer.links
            let data = try step(.dataFiles) { () throws(DiagnosticList) in
                let files = DataFiles(graph: graph, links: links).all
                try write(files.map(\.path), to: output) { files[$0].data }
                return (files.count, "\(files.count) files")
            }
            try step(.feed) { () throws(DiagnosticList) in
                let feed = AtomFeed(graph: graph, links: links)
                try write([("feed.xml", Data(feed.xml.utf8))], to: output)
                return ((), "\(graph.quarters.filter { !$0.isDraft }.count) entries")
            }
            let sitemapFiles = try step(.sitemap) { () throws(DiagnosticList) in
                let sitemap = Sitemap(graph: graph, links: links)
                var files = [("robots.txt", Data(sitemap.robots.utf8))]
                if let xml = sitemap.xml { files.append(("sitemap.xml", Data(xml.utf8))) }
                try write(files, to: output)
                return (files.count, sitemap.xml == nil ? "no sitemap: base_url names no host" : "\(pages) pages")
            }
            let assets = try step(.copyAssets) { () throws(DiagnosticList) in
                let assets = TemplateFolder.assets(in: options.templatesDirectory)
                for asset in assets {
                    do { try output.copyItem(at: asset.url, to: "assets/" + asset.relativePath) } catch {
                        throw DiagnosticList([Self.writeProblem(asset.relativePath, error)])
                    }
                }
                return (assets.count, "\(assets.count) files")
            }
            if let indexer {
                try step(.indexSearch) { () throws(DiagnosticList) in
                    do { return ((), try indexer.index(output.staging)) } catch {
                        throw DiagnosticList([Diagnostic(path: indexer.executable.path, code: .unreadableFile,
                                                         message: error.localizedDescription,
                                                         hint: "Check that Pagefind works (`pagefind --version`), or build with --no-search.")])
                    }
                }
            }
            try step(.publish) { () throws(DiagnosticList) in
                do { try output.publish() } catch { throw DiagnosticList([Self.writeProblem(options.outputDirectory, error)]) }
                return ((), options.outputDirectory)
            }
            return BuildReport(pages: pages, otherFiles: assets + data + 1 + sitemapFiles, seconds: started.duration(to: .now).seconds,
                               timings: timings, warnings: warnings, notes: notes, outputDirectory: options.outputDirectory)
        } catch {
            output.discard()
            throw error
        }
    }

    /// Writes `paths[i]` with the bytes `contents(i)` gives, on every core.
    private func write(_ paths: [String], to output: OutputFolder,
                       _ contents: @Sendable (Int) -> Data) throws(DiagnosticList) {
        do { try output.createFolders(for: paths) } catch { throw DiagnosticList([Self.writeProblem(paths.first ?? "", error)]) }
        let problems = Array(paths.indices).parallelMap { index -> Diagnostic? in
            do { try output.writeIntoExistingFolder(contents(index), to: paths[index]) } catch {
                return Self.writeProblem(paths[index], error)
            }
            return nil
        }
        let found = problems.compactMap { $0 }
        if !found.isEmpty { throw DiagnosticList(Array(found.prefix(1))) }
    }

    private func write(_ files: [(String, Data)], to output: OutputFolder) throws(DiagnosticList) {
        try write(files.map(\.0), to: output) { files[$0].1 }
    }

    private static func writeProblem(_ path: String, _ error: Error) -> Diagnostic {
        Diagnostic(path: path, code: .unreadableFile, message: "cannot write: \(error.localizedDescription)",
                   hint: "Check the disk has space and the output folder is writable.")
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

extension ContentGraph {
    /// The same graph published at another address (`--base-url`).
    /// A path alone (`--base-url /lancashire/`) keeps the host named in site.yml.
    func withBaseURL(_ url: String) -> ContentGraph {
        var site = self.site
        site.baseURL = url.hasPrefix("/") ? (site.origin ?? "") + url : url
        return replacingSite(site)
    }
}
