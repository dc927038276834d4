import QuarterlyModel

/// `/`: the latest report in brief, then at a glance. Quarters that hold figures only are
/// not reports: they are not listed, and the latest report is shown even when one follows it.
final class HomePage: TemplateContext {
    let quarterCount: Int
    let summary: SummaryContext?
    let latest: HomeLatest?
    let changes: HomeChanges?
    let quarters: [QuarterListing]
    let outcomes: [TitledLink]

    init(fragments: Fragments) {
        let graph = fragments.graph
        let report = graph.latestReport
        quarterCount = graph.reports.count
        summary = report.map { fragments.summary(of: $0.id) }
        latest = report.map { HomeLatest($0, fragments: fragments) }
        changes = report.flatMap { HomeChanges($0, fragments: fragments) }
        quarters = graph.reports.reversed().map { QuarterListing($0, links: fragments.links, words: fragments.words) }
        // The outcomes of the latest report's plan, numbered as that plan numbers them.
        outcomes = graph.currentPlan.rootOutcomes.map { fragments.outcomeLink($0, in: report?.id) }
    }

    static func content(_ fragments: Fragments) -> PageContent<HomePage> {
        PageContent(
            body: HomePage(fragments: fragments), title: fragments.graph.site.title,
            current: fragments.words["nav.home"],
            section: "home")
    }

    static let fields = FieldTable<HomePage>([
        .number("quarterCount", "How many quarterly reports there are (quarters with figures only are not).") {
            $0.quarterCount
        },
        .flag("hasLatest", "Whether there is any report.") { $0.latest != nil },
        .context("summary", "The latest report in brief (`partials/summary`), when there is one.") { $0.summary },
        .context("latest", "The latest report's figures, when there is one.") { $0.latest },
        .context("changes", "What changed since the last report, when there was one before the latest.") {
            $0.changes
        },
        .list("quarters", "Every report, newest first.") { $0.quarters },
        .list("outcomes", "The outcomes, with links to their pages.") { $0.outcomes },
    ])
}

/// The latest report at a glance: RAG counts by outcome, as its plan has them.
final class HomeLatest: TemplateContext {
    let quarter: Quarter
    let label: String
    let heading: String
    let progress: String
    let readReport: String
    let actionCaption: String
    let measureCaption: String
    let url: String
    let outcomes: [OutcomeCounts]
    let actionTotal: RAGCounts
    let measureTotal: RAGCounts

    let periodEnd: String

    init(_ quarter: Quarter, fragments: Fragments) {
        let graph = fragments.graph
        let words = fragments.words
        self.quarter = quarter
        let name = MessageArgument.message(quarter.id.name)
        label = words.text(quarter.id.name)
        periodEnd = words.text(quarter.periodEnd.name)
        heading = words.text("home.latestHeading", ["quarter": name])
        progress = words.text("common.progressTo", ["date": .message(quarter.periodEnd.name)])
        readReport = words.text("home.readReport", ["quarter": name])
        actionCaption = words.text("home.actionsByOutcome", ["quarter": name])
        measureCaption = words.text("home.measuresByOutcome", ["quarter": name])
        url = fragments.links.url(.quarter, quarter.id.slug)
        var actionTotal = RAGCount()
        var measureTotal = RAGCount()
        outcomes = graph.plan(in: quarter.id).rootOutcomes.map { outcome in
            let actions = graph.actionCount(under: outcome.id, in: quarter.id)
            let measures = graph.measureCount(under: outcome.id, in: quarter.id)
            actionTotal = actionTotal + actions
            measureTotal = measureTotal + measures
            return OutcomeCounts(
                link: fragments.outcomeLink(outcome, in: quarter.id), actions: actions, measures: measures)
        }
        self.actionTotal = RAGCounts(actionTotal)
        self.measureTotal = RAGCounts(measureTotal)
    }

