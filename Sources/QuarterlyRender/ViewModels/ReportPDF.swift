import QuarterlyModel

/// The link to a report's PDF, with its size and number of pages.
final class ReportPDF: TemplateContext {
    let report: PrintedReport
    let title: String
    let url: String
    let size: String
    let about: String

    init(_ report: PrintedReport, title: String, url: String, words: Catalogue) {
        self.report = report
        self.title = title
        self.url = url
        size = report.size(in: words)
        let format =
            "<abbr title=\"\(HTMLText.escape(words["reportPDF.formatName"]))\">"
            + HTMLText.escape(words["reportPDF.format"]) + "</abbr>"
        about = words.linkedSentence(
            "reportPDF.about",
            ["format": .markup(format), "size": .text(size), "count": .count(report.pages)])
    }

    static let fields = FieldTable<ReportPDF>([
        .text(
            "title",
            "The report's title, e.g. \"Council Plan Delivery Plan 2019/20: Quarter 2 2019/20 progress report\"."
        ) {
            $0.title
        },
        .text("url", "The PDF's address: `quarters/<quarter>/report.pdf`.") { $0.url },
        .html(
            "about", "\"PDF, 640 KB, 12 pages\", its format named in full for screen readers (`reportPDF.about`)."
        ) { $0.about },
        .text("size", "Its size, e.g. \"640 KB\" or \"1.2 MB\".") { $0.size },
        .number("pages", "How many pages it has.") { $0.report.pages },
        .flag("onePage", "Whether it has a single page (to say \"page\", not \"pages\").") { $0.report.pages == 1 },
    ])
}
