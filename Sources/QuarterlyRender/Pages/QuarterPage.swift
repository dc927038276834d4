import QuarterlyModel

/// `/quarters/<q>/`: the full report, shaped like the published PDFs: per outcome and
/// supporting outcome the action table and commentary, per outcome the measures.
final class QuarterPage: TemplateContext {
    let quarter: QuarterSummary
    let summary: SummaryContext?
    let outcomes: [ReportOutcome]
    let key: RAGKey
    let downloads: QuarterDownloads
    let introduction: HTMLBlock?
    let pdf: ReportPDF?
    let corrections: [CorrectionNotice]
    let dataset: DatasetMarkup

    init(_ quarter: Quarter, fragments: Fragments) {
        let graph = fragments.graph
        let q = quarter.id
        self.quarter = QuarterSummary(quarter, site: graph.site)
        // A quarter of figures only is no report: nothing to sum up.
        summary = quarter.isReport ? fragments.summary(of: q) : nil
        let plan = graph.plan(in: q)
        outcomes = plan.rootOutcomes.compactMap { ReportOutcome($0, in: q, plan: plan, fragments: fragments) }
        key = RAGKey(
            site: graph.site, actions: graph.actionUpdates(in: q), measures: graph.measureUpdates(in: q),
            words: fragments.words)
        downloads = QuarterDownloads(q, site: graph.site, links: fragments.links)
        introduction = fragments.markdown(quarter.introduction, headingLevel: 2)
        let title = "\(self.quarter.plan): \(q.label) progress report"
        pdf = fragments.printed[q].map {
            ReportPDF($0, title: title, url: fragments.links.url(of: .quarterReport(q)))
        }
        corrections = CorrectionNotice.notices(of: quarter)
        dataset = DatasetMarkup(
            SiteDatasets(graph: graph, links: fragments.links).quarter(q),
            spreadsheet: LabelledLink(
                label: "this report (Excel, .xlsx)", url: fragments.links.url(of: .quarterWorkbook(q))),
            site: graph.site, links: fragments.links)
    }

    static func content(for quarter: Quarter, _ fragments: Fragments) -> PageContent<QuarterPage> {
        let site = fragments.graph.site
        return PageContent(
            body: QuarterPage(quarter, fragments: fragments),
            title: "\(quarter.id.label) " + (quarter.isReport ? "progress report" : "figures"),
            crumbs: [LabelledLink(label: "Quarterly reports", url: fragments.links.url(.quarters))],
            current: quarter.id.label, section: "quarters", sourcePath: quarter.sourcePath,
            description:
                "\(site.organisation): progress against the \(quarter.plan ?? site.title) to \(quarter.periodEnd.long).",
            runningHead:
                "\(site.organisation) · \(quarter.plan ?? site.title): \(quarter.id.label) progress report · "
                + (quarter.published.map { "published \($0.long)" } ?? "to \(quarter.periodEnd.long)")
        )
    }

    static let fields = FieldTable<QuarterPage>([
        .context("quarter", "The quarter and its report's status.") { $0.quarter },
        .context("summary", "The report in brief (`partials/summary`); not for a quarter of figures only.") {
            $0.summary
        },
        .context("introduction", "The report's introduction, when written.") { $0.introduction },
        .context("downloads", "The quarter's open data.") { $0.downloads },
        .context("pdf", "The report printed to PDF, when the build printed it (Chromium installed, not --no-pdf).") {
            $0.pdf
        },
        .context(
            "dataset", "The quarter's data as a dataset: its spreadsheet and schema.org markup (partials/dataset)."
        ) {
            $0.dataset
        },
        .context("key", "The RAG key, in the site's words, and who gave the statuses.") { $0.key },
        .list("outcomes", "Each outcome reported that quarter, in that quarter's plan.") { $0.outcomes },
        .flag("hasOutcomes", "Whether any outcome was reported.") { !$0.outcomes.isEmpty },
        .list("corrections", "The changes made since the report was published, newest first.") { $0.corrections },
    ])
}

/// A quarter's name, period and publication.
final class QuarterSummary: TemplateContext {
    let quarter: Quarter
    let plan: String

    init(_ quarter: Quarter, site: SiteConfig) {
        self.quarter = quarter
        plan = quarter.plan ?? site.title
    }

    static let fields = FieldTable<QuarterSummary>([
        .text("id", "The quarter's slug, e.g. `2019-20-q2`.") { $0.quarter.id.slug },
        .text("label", "e.g. \"Quarter 2 2019/20\".") { $0.quarter.id.label },
        .text("periodEnd", "The last day it covers, e.g. \"30 September 2019\".") { $0.quarter.periodEnd.long },
        .text("periodEndISO", "The same day as YYYY-MM-DD.") { $0.quarter.periodEnd.iso },
        .flag("isDraft", "Whether the report is a draft.") { $0.quarter.isDraft },
        .flag("isFiguresOnly", "Whether the quarter holds only figures later reports quoted (`report: false`).") {
            $0.quarter.isFiguresOnly
        },
        .text("plan", "The plan the report is against (the site's title unless the quarter names one).") {
            $0.plan
        },
        .context("published", "When it was published, when it has been.") {
            $0.quarter.published.map { TextValue(text: $0.long) }
        },
        .context("meeting", "The meeting that considered it, when named.") {
            $0.quarter.meeting.map(TextValue.init(text:))
        },
    ])
}

/// A quarter's open data files.
final class QuarterDownloads: TemplateContext {
    let quarter: QuarterID
    let licence: Licence
    let links: Links

    init(_ quarter: QuarterID, site: SiteConfig, links: Links) {
        self.quarter = quarter
        licence = site.licence
        self.links = links
    }

    static let fields = FieldTable<QuarterDownloads>([
        .text("measures", "The quarter's measures as CSV.") { $0.links.url(of: .quarterMeasures($0.quarter)) },
        .text("actions", "The quarter's actions as CSV.") { $0.links.url(of: .quarterActions($0.quarter)) },
        .text("all", "Every quarter as JSON (site.json).") { $0.links.url(of: .siteJSON) },
        .text("licenceName", "The open data licence's name.") { $0.licence.name },
        .text("licenceURL", "Its address.") { $0.licence.url },
    ])
}
