import Foundation
import QuarterlyTestSupport
import Testing

/// What a page carries onto paper: the running header and the address the layout sets
/// for the print stylesheet's page margins.
@Suite("Printed pages")
struct PrintedPageTests {
    /// The `style` attribute of a page's `<html>`, as written.
    static func printMarks(_ page: String) -> String {
        guard let start = page.range(of: "<html lang=\"en-GB\" style=\""),
            let end = page[start.upperBound...].range(of: "\">")
        else { return "" }
        return String(page[start.upperBound..<end.lowerBound])
    }

    @Test func everyPrintedPageNamesTheCouncilTheReportAndItsDate() throws {
        try Fixtures.withBuiltSite(Fixtures.minimal) { output, _ in
            let cases: [(page: String, head: String, address: String)] = [
                (
                    "quarters/2019-20-q1/index.html",
                    "Exampleshire County Council · Council Plan: Quarter 1 2019/20 progress report · published 12 September 2019",
                    "https://example.org/plan/quarters/2019-20-q1/"
                ),
                (
                    "quarters/2019-20-q2/index.html",
                    "Exampleshire County Council · Council Plan: Quarter 2 2019/20 progress report · to 30 September 2019",
                    "https://example.org/plan/quarters/2019-20-q2/"
                ),
                (
                    "trends/index.html", "Exampleshire County Council · Trends across quarters",
                    "https://example.org/plan/trends/"
                ),
            ]
            for (page, head, address) in cases {
                let marks = Self.printMarks(Fixtures.read(output.appendingPathComponent(page)))
                #expect(
                    marks == "--running-head: &quot;\(head)&quot;; --page-address: &quot;\(address)&quot;; "
                        + Self.pageWords,
                    "\(page)")
            }
        }
    }

    /// "Page 3 of 12" in the catalogue's words (`print.pageNumber`), around the counters.
    static let pageWords =
        "--page-before: &quot;Page &quot;; --page-between: &quot; of &quot;; --page-after: &quot;&quot;"

    /// Whatever the council's name holds, it stays one CSS string inside one attribute.
    @Test func quotesAndBackslashesStayInsideTheRunningHead() throws {
        let content = try Fixtures.minimalSite(with: [
            "site.yml": "organisation: 'The \"Best\" \\ <Council> & Co'\ntitle: Council Plan\nbase_url: /plan/\n"
        ])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try Fixtures.withBuiltSite(content) { output, _ in
            let marks = Self.printMarks(Fixtures.read(output.appendingPathComponent("trends/index.html")))
            #expect(
                marks
                    == "--running-head: &quot;The \\22 Best\\22  \\5c  \\3c Council\\3e  \\26  Co · Trends across quarters&quot;; --page-address: &quot;/plan/trends/&quot;; "
                    + Self.pageWords)
        }
    }
}
