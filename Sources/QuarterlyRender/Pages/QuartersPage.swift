import QuarterlyModel

/// `/quarters/`: every quarter's report, newest first. Quarters that hold only figures
/// later reports quoted are not reports, so they are not listed.
final class QuartersPage: TemplateContext {
    let quarters: [QuarterListing]

    init(fragments: Fragments) {
        quarters = fragments.graph.reports.reversed().map {
            QuarterListing($0, links: fragments.links, words: fragments.words)
        }
    }

    static func content(_ fragments: Fragments) -> PageContent<QuartersPage> {
        PageContent(
            body: QuartersPage(fragments: fragments), title: fragments.words["quarters.title"],
            current: fragments.words["nav.quarters"], section: "quarters")
    }

    static let fields = FieldTable<QuartersPage>([
        .list("quarters", "Every quarter's report, newest first.") { $0.quarters },
        .flag("hasQuarters", "Whether there is any.") { !$0.quarters.isEmpty },
    ])
}

/// A quarter in a list of reports.
final class QuarterListing: TemplateContext {
    let quarter: Quarter
    let url: String
    let label: String
    let status: String
    let published: String
    let periodEnd: String

    init(_ quarter: Quarter, links: Links, words: Catalogue) {
        periodEnd = words.text(quarter.periodEnd.name)
        self.quarter = quarter
        url = links.url(.quarter, quarter.id.slug)
        label = words.text(quarter.id.name)
        status = words[quarter.isDraft ? "quarters.statusDraft" : "quarters.statusPublished"]
        published = quarter.published.map { words.text($0.name) } ?? words["quarters.notYet"]
    }

    static let fields = FieldTable<QuarterListing>([
        .text("label", "The quarter, e.g. \"Quarter 2 2019/20\".") { $0.label },
        .text("url", "Its report's address.") { $0.url },
        .text("periodEnd", "The last day it covers, e.g. \"30 September 2019\".") { $0.periodEnd },
        .flag("isDraft", "Whether the report is a draft.") { $0.quarter.isDraft },
        .text("status", "Draft or Published (`quarters.statusDraft`, `quarters.statusPublished`).") { $0.status },
        .text("published", "The date it was published, or \"Not yet\" (`quarters.notYet`).") { $0.published },
        .text("meeting", "The meeting that considered it, or nothing.") { $0.quarter.meeting ?? "" },
    ])
}
