/// The link to a report's PDF, with its size and number of pages.
final class ReportPDF: TemplateContext {
    let report: PrintedReport
    let title: String
    let url: String

    init(_ report: PrintedReport, title: String, url: String) {
        self.report = report
        self.title = title
        self.url = url
    }

    static let fields = FieldTable<ReportPDF>([
        .text(
            "title",
            "The report's title, e.g. \"Council Plan Delivery Plan 2019/20: Quarter 2 2019/20 progress report\"."
        ) {
            $0.title
        },
        .text("url", "The PDF's address: `quarters/<quarter>/report.pdf`.") { $0.url },
        .text("size", "Its size, e.g. \"640 KB\" or \"1.2 MB\".") { $0.report.size },
        .number("pages", "How many pages it has.") { $0.report.pages },
        .flag("onePage", "Whether it has a single page (to say \"page\", not \"pages\").") { $0.report.pages == 1 },
    ])
}