    static let fields = FieldTable<HomeLatest>([
        .text("label", "The quarter, e.g. \"Quarter 2 2019/20\".") { $0.label },
        .text("heading", "\"Quarter 2 2019/20 at a glance\" (`home.latestHeading`).") { $0.heading },
        .text("progress", "\"Progress to 30 September 2019.\" (`common.progressTo`).") { $0.progress },
        .text("readReport", "The words of the link to its report (`home.readReport`).") { $0.readReport },
        .text("actionCaption", "The caption of the table of actions by outcome (`home.actionsByOutcome`).") {
            $0.actionCaption
        },
        .text("measureCaption", "The caption of the table of measures by outcome (`home.measuresByOutcome`).") {
            $0.measureCaption
        },
        .text("url", "Its report's address.") { $0.url },
        .text("periodEnd", "The last day it covers.") { $0.periodEnd },
        .flag("isDraft", "Whether the report is a draft.") { $0.quarter.isDraft },
        .list("outcomes", "Each outcome's counts of actions and measures by RAG status.") { $0.outcomes },
        .context("actionTotal", "All actions by RAG status.") { $0.actionTotal },
        .context("measureTotal", "All measures by RAG status.") { $0.measureTotal },
        .flag("hasActions", "Whether the report has any action (its table is left out when not).") {
            $0.actionTotal.count.total > 0
        },
        .flag("hasMeasures", "Whether the report has any measure.") { $0.measureTotal.count.total > 0 },
    ])
}

/// One outcome's actions and measures by RAG status.
final class OutcomeCounts: TemplateContext {
    let link: TitledLink
    let actions: RAGCounts
    let measures: RAGCounts

    init(link: TitledLink, actions: RAGCount, measures: RAGCount) {
        self.link = link
        self.actions = RAGCounts(actions)
        self.measures = RAGCounts(measures)
    }

    static let fields = FieldTable<OutcomeCounts>([
        .text("title", "The outcome's heading.") { $0.link.title },
        .text("url", "Its page's address.") { $0.link.url },
        .context("actions", "Its actions by RAG status.") { $0.actions },
        .context("measures", "Its measures by RAG status.") { $0.measures },
    ])
}

/// What changed in the latest report since the last report: how many of each kind, and
/// the RAG changes in full.
final class HomeChanges: TemplateContext {
    let since: LabelledLink
    let comparedWith: String
    let summary: [ChangeSummary]
    let trendsURL: String
    let ragChanges: ChangeList?

    /// Nil for the first report: there is no last report to compare it with.
    init?(_ quarter: Quarter, fragments: Fragments) {
        guard let previous = fragments.graph.previousReport(before: quarter.id) else { return nil }
        let words = fragments.words
        since = LabelledLink(
            label: words.text(previous.id.name), url: fragments.links.url(.quarter, previous.id.slug))
        comparedWith = words.linkedSentence("home.comparedWith", ["since": .link(since.url, words: since.label)])
        let groups = fragments.changeGroups(in: quarter.id)
        trendsURL = fragments.links.url(.trends)
        summary = groups.map { [trendsURL] in ChangeSummary(group: $0, url: trendsURL + "#" + $0.id) }
        let ragGroups = groups.filter { $0.key == "rag" }
        ragChanges = ragGroups.isEmpty ? nil : ChangeList(groups: ragGroups)
    }

    static let fields = FieldTable<HomeChanges>([
        .context("since", "The last report, compared with: its label (\"Quarter 2 2019/20\") and address.") {
            $0.since
        },
        .html("comparedWith", "\"Compared with the last report, Quarter 1 2019/20.\", linked (`home.comparedWith`).") {
            $0.comparedWith
        },
        .list("summary", "Each kind of change, with how many and a link to them on the trends page.") {
            $0.summary
        },
        .flag("hasGroups", "Whether anything changed.") { !$0.summary.isEmpty },
        .text("trendsURL", "The trends page's address.") { $0.trendsURL },
        .context("ragChanges", "The RAG changes, when there are any.") { $0.ragChanges },
    ])
}

/// One kind of change, counted, with a link to its list.
final class ChangeSummary: TemplateContext {
    let group: ChangeGroup
    let url: String

    init(group: ChangeGroup, url: String) {
        self.group = group
        self.url = url
    }

    static let fields = FieldTable<ChangeSummary>([
        .text("heading", "e.g. \"RAG status changed\".") { $0.group.heading },
        .number("count", "How many.") { $0.group.items.count },
        .text("url", "Their list on the trends page.") { $0.url },
    ])
}

/// Groups of changes, for `partials/changes`.
final class ChangeList: TemplateContext {
    let groups: [ChangeGroup]

    init(groups: [ChangeGroup]) { self.groups = groups }

    static let fields = FieldTable<ChangeList>([
        .list("groups", "The groups of changes.") { $0.groups },
        .flag("hasGroups", "Whether there are any.") { !$0.groups.isEmpty },
    ])
}
