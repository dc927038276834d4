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
        let words = fragments.words
        let q = quarter.id
        self.quarter = QuarterSummary(quarter, site: graph.site, words: words)
        // A quarter of figures only is no report: nothing to sum up.
        summary = quarter.isReport ? fragments.summary(of: q) : nil
        outcomes = ReportOutcome.all(in: q, fragments: fragments)
        key = RAGKey(
            site: graph.site, actions: graph.actionUpdates(in: q), measures: graph.measureUpdates(in: q),
            words: fragments.words)
        downloads = QuarterDownloads(q, site: graph.site, links: fragments.links, words: words)
        introduction = fragments.markdown(quarter.introduction, headingLevel: 2)
        let title = words.text("report.title", ["plan": .text(self.quarter.plan), "quarter": .message(q.name)])
        pdf = fragments.printed[q].map {
            ReportPDF($0, title: title, url: fragments.links.url(of: .quarterReport(q)), words: words)
        }
        corrections = CorrectionNotice.notices(of: quarter, words: words)
        dataset = DatasetMarkup(
            SiteDatasets(graph: graph, links: fragments.links, words: words).quarter(q),
            spreadsheet: LabelledLink(
                label: words["report.spreadsheet"], url: fragments.links.url(of: .quarterWorkbook(q))),
            site: graph.site, links: fragments.links, words: words)
    }

    static func content(for quarter: Quarter, _ fragments: Fragments) -> PageContent<QuarterPage> {
        let site = fragments.graph.site
        let words = fragments.words
        let name = MessageArgument.message(quarter.id.name)
        let organisation = MessageArgument.text(site.organisation)
        let plan = MessageArgument.text(quarter.plan ?? site.title)
        return PageContent(
            body: QuarterPage(quarter, fragments: fragments),
            title: words.text(quarter.isReport ? "report.pageTitle" : "report.figuresPageTitle", ["quarter": name]),
            crumbs: [LabelledLink(label: words["nav.quarters"], url: fragments.links.url(.quarters))],
            current: words.text(quarter.id.name), section: "quarters", sourcePath: quarter.sourcePath,
            description: words.text(
                "report.description",
                ["organisation": organisation, "plan": plan, "date": .message(quarter.periodEnd.name)]),
            runningHead: words.text(
                quarter.published == nil ? "report.runningHead" : "report.runningHeadPublished",
                [
                    "organisation": organisation, "plan": plan, "quarter": name,
                    "date": .message((quarter.published ?? quarter.periodEnd).name),
                ])
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
    let label: String
    let periodEnd: String
    let published: TextValue?
    let title: String
    let lead: String

    init(_ quarter: Quarter, site: SiteConfig, words: Catalogue) {
        self.quarter = quarter
        plan = quarter.plan ?? site.title
        label = words.text(quarter.id.name)
        periodEnd = words.text(quarter.periodEnd.name)
        published = quarter.published.map { TextValue(text: words.text($0.name)) }
        title = words.text(
            quarter.isFiguresOnly ? "report.figuresTitle" : "report.title",
            ["plan": .text(plan), "quarter": .message(quarter.id.name)])
        // Sentences of their own, so each reads whole in any language.
        lead =
            ([words.text("common.progressTo", ["date": .message(quarter.periodEnd.name)])]
            + (quarter.meeting.map { [words.text("report.consideredBy", ["meeting": .text($0)])] } ?? [])
            + (quarter.published.map { [words.text("report.published", ["date": .message($0.name)])] } ?? [])).joined(
                separator: " ")
    }

    static let fields = FieldTable<QuarterSummary>([
        .text("id", "The quarter's slug, e.g. `2019-20-q2`.") { $0.quarter.id.slug },
        .text("label", "e.g. \"Quarter 2 2019/20\".") { $0.label },
        .text(
            "title",
            "\"Council Plan: Quarter 2 2019/20 progress report\", or \"… figures\" (`report.title`, `report.figuresTitle`)."
        ) { $0.title },
        .text(
            "lead",
            "When it runs to, who considered it and when it was published, in sentences (`common.progressTo`, `report.consideredBy`, `report.published`)."
        ) { $0.lead },
        .text("periodEnd", "The last day it covers, e.g. \"30 September 2019\".") { $0.periodEnd },
        .text("periodEndISO", "The same day as YYYY-MM-DD.") { $0.quarter.periodEnd.iso },
        .flag("isDraft", "Whether the report is a draft.") { $0.quarter.isDraft },
        .flag("isFiguresOnly", "Whether the quarter holds only figures later reports quoted (`report: false`).") {
            $0.quarter.isFiguresOnly
        },
        .text("plan", "The plan the report is against (the site's title unless the quarter names one).") {
            $0.plan
        },
        .context("published", "When it was published, when it has been.") {
            $0.published
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
    let sentence: String

    init(_ quarter: QuarterID, site: SiteConfig, links: Links, words: Catalogue) {
        self.quarter = quarter
        licence = site.licence
        self.links = links
        sentence = words.linkedSentence(
            "report.downloads",
            [
                "measures": words.link(links.url(of: .quarterMeasures(quarter)), "report.measuresCSV", download: true),
                "actions": words.link(links.url(of: .quarterActions(quarter)), "report.actionsCSV", download: true),
                "all": words.link(links.url(of: .siteJSON), "report.allJSON"),
                "licence": .link(site.licence.url, words: site.licence.name),
            ])
    }

    static let fields = FieldTable<QuarterDownloads>([
        .text("measures", "The quarter's measures as CSV.") { $0.links.url(of: .quarterMeasures($0.quarter)) },
        .text("actions", "The quarter's actions as CSV.") { $0.links.url(of: .quarterActions($0.quarter)) },
        .text("all", "Every quarter as JSON (site.json).") { $0.links.url(of: .siteJSON) },
        .text("licenceName", "The open data licence's name.") { $0.licence.name },
        .text("licenceURL", "Its address.") { $0.licence.url },
        .html("sentence", "The sentence offering them, with their links and the licence's (`report.downloads`).") {
            $0.sentence
        },
    ])
}
