import Foundation
import QuarterlyContent
import QuarterlyMarkdown
import QuarterlyModel
import QuarterlyRender
import QuarterlyTestSupport
import Testing

/// Issue 20 (3): no body `check` accepts can make rendering slow. Each input that made
/// cmark-gfm slow is refused at the line and character where it crosses its limit, and
/// the worst inputs just inside the limits render in time that grows with their size only.
@Suite struct MarkdownLimitsTests {
    static func errors(_ body: String) -> [Diagnostic] {
        let report = FieldReport(path: "content/actions/a.md", firstLine: 2)
        MarkdownLimits.check(body, firstLine: 5, report: report)
        return report.diagnostics
    }

    /// `unit` repeated to about `bytes`.
    static func repeated(_ unit: String, _ bytes: Int, after head: String = "") -> String {
        head + String(repeating: unit, count: max(1, (bytes - head.utf8.count) / unit.utf8.count))
    }

    static let header = "|a" * 20 + "|\n" + "|-" * 20 + "|\n"

    /// Bodies past a limit: where it is reported (the body's first line is file line 5).
    static let refused: [(name: String, body: String, position: TextPosition)] = [
        (
            "a 40,000-column table (the issue's)", "|a" * 40_000 + "|\n" + "|-" * 40_000 + "|\n",
            .init(line: 5, column: 201)
        ),
        ("a row of 8,000 cells under a 1-column table", "|a|\n|-|\n" + "|" * 8_000 + "\n", .init(line: 7, column: 101)),
        ("20,000 quote marks on a line", "'" * 20_000, .init(line: 5, column: 501)),
        ("a line of 30,000 characters", "text\n" + "a" * 30_000, .init(line: 6, column: 20_001)),
        ("`![[]()` 2,000 times in a paragraph", "![[]()" * 2_000, .init(line: 5, column: 1_502)),
        ("`[` over two lines of a paragraph", ("x" + "[" * 300 + "\n") * 2, .init(line: 6, column: 202)),
        ("a list nested 50,000 deep", "* " * 50_000 + "a", .init(line: 5, column: 21)),
        ("quotes and lists nested 12 deep", "intro\n\n" + "> - " * 6 + "a", .init(line: 7, column: 21)),
        ("a 20-column header over 600 short lines", header + "x\n" * 600, .init(line: 505, column: 1)),
        (
            "the same table inside a block quote",
            "> " + header.replacingOccurrences(of: "\n|", with: "\n> |") + "> x\n" * 600, .init(line: 505, column: 1)
        ),
    ]

    @Test(arguments: refused.indices)
    func inputsThatWereSlowAreRefusedWhereTheyCrossTheLimit(_ index: Int) {
        let (name, body, position) = Self.refused[index]
        // A huge input may cross more than one limit: the first crossed is reported first.
        let errors = Self.errors(body)
        #expect(!errors.isEmpty && errors.allSatisfy { $0.code == .markdownTooComplex }, "\(name)")
        #expect(errors.first?.position == position, "\(name)")
        #expect(errors.first?.hint?.isEmpty == false)
    }

    /// The worst inputs found within the limits (at 256 KB, or as large as the limits let
    /// them be): each accepted, and rendered in at most 6 µs a byte (they take about 1.6);
    /// unchecked, the refused ones above took 4 s or more at 256 KB.
    static let accepted: [(name: String, body: String)] = [
        ("lines of 500 quote marks", repeated("'" * 500 + "\n", 262_144)),
        ("a table of 99 columns and 100 rows", "|a" * 99 + "|\n" + "|-" * 99 + "|\n" + ("|b" * 99 + "|\n") * 99),
        ("lines nesting 10 lists", repeated("* " * 10 + "a\n", 262_144)),
        ("paragraphs of 500 `[`", repeated("![[]()" * 250 + "\n\n", 262_144)),
        ("a 20-column table filled out from 498 short rows", header + "x\n" * 498),
        ("lines of 20,000 `*a`", repeated("*a" * 9_999 + "\n", 262_144)),
        (
            "prose with links, quotes and emphasis",
            repeated(
                "The council's plan is \"on track\"; see [the report](https://example.org/) for *more*.\n\n", 262_144)
        ),
    ]

    @Test(arguments: accepted.indices)
    func theWorstAcceptedInputsRenderInLinearTime(_ index: Int) {
        let (name, body) = Self.accepted[index]
        #expect(Self.errors(body).isEmpty, "\(name)")
        let seconds = ThreadCPUTime.seconds { _ = Markdown.html(body) }
        // 6 µs a byte is ten times what the slowest case takes; the quarter-second floor keeps
        // a small input's few milliseconds from failing on a loaded machine, while a blow-up
        // (quadratic in a quarter of a megabyte) takes many seconds.
        #expect(seconds < max(0.25, 6e-6 * Double(body.utf8.count)), "\(name): \(seconds) s")
    }

    /// Real commentary is far inside every limit: the example sites pass with no Markdown error.
    @Test func theExamplesAreWellInside() {
        for content in [Fixtures.exampleContent, Fixtures.lancashireContent] {
            let codes = ContentLoader.load(from: content.path).diagnostics.map(\.code)
            #expect(!codes.contains(.markdownTooComplex))
        }
    }

    @Test func eachLimitIsReportedOnceAFile() {
        let body = ("'" * 600 + "\n") * 50
        #expect(Self.errors(body).count == 1)
    }
}

extension String {
    fileprivate static func * (text: String, count: Int) -> String { String(repeating: text, count: count) }
}
