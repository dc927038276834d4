import QuarterlyRender
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
}
