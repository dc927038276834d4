import Foundation
import QuarterlyTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Every chart a page shows is also a standalone SVG file, offered with "Use this chart".
@Suite struct ChartFileTests {
    /// Each chart's box names its file and its data, both written; the file is an SVG
    /// document whose drawing is the page's chart, with its title and description first.
    @Test(arguments: [(Fixtures.exampleContent, "/council-plan/"), (Fixtures.lancashireContent, "/lancashire/")])
    func everyChartOnAPageIsAFileOfItsOwn(content: URL, base: String) throws {
        try Fixtures.withBuiltSite(content, baseURL: base) { output, _ in
            let pages = (FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? []).filter {
                $0.hasSuffix("index.html")
            }
            var charts = 0
            var embedded = 0
            for page in pages {
                let html = Fixtures.read(output.appendingPathComponent(page))
                charts += html.components(separatedBy: "<div class=\"chart-scroll").count - 1
                for box in html.components(separatedBy: "<details class=\"use-chart\">").dropFirst() {
                    embedded += 1
                    let file = try #require(box.firstMatch(of: /href="([^"]+\.svg)"/)?.1, "\(page)")
                    #expect(file.hasPrefix(base))
                    let svg = Fixtures.read(output.appendingPathComponent(String(file.dropFirst(base.count))))
                    #expect(
                        svg.hasPrefix(
                            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
                    let document = try XMLDocument(data: Data(svg.utf8))
                    let root = try #require(document.rootElement())
                    #expect(root.children?.prefix(3).map(\.name) == ["title", "desc", "style"], "\(file)")
                    // Named by them as a document is, with no aria-* (SVG 1.1 has none).
                    #expect(root.attributes?.contains { $0.name?.hasPrefix("aria-") == true } == false, "\(file)")
                    // The drawing after the style is the page's chart, element for element.
                    let drawing = try #require(svg.firstMatch(of: /<\/style>(.*)<\/svg>/)?.1)
                    #expect(html.contains(String(drawing)), "\(file) is not the chart on \(page)")
                    for data in box.matches(of: /href="([^"]+\.(csv|json))"/) {
                        #expect(
                            FileManager.default.fileExists(
                                atPath: output.appendingPathComponent(String(data.1.dropFirst(base.count))).path))
                    }
                    // The snippet: an image with the chart's text alternative, absolute addresses.
                    let snippet = try #require(box.firstMatch(of: /<textarea[^>]*>(.*)<\/textarea>/)?.1)
                    #expect(snippet.contains("&lt;img src=&quot;https://"))
                    #expect(snippet.contains("\(base)\(file.dropFirst(base.count))&quot; alt=&quot;"))
                }
            }
            #expect(charts > 20)
            // Sparklines in tables are not charts of their own; every figure chart is.
            #expect(embedded == charts)
        }
    }

    /// With no host known (a path-only base URL), the snippet's addresses are paths on the site.
    @Test func withoutAHostTheSnippetUsesPaths() throws {
        let content = try Fixtures.minimalSite(with: [
            "site.yml":
                "organisation: Exampleshire County Council\ntitle: Council Plan\nbase_url: /plan/\naccessibility:\n  email: access@example.org\n"
        ])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try Fixtures.withBuiltSite(content) { output, _ in
            let html = Fixtures.read(output.appendingPathComponent("measures/foster-carers/index.html"))
            #expect(html.contains("&lt;img src=&quot;/plan/measures/foster-carers.svg&quot;"))
            #expect(
                FileManager.default.fileExists(atPath: output.appendingPathComponent("measures/foster-carers.svg").path)
            )
        }
    }
}
