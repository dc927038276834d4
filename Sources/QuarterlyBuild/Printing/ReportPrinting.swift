import Foundation
import QuarterlyModel
import QuarterlyRender

extension SiteSnapshot {
    /// The quarters whose reports are printed: every published report (not a quarter
    /// kept for its figures only).
    var printableQuarters: [Quarter] { graph.reports.filter { !$0.isDraft } }

    /// Prints each published report's page with Chromium, in one browser, as the site
    /// will show it (its quarter page, without the PDF's own link, which print hides).
    /// The page is loaded from the site's own address, so the PDF's links lead there.
    /// - Parameter quarters: the reports to print (by default every printable one).
    func printReports(
        _ quarters: [Quarter]? = nil, with chromium: Chromium, timeout: Duration = .seconds(90)
    ) throws(PrintFailure) -> [(quarter: QuarterID, pdf: PrintedPDF)] {
        let quarters = quarters ?? printableQuarters
        guard !quarters.isEmpty else { return [] }
        let origin = links.origin ?? "http://localhost"
        let pages = Dictionary(pages.map { ($0.outputPath, $0) }, uniquingKeysWith: { first, _ in first })
        let assets = Dictionary(assets().map { ($0.path, $0) }, uniquingKeysWith: { _, later in later })
        let printer = try ReportPrinter(chromium: chromium, timeout: timeout)
        defer { printer.close() }
        var printed: [(quarter: QuarterID, pdf: PrintedPDF)] = []
        for quarter in quarters {
            let page = Page(.quarter, quarter.id.slug)
            let data = try printer.print(origin + links.url(of: page)) { url in
                servedFile(at: url, origin: origin, pages: pages, assets: assets)
            }
            printed.append((quarter.id, PrintedPDF(printed: data, date: quarter.reportDate)))
        }
        return printed
    }

    /// The site's file at an address, as a printed page asks for it: a page (rendered)
    /// or an asset (the templates folder's own, else the built-in one). Nothing else is served: not the network, not the open data.
    private func servedFile(
        at url: String, origin: String, pages: [String: Page], assets: [String: SiteAsset]
    ) -> ServedFile? {
        guard url.hasPrefix(origin + links.base) else { return nil }
        var path = String(url.dropFirst(origin.count + links.base.count))
        if let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<end]) }
        path = path.removingPercentEncoding ?? path
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        if let page = pages[path] { return ServedFile(data: html(page), type: "text/html; charset=utf-8") }
        if let data = assets[path]?.data {
            return ServedFile(data: data, type: Self.mediaType(of: path))
        }
        return nil
    }

    /// The media types of what templates' assets usually are.
    static func mediaType(of path: String) -> String {
        switch path.split(separator: ".").last?.lowercased() {
        case "css": "text/css; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "woff2": "font/woff2"
        case "woff": "font/woff"
        case "js": "text/javascript; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
