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
    /// Finds the browser that prints the reports (tests name their own).
    package var findChromium: () -> Result<Chromium, Chromium.Missing> = { Chromium.locate() }

    public init(options: BuildOptions) {
        self.options = options
    }

    /// Loads and validates the content without writing anything (`quarterly check`).
    public static func check(contentDirectory: String) -> [Diagnostic] {
        ContentValidator.validate(ContentLoader.load(from: contentDirectory)).diagnostics
    }

    /// Runs the steps up to rendering: load, validate, compute statuses, load templates.
    /// With a cache, files unchanged since the last load are not read again, and
    /// templates whose text is unchanged are not parsed again.
    public func prepare(
        searchable: Bool = false, cache: inout LoadCache?,
        steps: StepClock
    ) throws(BuildFailure) -> SiteSnapshot {
        let loaded = try steps.run(.loadContent) { () throws(DiagnosticList) in
            let loaded = ContentLoader.load(from: options.contentDirectory, cache: cache?.files)
            if let next = loaded.cache { cache?.files = next }
            return (loaded, "\(loaded.fileCount) files" + (cache == nil ? "" : ", \(loaded.reusedCount) unchanged"))
        }
        var warnings: [Diagnostic] = []
        let validated: ValidationResult = try steps.run(.validate) { () throws(DiagnosticList) in
            let result = ContentValidator.validate(loaded)
            warnings = result.diagnostics.warnings
            guard result.graph != nil else { throw DiagnosticList(result.diagnostics) }
            return (result, "\(result.diagnostics.errors.count) errors, \(warnings.count) warnings")
        }
        let codes = validated.graph!.site.languageCodes
        // The graph in each language: the default's, then each other's from its
        // translations (figures and statuses are the same; only words differ).
        let graphs: [AssessedGraph] = try steps.run(.computeStatuses) { () throws(DiagnosticList) in
            var graphs = [statuses(validated.graph!, assessed: validated.assessed)]
            for code in codes.dropFirst() {
                let translated = ContentValidator.validate(loaded.translated(to: code))
                guard let graph = translated.graph else { throw DiagnosticList(translated.diagnostics.errors) }
                graphs.append(statuses(graph, assessed: translated.assessed))
            }
            let graph = graphs[0]
            return (
                graphs,
                "\(graph.quarters.count) quarters" + (graph.containsDrafts ? " (drafts included)" : "")
                    + (codes.count > 1 ? " in \(codes.count) languages" : "")
            )
        }
        let templates: [TemplateSet] = try steps.run(.loadTemplates) { () throws(DiagnosticList) in
            let sources = try TemplateFolder.readTemplates(overlay: options.templatesDirectory)
            var catalogues: [Catalogue] = []
            for code in codes {
                var catalogue = try StringsFolder.catalogue(
                    language: code, overlay: options.templatesDirectory,
                    site: (options.contentDirectory as NSString).appendingPathComponent("site.yml"))
                if let marks = options.stringMarks { catalogue = catalogue.marked(marks.open, marks.close) }
                catalogues.append(catalogue)
            }
            let parsed: TemplateSet
            if let known = cache?.templates, known.sources == sources, known.parsed.catalogue == catalogues[0] {
                parsed = known.parsed
            } else {
                parsed = try TemplateSet.parse(
                    sources, folder: options.templatesDirectory ?? TemplateFolder.builtinFolder,
                    catalogue: catalogues[0])
                cache?.templates = (sources, parsed)
            }
            return (
                [parsed] + catalogues.dropFirst().map(parsed.speaking),
                "\(sources.count) templates" + (options.templatesDirectory == nil ? " (built-in)" : "")
            )
        }
        let deployment = Deployment(siteBaseURL: graphs[0].site.baseURL, override: options.baseURL)
        let versions =
            codes.count > 1
            ? zip(codes.indices, codes).map { index, code in
                LanguageVersion(
                    code: code, tag: graphs[index].site.language,
                    deployment: index == 0 ? deployment : deployment.language(code),
                    name: templates[index].catalogue["language.name"])
            } : []
        let renderers = zip(graphs.indices, graphs).map { index, graph in
            SiteRenderer(
                graph: graph, templates: templates[index],
                options: RenderOptions(
                    deployment: versions.isEmpty ? deployment : versions[index].deployment, searchable: searchable,
                    languages: versions, language: codes[index]))
        }
        let translations = zip(codes, renderers).dropFirst().map { code, renderer in
            SiteSnapshot(
                renderer: renderer, warnings: [], fileCount: loaded.fileCount, reusedCount: loaded.reusedCount,
                templatesDirectory: options.templatesDirectory, prefix: code + "/")
        }
        return SiteSnapshot(
            renderer: renderers[0], warnings: warnings, fileCount: loaded.fileCount,
            reusedCount: loaded.reusedCount, templatesDirectory: options.templatesDirectory, translations: translations)
    }

    /// Validation computed the statuses of the whole graph; only dropping drafts changes
    /// what they are computed over.
    private func statuses(_ whole: ContentGraph, assessed: AssessedGraph?) -> AssessedGraph {
        options.includeDrafts || !whole.containsDrafts
            ? assessed ?? whole.assessed().graph : whole.publishedOnly().assessed().graph
    }

    public func run() throws(BuildFailure) -> BuildReport {
        let started = ContinuousClock.now
        let steps = StepClock(onStep: onStep, onStepStart: onStepStart)
        try steps.run(.checkOutput) { () throws(DiagnosticList) in
            if let refusal = OutputCheck.refusal(for: options) { throw DiagnosticList([refusal]) }
            return ((), options.outputDirectory)
        }
        let indexer = options.searchIndex ? SearchIndexer.locate() : nil
        var noCache: LoadCache? = nil
        let prepared = try prepare(searchable: indexer != nil, cache: &noCache, steps: steps)
        let output: OutputFolder
        do {
            output = try OutputFolder(path: options.outputDirectory)
        } catch {
            throw BuildFailure(
                step: .renderPages,
                diagnostics: [
                    Diagnostic(
                        path: options.outputDirectory, code: .unreadableFile,
                        message: "cannot create the output folder: \(error.localizedDescription)",
                        hint: "Check that you may write there, or choose another with --output DIR.")
                ], timings: steps.timings)
        }
        do {
            var notes: [String] = []
            if options.searchIndex, indexer == nil {
                notes.append(SearchIndexer.notFoundNote(environment: ProcessInfo.processInfo.environment))
            }
            // By language, in the order of `site.languages`.
            var printed: [[QuarterID: PrintedReport]] = []
            if options.printReports {
                switch findChromium() {
                case .success(let chromium):
                    printed = try printReports(prepared, with: chromium, into: output, steps: steps)
                case .failure(let missing):
                    notes.append(
                        "The reports were not printed to PDF: \(missing.reason). Install Chromium or set QUARTERLY_CHROMIUM to print them, or build with --no-pdf."
                    )
                }
            }
            let site = printed.isEmpty ? prepared : prepared.printed(printed)
            let printedCount = printed.map(\.count).reduce(0, +)
            let pages = try steps.run(.renderPages) { () throws(DiagnosticList) in
                // Each page is written as soon as it is rendered, so no more than a page
                // per core is held in memory.
                // Every language's pages, each under its prefix (none for the default).
                let pages = site.languages.flatMap { language in language.pages.map { (language, $0) } }
                try write(pages.map { $0.0.prefix + $0.1.outputPath }, to: output) { pages[$0].0.html(pages[$0].1) }
                return (pages.count, "\(pages.count) pages")
            }
            let data = try steps.run(.dataFiles) { () throws(DiagnosticList) in
                let files = site.languages.flatMap { $0.prefixed($0.dataFiles()) }
                try write(files, to: output)
                return (files.count, "\(files.count) files")
            }
            let charts = try steps.run(.chartFiles) { () throws(DiagnosticList) in
                let files = site.languages.flatMap { $0.prefixed($0.chartFiles()) }
                try write(files, to: output)
                return (files.count, "\(files.count) files")
            }
            try steps.run(.feed) { () throws(DiagnosticList) in
                try write(site.languages.flatMap { $0.prefixed([$0.feed()]) }, to: output)
                return ((), "\(site.graph.quarters.filter { !$0.isDraft }.count) entries")
            }
            let sitemapFiles = try steps.run(.sitemap) { () throws(DiagnosticList) in
                // One robots.txt, at the root; a sitemap per language.
                let files = site.languages.flatMap { language in
                    language.prefixed(
                        language.sitemapFiles().filter { language.prefix.isEmpty || $0.path != SiteFile.robots.path })
                }
                try write(files, to: output)
                return (files.count, files.count == 1 ? "no sitemap: base_url names no host" : "\(pages) pages")
            }
            let assets = try steps.run(.copyAssets) { () throws(DiagnosticList) in
                let assets = site.languages.flatMap { language in
                    language.assets().map { SiteAsset(path: language.prefix + $0.path, source: $0.source) }
                }
                for asset in assets {
                    do {
                        switch asset.source {
                        case .file(let url): try output.copyItem(at: url, to: asset.path)
                        case .builtin(let data):
                            try output.createFolders(for: [asset.path])
                            try output.writeIntoExistingFolder(data, to: asset.path)
                        }
                    } catch {
                        throw DiagnosticList([Self.writeProblem(asset.path, error)])
                    }
                }
                return (assets.count, "\(assets.count) files")
            }
            if let indexer {
                try steps.run(.indexSearch) { () throws(DiagnosticList) in
                    do { return ((), try indexer.index(output.staging)) } catch {
                        throw DiagnosticList([
                            Diagnostic(
                                path: indexer.executable.path, code: .unreadableFile,
                                message: error.localizedDescription,
                                hint: "Check that Pagefind works (`pagefind --version`), or build with --no-search.")
                        ])
                    }
                }
            }
            notes += output.notes
            notes += try steps.run(.publish) { () throws(DiagnosticList) in
                do { return (try output.publish(), options.outputDirectory) } catch {
                    throw DiagnosticList([Self.writeProblem(options.outputDirectory, error)])
                }
            }
            return BuildReport(
                pages: pages, otherFiles: assets + data + charts + 1 + sitemapFiles + printedCount,
                seconds: started.duration(to: .now).seconds,
                timings: steps.timings, warnings: site.warnings, notes: notes, outputDirectory: options.outputDirectory)
        } catch {
            output.discard()
            throw error
        }
    }

    /// Prints each published report to `quarters/<q>/report.pdf`, in every language of the
    /// site (each under its prefix); returns their sizes and pages for the quarter pages,
    /// by language.
    private func printReports(
        _ site: SiteSnapshot, with chromium: Chromium, into output: OutputFolder, steps: StepClock
    ) throws(BuildFailure) -> [[QuarterID: PrintedReport]] {
        try steps.run(.printReports) { () throws(DiagnosticList) in
            var all: [[QuarterID: PrintedReport]] = []
            var count = 0
            var pages = 0
            for language in site.languages {
                let printed = try printReports(language, with: chromium, into: output)
                count += printed.count
                pages += printed.values.map(\.pages).reduce(0, +)
                all.append(printed)
            }
            return (all, "\(count) reports, \(pages) pages")
        }
    }

    private func printReports(_ site: SiteSnapshot, with chromium: Chromium, into output: OutputFolder)
        throws(DiagnosticList) -> [QuarterID: PrintedReport]
    {
        let printed: [(quarter: QuarterID, pdf: PrintedPDF)]
        do { printed = try site.printReports(with: chromium) } catch {
            throw DiagnosticList([
                Diagnostic(
                    path: chromium.executable.path, code: .printFailed,
                    message: "could not print the reports to PDF: \(error)",
                    hint:
                        "Check that Chromium runs (`\(chromium.executable.lastPathComponent) --headless --version`), name another with QUARTERLY_CHROMIUM, or build with --no-pdf."
                )
            ])
        }
        try write(site.prefixed(printed.map { (SiteFile.quarterReport($0.quarter).path, $0.pdf.data) }), to: output)
        return Dictionary(
            printed.map { ($0.quarter, PrintedReport(bytes: $0.pdf.data.count, pages: $0.pdf.pages)) },
            uniquingKeysWith: { first, _ in first })
    }

    /// Writes `paths[i]` with the bytes `contents(i)` gives, on every core.
    private func write(
        _ paths: [String], to output: OutputFolder,
        _ contents: @Sendable (Int) -> Data
    ) throws(DiagnosticList) {
        do { try output.createFolders(for: paths) } catch {
            throw DiagnosticList([Self.writeProblem(paths.first ?? "", error)])
        }
        let problems = Array(paths.indices).parallelMap { index -> Diagnostic? in
            do { try output.writeIntoExistingFolder(contents(index), to: paths[index]) } catch {
                return Self.writeProblem(paths[index], error)
            }
            return nil
        }
        let found = problems.compactMap { $0 }
        if !found.isEmpty { throw DiagnosticList(Array(found.prefix(1))) }
    }

    private func write(_ files: [(path: String, data: Data)], to output: OutputFolder) throws(DiagnosticList) {
        try write(files.map(\.path), to: output) { files[$0].data }
    }

    private static func writeProblem(_ path: String, _ error: Error) -> Diagnostic {
        Diagnostic(
            path: path, code: .unreadableFile, message: "cannot write: \(error.localizedDescription)",
            hint: "Check the disk has space and the output folder is writable.")
    }
}
