import Dispatch
import Foundation
import QuarterlyMarkdown
import QuarterlyRender
import Synchronization
import Testing

@Suite("Markdown")
struct MarkdownTests {
    @Test func rawHTMLIsNeverPassedThrough() {
        let html = Markdown.html("Hello <script>alert(1)</script> <b onclick=\"x()\">there</b>\n\n<div>block</div>")
        #expect(!html.contains("<script"))
        #expect(!html.contains("onclick"))
        #expect(!html.contains("<div>"))
        #expect(html.contains("Hello"))
    }

    @Test(
        "only safe link schemes survive",
        arguments: [
            ("[a](javascript:alert(1))", false), ("[a](data:text/html,x)", false), ("[a](JaVaScRiPt:alert(1))", false),
            ("[a](vbscript:x)", false), ("[a](https://example.org/)", true), ("[a](mailto:x@example.org)", true),
            ("[a](../measures/x/)", true),
        ])
    func linkSchemes(markdown: String, kept: Bool) {
        let html = Markdown.html(markdown)
        #expect(html.contains("href=\"\"") != kept, "\(html)")
    }

    @Test func tablesAndStrikethrough() {
        let html = Markdown.html("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~")
        #expect(html.contains("<table>"))
        #expect(html.contains("<del>old</del>"))
    }

    @Test func headingsSitBelowThePage() {
        #expect(Markdown.html("# Title", headingLevel: 4).contains("<h4>Title</h4>"))
    }

    /// cmark's memory comes from a per-thread arena, dropped after each text: a text larger
    /// than the arena's first block comes out whole, and so does a small one after it.
    @Test func aTextLargerThanTheArenaBlockComesOutWhole() {
        let paragraphs = (1...6000).map { "Paragraph \($0) has *some* words and a [link](https://example.org/\($0))." }
        let html = Markdown.html(paragraphs.joined(separator: "\n\n"))
        #expect(html.utf8.count > 512 * 1024)
        #expect(html.components(separatedBy: "<p>").count - 1 == 6000)
        #expect(html.hasPrefix("<p>Paragraph 1 has <em>some</em>"))
        #expect(html.hasSuffix("<a href=\"https://example.org/6000\">link</a>.</p>\n"))
        #expect(Markdown.html("after **that**") == "<p>after <strong>that</strong></p>\n")
    }

    /// Each thread has its own arena: texts rendered at once on many threads come out as
    /// they do one at a time.
    @Test func textsRenderedOnManyThreadsAtOnceComeOutAsAlone() {
        let texts = (0..<400).map { n in
            (0...(n % 7)).map { "## Part \($0) of \(n)\n\n| a | b |\n|---|---|\n| \(n) | ~~\($0)~~ |\n\n- one\n- two" }
                .joined(separator: "\n\n")
        }
        let alone = texts.map { Markdown.html($0) }
        let results = Mutex([String](repeating: "", count: texts.count))
        DispatchQueue.concurrentPerform(iterations: texts.count) { index in
            let html = Markdown.html(texts[index])
            results.withLock { $0[index] = html }
        }
        #expect(results.withLock { $0 } == alone)
    }
}
