import Foundation
import QuarterlyBuild
import QuarterlyModel
import QuarterlyRender
import Synchronization

/// The site the preview serves: a snapshot of the content, with each file made the first
/// time it is asked for and kept until the next rebuild. A one-file edit then costs a
/// reload of that file, the validation of the whole graph, and the pages looked at, not
/// a build of every page.
package final class PreviewSite: Sendable {
    package let snapshot: SiteSnapshot
    /// Output path (`actions/x/index.html`) → page.
    private let pages: [String: Page]
    /// Listed on first use: a page asked for after an edit need not wait for a look at
    /// the templates folder's assets.
    private let listedAssets = Mutex<[String: SiteAsset]?>(nil)
    private let made = Mutex<[String: Data]>([:])
    /// Updates still marked for review, highlighted on the pages that show them: found on
    /// another core while the first page asked for is rendered (it looks at every update).
    private let marked: Background<[ReviewMarks.Marked]>
    /// Every other file (open data, chart files, feed, sitemap), made together on first use.
    private let others = Mutex<[String: Data]?>(nil)
    /// The site in each other language, served under its prefix (`cy/`).
    private let translations: [(prefix: String, site: PreviewSite)]

    package init(_ snapshot: SiteSnapshot) {
        self.snapshot = snapshot
        translations = snapshot.translations.map { ($0.prefix, PreviewSite($0)) }
        pages = Dictionary(snapshot.pages.map { ($0.outputPath, $0) }, uniquingKeysWith: { first, _ in first })
        let graph = snapshot.graph
        marked = Background { ReviewMarks.marked(in: graph) }
    }

    /// The bytes of the file at `path` (relative to the site's root), as the build writes them.
    package func file(at path: String) -> Data? {
        if let (prefix, site) = translation(of: path) { return site.file(at: String(path.dropFirst(prefix.count))) }
        if let page = pages[path] {
            if let known = made.withLock({ $0[path] }) { return known }
            let html = snapshot.html(page)
            made.withLock { $0[path] = html }
            return html
        }
        if let asset = assets[path] { return asset.data }
        // Every other file is data (JSON, CSV, spreadsheets), a chart, the feed, the sitemap or robots.txt.
        guard ["json", "jsonld", "csv", "xml", "txt", "xlsx", "svg"].contains((path as NSString).pathExtension) else {
            return nil
        }
        return others.withLock { files in
            if files == nil {
                let all = snapshot.dataFiles() + snapshot.chartFiles() + [snapshot.feed()] + snapshot.sitemapFiles()
                files = Dictionary(all.map { ($0.path, $0.data) }, uniquingKeysWith: { first, _ in first })
            }
            return files?[path]
        }
    }

    /// A page's HTML as the preview shows it: updates still marked for review are
    /// highlighted (never in a built site).
    package func previewed(_ html: String, at path: String) -> String {
        if let (prefix, site) = translation(of: path) {
            return site.previewed(html, at: String(path.dropFirst(prefix.count)))
        }
        guard let page = pages[path], !marked.value.isEmpty else { return html }
        return ReviewMarks(page: page, marked: marked.value, graph: snapshot.graph, links: snapshot.links).marking(html)
    }

    /// The other language a path is in, if any (its assets too: each language has its own).
    private func translation(of path: String) -> (String, PreviewSite)? {
        translations.first { path.hasPrefix($0.prefix) }
    }

    private var assets: [String: SiteAsset] {
        listedAssets.withLock { listed in
            if let listed { return listed }
            let all = Dictionary(snapshot.assets().map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
            listed = all
            return all
        }
    }

    /// Whether the open data has been made (a page alone never needs it).
    package var otherFilesMade: Bool { others.withLock { $0 != nil } }

    /// Every path the site has, for tests that compare it with a build.
    package var allPaths: [String] {
        _ = file(at: SiteFile.feed.path)
        return Array(pages.keys) + Array(assets.keys) + (others.withLock { $0.map { Array($0.keys) } } ?? [])
            + translations.flatMap { prefix, site in site.allPaths.map { prefix + $0 } }
    }

    /// The file a URL path names (`/actions/x/` → `actions/x/index.html`); nil for a path
    /// that tries to leave the site or names a hidden file.
    package static func path(for urlPath: String) -> String? {
        let clean = (urlPath.removingPercentEncoding ?? urlPath).split(separator: "?").first.map(String.init) ?? ""
        let parts = clean.split(separator: "/").map(String.init)
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) else { return nil }
        return parts.joined(separator: "/")
    }

    /// The file for a URL path; a path whose last part has no extension is a folder, and
    /// names its `index.html`, as a web server would serve it.
    package func file(forURLPath urlPath: String) -> (path: String, data: Data)? {
        guard let path = Self.path(for: urlPath) else { return nil }
        let isFolder = !(path.split(separator: "/").last?.contains(".") ?? false)
        let file = isFolder ? (path.isEmpty ? "" : path + "/") + "index.html" : path
        return self.file(at: file).map { (file, $0) }
    }
}
