import Foundation
import QuarterlyModel
import QuarterlyRender

/// One validated state of the content and templates, able to make any file of the site.
/// The build makes and writes every file; the preview makes each one when a browser asks
/// for it. Both go through these functions, so a previewed file is the built file.
public struct SiteSnapshot: Sendable {
    public let renderer: SiteRenderer
    /// Problems that did not stop the build.
    public let warnings: [Diagnostic]
    /// How many content files there are, and how many were reused from the last load.
    public let fileCount: Int
    public let reusedCount: Int
    let templatesDirectory: String?
    /// The content's digests, for the build cache (nil in the preview, which has none).
    var digests: ContentDigests? = nil
    /// Where its files go in the site: empty for the default language, `cy/` for another.
    public var prefix = ""
    /// The site in each other language, each under its own `prefix`.
    public var translations: [SiteSnapshot] = []
    /// This snapshot and its translations: every language of the site.
    public var languages: [SiteSnapshot] { [self] + translations }

    public var graph: AssessedGraph { renderer.graph }
    public var links: Links { renderer.links }
    public var pages: [Page] { renderer.pages }

    public func html(_ page: Page) -> Data {
        Data(renderer.render(page).html.utf8)
    }

    /// The open data (`data/`, and each measure's and quarter's files).
    public func dataFiles() -> [(path: String, data: Data)] {
        DataFiles(
            graph: graph, links: links, words: renderer.templates.catalogue, commentary: renderer.commentary
        ).all
    }

    /// Every chart as a standalone SVG file (`measures/<id>.svg`…), styled by the site's
    /// stylesheet (its `assets/quarterly.css`, the built-in one unless the site has its own).
    public func chartFiles() -> [(path: String, data: Data)] {
        let stylesheet = assets().first { $0.path == "assets/quarterly.css" }?.data ?? Data()
        return StandaloneCharts(graph: graph, links: links, words: renderer.templates.catalogue).files(
            stylesheet: String(decoding: stylesheet, as: UTF8.self))
    }

    public func feed() -> (path: String, data: Data) {
        (SiteFile.feed.path, Data(AtomFeed(graph: graph, links: links, words: renderer.templates.catalogue).xml.utf8))
    }

    /// robots.txt, and sitemap.xml when `base_url` names a host.
    public func sitemapFiles() -> [(path: String, data: Data)] {
        let sitemap = Sitemap(graph: graph, links: links)
        var files = [(path: SiteFile.robots.path, data: Data(sitemap.robots.utf8))]
        if let xml = sitemap.xml { files.append((path: SiteFile.sitemap.path, data: Data(xml.utf8))) }
        return files
    }

    /// The same snapshot with the reports the build printed, by language (this one's
    /// first, then each translation's): their quarter pages link them.
    func printed(_ reports: [[QuarterID: PrintedReport]]) -> SiteSnapshot {
        var options = renderer.options
        options.printedReports = reports.first ?? [:]
        return SiteSnapshot(
            renderer: SiteRenderer(
                graph: graph, templates: renderer.templates, options: options, commentary: renderer.commentary),
            warnings: warnings,
            fileCount: fileCount, reusedCount: reusedCount, templatesDirectory: templatesDirectory, digests: digests,
            prefix: prefix,
            translations: zip(translations.indices, translations).map { index, translation in
                translation.printed([reports.indices.contains(index + 1) ? reports[index + 1] : [:]])
            })
    }

    /// Every page, as a job of the build (under this language's prefix). An action's,
    /// measure's or risk's page writes its chart's file too, from the same drawing
    /// (`chartJobs()` leaves those out): both are made from what the page reads.
    func pageJobs() -> [OutputJob] {
        // One closure holds the renderer, and every page's job holds that closure: a job
        // that captured `self` held its own copy of the snapshot's and renderer's fields
        // (a few hundred bytes each, for every page of a large site).
        let styles = chartStyles()
        let files: @Sendable (Page) -> [(path: String, data: Data)] = { [renderer, prefix] page in
            renderer.files(of: page, charts: styles).map { (prefix + $0.path, $0.data) }
        }
        let reads: @Sendable (Page) -> [ContentRead] = { [graph] page in page.reads(in: graph) }
        return pages.map { page in
            let path = prefix + page.outputPath
            if let parts = renderer.inParts(page) {
                let reads = reads(page)
                // A part that reads only its item is keyed by its item's sources and its
                // piece of the frame (`narrowed`): an edit to one item makes that part again.
                return OutputJob(
                    name: path, reads: reads,
                    segments: (0..<parts.count).map { index in
                        OutputSegment(reads: reads) { Array(parts.part(index).utf8) }
                    }, finished: parts.finished, narrowed: parts.narrowed)
            }
            return OutputJob(name: path, readsWhenKeyed: { reads(page) }) { files(page) }
        }
    }

    /// The open data (`dataFiles()`), as jobs of the build.
    func dataJobs() -> [OutputJob] {
        prefixed(
            DataFiles(
                graph: graph, links: links, words: renderer.templates.catalogue, commentary: renderer.commentary
            ).jobs)
    }

    /// The chart files (`chartFiles()`) but the items', which their pages write
    /// (`pageJobs()`), as jobs of the build.
    func chartJobs() -> [OutputJob] {
        prefixed(
            StandaloneCharts(graph: graph, links: links, words: renderer.templates.catalogue).jobs(
                styles: chartStyles(), withItems: false))
    }

    /// The site's stylesheet, which each chart file carries the rules of that it uses.
    private func chartStyles() -> ChartStylesheet {
        let stylesheet = assets().first { $0.path == "assets/quarterly.css" }?.data ?? Data()
        return ChartStylesheet(String(decoding: stylesheet, as: UTF8.self))
    }

    private func prefixed(_ jobs: [OutputJob]) -> [OutputJob] {
        guard !prefix.isEmpty else { return jobs }
        let prefix = prefix
        return jobs.map { job in
            OutputJob(name: prefix + job.name, readsWhenKeyed: { job.reads }) {
                job.make().map { (prefix + $0.path, $0.data) }
            }
        }
    }

    /// Files of this language, where they go in the site (under its prefix).
    func prefixed(_ files: [(path: String, data: Data)]) -> [(path: String, data: Data)] {
        prefix.isEmpty ? files : files.map { (prefix + $0.path, $0.data) }
    }

    /// The built-in assets and the templates folder's `assets/`, published under `assets/`.
    public func assets() -> [SiteAsset] {
        TemplateFolder.assets(overlay: templatesDirectory)
    }
}
