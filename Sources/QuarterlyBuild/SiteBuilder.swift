import Foundation
import QuarterlyContent
import QuarterlyModel
import QuarterlyRender
import Synchronization

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
    /// - Parameter digests: whether to keep the content's digests, for the build cache.
    /// - Parameter parsed: where the content as parsed is kept between builds.
    public func prepare(
        searchable: Bool = false, cache: inout LoadCache?,
        steps: StepClock, digests: Bool = false, parsed: ParsedContentCache? = nil
    ) throws(BuildFailure) -> SiteSnapshot {
        // With the content as parsed, which published records compared clean in the last build.
        var reports = cache?.reports
        // With it, what the checks found in the last build.
        var checks = cache?.checks
        cache?.loadStarts()
        let loaded = try steps.run(.loadContent) { () throws(DiagnosticList) in
            let store = parsed?.read()
            if let store {
                reports = ReportMemo(clean: store.cleanReports)
                if checks == nil { checks = store.checks }
            }
            var loaded = ContentLoader.load(
                from: options.contentDirectory, cache: cache?.files, changedSinceCache: cache?.changedSinceLastLoad,
                store: store)
            if let next = loaded.cache { cache?.loaded(next) }
            // Handed to the writer alone, so the parses go as soon as they are written.
            if let parsed, let store, let parts = loaded.storeParts {
                loaded.storeParts = nil
                parsed.write(parts, after: store)
            }
            return (
                loaded,
                "\(loaded.fileCount) files" + (cache == nil ? "" : ", \(loaded.reusedCount) unchanged")
                    + (store == nil ? "" : ", \(loaded.storedCount) as parsed before")
            )
        }
        // What the build cache keys each file by, worked out on another core meanwhile.
        let contentDigests = digests ? Background { [loaded] in ContentDigests(loaded.sources) } : nil
        // A build reads and parses the templates on another core while the content is
        // checked, in the languages site.yml names (the preview keeps its parsed set).
        var early: (codes: [String], read: Background<Result<(sets: [TemplateSet], count: Int), DiagnosticList>>)?
        if cache == nil, let site = loaded.siteConfig {
            let (options, codes) = (options, site.languageCodes)
            early = (
                codes,
                Background {
                    Result { () throws(DiagnosticList) in
                        var none: LoadCache? = nil
                        return try Self.readTemplates(options: options, codes: codes, cache: &none)
                    }
                }
            )
        }
        var warnings: [Diagnostic] = []
        let validated: ValidationResult = try steps.run(.validate) { () throws(DiagnosticList) in
            let result = ContentValidator.validate(
                loaded, statuses: cache?.statuses, reports: reports, checks: checks,
                structures: cache?.structures)
            if let parsed, let reports, let checks, result.diagnostics.errors.isEmpty {
                parsed.keep(reports: reports.clean, checks: checks)
            }
            warnings = result.diagnostics.warnings
            guard result.graph != nil else { throw DiagnosticList(result.diagnostics) }
            return (
                result,
                "\(result.diagnostics.errors.count) errors, \(warnings.count) warnings"
                    + (parsed != nil && checks?.reused == 1 ? ", the checks' findings kept from the last build" : "")
            )
        }
        let codes = validated.graph!.site.languageCodes
        // The graph in each language: the default's, then each other's from its
        // translations (figures and statuses are the same; only words differ).
        let graphs: [AssessedGraph] = try steps.run(.computeStatuses) { () throws(DiagnosticList) in
            var graphs = [statuses(validated.graph!, assessed: validated.assessed)]
            for code in codes.dropFirst() {
                let translated = ContentValidator.validate(loaded.translated(to: code), statuses: cache?.statuses)
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
            let read: (sets: [TemplateSet], count: Int)
            if let early, early.codes == codes {
                read = try early.read.value.get()
            } else {
                read = try Self.readTemplates(options: options, codes: codes, cache: &cache)
            }
            return (read.sets, "\(read.count) templates" + (options.templatesDirectory == nil ? " (built-in)" : ""))
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
        let snapshot = SiteSnapshot(
            renderer: renderers[0], warnings: warnings, fileCount: loaded.fileCount,
            reusedCount: loaded.reusedCount, templatesDirectory: options.templatesDirectory,
            digests: contentDigests?.value, translations: translations)
        // The decoded files and the graph before statuses are done with: freed beside the rendering.
        Teardown.releaseElsewhere((loaded, validated))
        return snapshot
    }

    /// The templates (the built-in ones under the overlay's), parsed with the words of the
    /// site's first language, and a set in each other language; how many templates there are.
    private static func readTemplates(options: BuildOptions, codes: [String], cache: inout LoadCache?)
        throws(DiagnosticList) -> (sets: [TemplateSet], count: Int)
    {
        let overlay = options.templatesDirectory
        if cache?.templatesCurrent == true, let known = cache?.templates, known.overlay == overlay, known.codes == codes
        {
            return (known.sets, known.sources.count)
        }
        let sources = try TemplateFolder.readTemplates(overlay: overlay)
        var catalogues: [Catalogue] = []
        for code in codes {
            var catalogue = try StringsFolder.catalogue(
                language: code, overlay: options.templatesDirectory,
                site: (options.contentDirectory as NSString).appendingPathComponent("site.yml"))
            if let marks = options.stringMarks { catalogue = catalogue.marked(marks.open, marks.close) }
            catalogues.append(catalogue)
        }
        // Each language's set is parsed with its labels written in: kept while nothing changes.
        if let known = cache?.templates, known.sources == sources, known.sets.map(\.catalogue) == catalogues {
            cache?.templates = (overlay, codes, sources, known.sets)
            cache?.templatesCurrent = true
            return (known.sets, sources.count)
        }
        let parsed = try TemplateSet.parse(
            sources, folder: options.templatesDirectory ?? TemplateFolder.builtinFolder, catalogue: catalogues[0])
        let sets = [parsed] + catalogues.dropFirst().map(parsed.speaking)
        cache?.templates = (overlay, codes, sources, sets)
        cache?.templatesCurrent = true
        return (sets, sources.count)
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
        // The output folder is made ready (the spare site swept, the last build's manifest
        // read) on another core while the content is loaded and checked.
        let (path, reuse) = (options.outputDirectory, options.reuseOutput)
        let staging = Background { () -> (folder: Result<OutputFolder, any Error>, manifest: CacheManifest?) in
            let folder = Result { try OutputFolder(path: path, takingSpare: reuse) }
            return (folder, reuse ? CacheManifest.read(in: URL(fileURLWithPath: path)) : nil)
        }
        var noCache: LoadCache? = nil
        let parsed = ParsedContentCache(options: options)
        defer { parsed?.finish() }
        let prepared: SiteSnapshot
        do {
            prepared = try prepare(
                searchable: indexer != nil, cache: &noCache, steps: steps, digests: true, parsed: parsed)
        } catch {
            if case .success(let output) = staging.value.folder { output.giveBack() }
            throw error
        }
        let output: OutputFolder
        do {
            output = try staging.value.folder.get()
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
            let digests = prepared.digests!
            let cache = OutputCache(
                shared: OutputCache.sharedKey(options: options, searchable: indexer != nil, digests: digests),
                digests: digests, destination: output.destination, previous: staging.value.manifest)
            // By language, in the order of `site.languages`.
            var printed: [[QuarterID: PrintedReport]] = []
            if options.printReports {
                switch findChromium() {
                case .success(let chromium):
                    printed = try printReports(prepared, with: chromium, into: output, cache: cache, steps: steps)
                case .failure(let missing):
                    notes.append(
                        "The reports were not printed to PDF: \(missing.reason). Install Chromium or set QUARTERLY_CHROMIUM to print them, or build with --no-pdf."
                    )
                }
            }
            let site = printed.isEmpty ? prepared : prepared.printed(printed)
            if options.exitsAfterBuild { Teardown.keepUntilExit((site, cache)) }
            let printedCount = printed.map(\.count).reduce(0, +)
            // Pages, data files and charts are made in one pass on every core: a large
            // site's quarter report keeps one core busy as long as its other pages keep
            // the other, and the data files fill that time.
            // Each job with its language's index (a copy of the language's snapshot per
            // job cost more than some jobs).
            let languages = site.languages
            func jobs(_ each: (SiteSnapshot) -> [OutputJob]) -> [(language: Int, job: OutputJob)] {
                languages.indices.flatMap { index in each(languages[index]).map { (index, $0) } }
            }
            // Declared on this core: on another, the jobs (held to the end of the build) grew
            // its malloc arena, and the cloned 10,000-file build's peak by 10 MiB in half the runs.
            let kinds: [(step: BuildStep, noun: String, jobs: [(language: Int, job: OutputJob)])] = [
                (.renderPages, "pages", jobs { $0.pageJobs() }), (.dataFiles, "files", jobs { $0.dataJobs() }),
                (.chartFiles, "files", jobs { $0.chartJobs() }),
            ]
            if options.exitsAfterBuild { Teardown.keepUntilExit(kinds.map(\.jobs)) }
            // The feed and the sitemap are worked out on another core meanwhile.
            let feed = Background { languages.flatMap { $0.prefixed([$0.feed()]) } }
            let sitemap = Background {
                // One robots.txt, at the root; a sitemap per language.
                languages.flatMap { language in
                    language.prefixed(
                        language.sitemapFiles().filter { language.prefix.isEmpty || $0.path != SiteFile.robots.path })
                }
            }
            let counts = try steps.runTogether(kinds.map(\.step)) { () throws(StepProblem) in
                let started = ContinuousClock.now
                let results = make(
                    kinds.flatMap(\.jobs), pages: kinds[0].jobs.count, of: languages, into: output, cache)
                // A page's job writes its chart's file too (`SiteSnapshot.pageJobs`): counted as a chart.
                var totals = kinds.map { _ in (files: 0, reused: 0) }
                var ends: [ContinuousClock.Instant] = []
                var offset = 0
                for (index, kind) in kinds.enumerated() {
                    // A step with no job ends as the pass starts.
                    var end = started
                    for (result, finished) in results[offset..<(offset + kind.jobs.count)] {
                        switch result {
                        case .success(let one):
                            let page = index == 0 ? (files: min(one.files, 1), reused: min(one.reused, 1)) : one
                            totals[index].files += page.files
                            totals[index].reused += page.reused
                            totals[2].files += one.files - page.files
                            totals[2].reused += one.reused - page.reused
                        case .failure(let problem): throw StepProblem(step: kind.step, diagnostics: [problem])
                        }
                        end = max(end, finished)
                    }
                    offset += kind.jobs.count
                    ends.append(end)
                }
                var made = zip(kinds, zip(totals, ends)).map { kind, counted in
                    let (total, end) = counted
                    return (
                        result: total.files, detail: "\(total.files) \(kind.noun)" + Self.unchanged(total), end: end
                    )
                }
                // Every job has run: what a spare site held that this one lacks goes.
                let paths = cache.paths
                do { try output.removeStaleSpareFiles(produced: paths.contains) } catch {
                    throw StepProblem(step: .chartFiles, diagnostics: [Self.writeProblem(output.staging.path, error)])
                }
                made[2].end = .now
                return made
            }
            let (pages, data, charts) = (counts[0], counts[1], counts[2])
            try steps.run(.feed) { () throws(DiagnosticList) in
                try write(feed.value, to: output)
                return ((), "\(site.graph.quarters.filter { !$0.isDraft }.count) entries")
            }
            let sitemapFiles = try steps.run(.sitemap) { () throws(DiagnosticList) in
                let files = sitemap.value
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
                do {
                    // The manifest of what this site was made from, for the next build.
                    try cache.manifest(of: output.staging).write(into: output)
                    // The old site is kept for the next build to stage into when most
                    // of it lives on here (hard links: little disk); see `SpareSite`.
                    let keep = options.reuseOutput && cache.reused * 2 >= pages + data + charts
                    return (try output.publish(keepingOld: keep), options.outputDirectory)
                } catch {
                    throw DiagnosticList([Self.writeProblem(options.outputDirectory, error)])
                }
            }
            return BuildReport(
                pages: pages, otherFiles: assets + data + charts + 1 + sitemapFiles + printedCount,
                seconds: started.duration(to: .now).seconds,
                timings: steps.timings, warnings: site.warnings, notes: notes, outputDirectory: options.outputDirectory,
                reusedFiles: cache.reused)
        } catch {
            output.discard()
            throw error
        }
    }

    /// Every file the build would make, by job, with the job's cache key, made in memory:
    /// for tests that check each file changes only when its key does.
    package func jobsInMemory() throws(BuildFailure) -> [String: (key: StableDigest, files: [String: Data])] {
        var noCache: LoadCache? = nil
        let site = try prepare(cache: &noCache, steps: StepClock(onStep: { _ in }), digests: true)
        let cache = OutputCache(
            shared: OutputCache.sharedKey(options: options, searchable: false, digests: site.digests!),
            digests: site.digests!, destination: URL(fileURLWithPath: options.outputDirectory), previous: nil)
        let jobs = site.languages.flatMap { language in
            (language.pageJobs() + language.dataJobs() + language.chartJobs()).map { (language, $0) }
        }
        let made = jobs.parallelMap { language, job in
            let printed = language.renderer.options.printedReports
            // A file made in parts: each part too, as `<name>#<index>`.
            let parts = zip(cache.segmentKeys(of: job, printed: printed), job.segments).enumerated().map {
                index, segment in
                ("\(job.name)#\(index)", (key: segment.0, files: ["#": Data(segment.1.make())]))
            }
            let whole = (
                key: cache.key(of: job, printed: printed),
                files: Dictionary(job.make().map { ($0.path, $0.data) }, uniquingKeysWith: { first, _ in first })
            )
            return [(job.name, whole)] + parts
        }
        return Dictionary(made.joined().map { $0 }, uniquingKeysWith: { first, _ in first })
    }

    /// Prints each published report to `quarters/<q>/report.pdf`, in every language of the
    /// site (each under its prefix); returns their sizes and pages for the quarter pages,
    /// by language.
    private func printReports(
        _ site: SiteSnapshot, with chromium: Chromium, into output: OutputFolder, cache: OutputCache, steps: StepClock
    ) throws(BuildFailure) -> [[QuarterID: PrintedReport]] {
        try steps.run(.printReports) { () throws(DiagnosticList) in
            var all: [[QuarterID: PrintedReport]] = []
            var count = 0
            var pages = 0
            var reused = 0
            let printer = chromium.identity
            for language in site.languages {
                let (printed, kept) = try printReports(
                    language, with: chromium, printer: printer, into: output, cache: cache)
                count += printed.count
                reused += kept
                pages += printed.values.map(\.pages).reduce(0, +)
                all.append(printed)
            }
            return (all, "\(count) reports, \(pages) pages" + (reused > 0 ? ", \(reused) unchanged" : ""))
        }
    }

    /// A report whose quarter page reads nothing that changed since the last build (and
    /// that the same browser would print) is taken from that build: a large site's report
    /// runs to thousands of pages, and takes Chromium minutes.
    private func printReports(
        _ site: SiteSnapshot, with chromium: Chromium, printer: String, into output: OutputFolder, cache: OutputCache
    ) throws(DiagnosticList) -> (reports: [QuarterID: PrintedReport], reused: Int) {
        var reports: [QuarterID: PrintedReport] = [:]
        var toPrint: [Quarter] = []
        var keys: [QuarterID: StableDigest] = [:]
        for quarter in site.printableQuarters {
            let path = site.prefix + SiteFile.quarterReport(quarter.id).path
            let key = cache.printKey(
                of: path, reads: Page(.quarter, quarter.id.slug).reads(in: site.graph), printer: printer)
            if cache.reuse(path, key: key, into: output.staging, makeFolder: { try? output.createFolders(for: [$0]) })
                != nil,
                let data = try? Data(contentsOf: output.staging.appendingPathComponent(path))
            {
                let pdf = PrintedPDF(written: data)
                reports[quarter.id] = PrintedReport(bytes: pdf.data.count, pages: pdf.pages)
            } else {
                toPrint.append(quarter)
                keys[quarter.id] = key
            }
        }
        let reused = reports.count
        let printed: [(quarter: QuarterID, pdf: PrintedPDF)]
        do { printed = try site.printReports(toPrint, with: chromium) } catch {
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
        for (quarter, pdf) in printed {
            let path = site.prefix + SiteFile.quarterReport(quarter).path
            if let key = keys[quarter] { cache.record(path, key: key, paths: [path]) }
            reports[quarter] = PrintedReport(bytes: pdf.data.count, pages: pdf.pages)
        }
        return (reports, reused)
    }

    /// Makes each job's files and writes them, on every core, or takes them from the
    /// last build when nothing the job reads has changed; each page is written as soon
    /// as it is made, so no more than a page per core is held in memory. Returns what
    /// each job made (or the problem writing it) and when it was done.
    /// - Parameter pages: how many of the jobs, first, are pages.
    private func make(
        _ jobs: [(language: Int, job: OutputJob)], pages: Int, of languages: [SiteSnapshot],
        into output: OutputFolder, _ cache: OutputCache
    ) -> [(result: Result<(files: Int, reused: Int), Diagnostic>, end: ContinuousClock.Instant)] {
        let printed = languages.map(\.renderer.options.printedReports)
        // The folders are made as files go into them: a job may make no file (an item
        // without a chart), and its folder must not then be made either.
        let folders = Mutex<Set<String>>([""])
        @Sendable func makeFolder(_ path: String) throws {
            // The folder found without NSString: asked for every file made.
            let folder = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[..<$0]) } ?? ""
            guard !folders.withLock({ $0.contains(folder) }) else { return }
            try output.createFolders(for: [path])
            folders.withLock { _ = $0.insert(folder) }
        }
        // A file made in parts: the parts whose keys are unchanged copied from the last
        // build's file, the others made on every core, a few per core at a time.
        let partsAtOnce = 4 * ProcessInfo.processInfo.activeProcessorCount
        @Sendable func makeInParts(_ job: OutputJob, key: StableDigest, printed: [QuarterID: PrintedReport])
            -> Result<(files: Int, reused: Int), Diagnostic>
        {
            let keys = cache.segmentKeys(of: job, printed: printed)
            let previous = cache.previousParts(of: job.name)
            let made: [Int?]
            do {
                try makeFolder(job.name)
                made = try output.writeParts(
                    count: job.segments.count, to: job.name, batch: partsAtOnce,
                    making: { indices in
                        indices.parallelMap { index in
                            previous?.has(index, key: keys[index]) == true ? nil : job.segments[index].make()
                        }
                    },
                    copy: { descriptor, run in try previous!.copy(run, to: descriptor) })
            } catch {
                return .failure(Self.writeProblem(job.name, error))
            }
            job.finished?()
            let lengths = made.indices.map { made[$0] ?? previous!.length(of: $0) }
            cache.record(job.name, key: key, paths: [job.name], segments: Array(zip(keys, lengths)))
            return .success((1, 0))
        }
        let keys = jobs.parallelMap { language, job in
            cache.key(of: job, printed: printed[language])
        }
        @Sendable func make(_ index: Int) -> Result<(files: Int, reused: Int), Diagnostic> {
            let (language, job) = jobs[index]
            let key = keys[index]
            if let linked = cache.reuse(
                job.name, key: key, into: output.staging, onSpare: output.spareFiles != nil,
                makeFolder: { try? makeFolder($0) })
            {
                return .success((linked.count, linked.count))
            }
            if !job.segments.isEmpty {
                return makeInParts(job, key: key, printed: printed[language])
            }
            let files = job.make()
            for file in files {
                do {
                    try makeFolder(file.path)
                    try output.writeIntoExistingFolder(file.data, to: file.path)
                } catch {
                    return .failure(Self.writeProblem(file.path, error))
                }
            }
            cache.record(job.name, key: key, paths: files.map(\.path))
            return .success((files.count, 0))
        }
        // The pages first, as listed (each in a folder of its own; the largest, which hold
        // the most memory while they are made, then never meet site.json's parts). Then the
        // data files and charts taken in turn from each top folder: files made at once in
        // one folder wait for each other on its lock (ext4 spun on it for up to 18% of a
        // cloned build).
        let order = Array(0..<pages) + Self.inTurn(jobs[pages...].map(\.job.name)).map { $0 + pages }
        let made = order.parallelMap { index in (make(index), ContinuousClock.now) }
        var results = made
        for (position, index) in order.enumerated() { results[index] = made[position] }
        return results
    }

    /// The indices of `paths`, taking one from each top folder in turn (in the order the
    /// folders first come), each folder's in their order.
    package static func inTurn(_ paths: [String]) -> [Int] {
        var folders: [Substring: Int] = [:]
        var groups: [[Int]] = []
        for (index, path) in paths.enumerated() {
            let folder = path.prefix { $0 != "/" }
            if let group = folders[folder] {
                groups[group].append(index)
            } else {
                folders[folder] = groups.count
                groups.append([index])
            }
        }
        var order: [Int] = []
        order.reserveCapacity(paths.count)
        var round = 0
        while order.count < paths.count {
            for group in groups where round < group.count { order.append(group[round]) }
            round += 1
        }
        return order
    }

    /// ", 1310 unchanged" for a step's summary, when the last build's files were reused.
    private static func unchanged(_ made: (files: Int, reused: Int)) -> String {
        made.reused == 0 ? "" : ", \(made.reused) unchanged"
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
