import QuarterlyModel

/// What an output file is made from, beyond what every file is made from (site.yml, the
/// definitions, the quarters' `index.md`, the templates and the build's settings): the
/// build cache makes a file again only when the digest of what it reads has changed.
/// A file that declares too little would be left stale, so declare generously: a test
/// edits every update of the example sites and checks each changed file declared it.
public enum ContentRead: Hashable, Sendable {
    /// Every update and outcome commentary of every quarter (a page that sums up the site).
    case everything
    /// One item's own updates (or an outcome's commentary) in every quarter, with their
    /// translations; the kind is the definition's (`.action`, `.measure`, `.risk`, `.outcome`).
    case item(ContentKind, String)
    /// The same, in this quarter and the quarters before it only: a quarter's report, and
    /// its updates in site.json, show nothing of an item's later updates, so an edit to the
    /// latest quarter leaves the earlier reports as they were.
    case itemThrough(ContentKind, String, QuarterID)
    /// Every update and commentary of this quarter and the quarters before it (a report
    /// compares each figure with earlier ones).
    case quartersThrough(QuarterID)
    /// The PDF the build printed of a quarter's report: its size and pages.
    case printedReport(QuarterID)
    /// Every update's and outcome commentary's front matter (statuses, figures, refs,
    /// titles), not its words: a page that counts and lists statuses but shows no
    /// commentary (the trends page, the A to Z) is not made again for a reworded sentence.
    case figures
    /// Every update of every item of one kind (`.action`, `.measure`, `.risk`; the
    /// definition's kind), in every quarter or in the quarters up to one (a table of
    /// one kind's updates, each compared with the quarter before).
    case kind(ContentKind, through: QuarterID?)

    /// An action's or a measure's page and files: its own updates, and those of the risks
    /// that name it, whose latest scores they show.
    /// - Parameter last: the latest quarter read (`itemThrough`); nil for every quarter.
    static func item(_ kind: ContentKind, _ id: String, in graph: AssessedGraph, through last: QuarterID? = nil)
        -> [ContentRead]
    {
        [.item(kind, id, through: last)] + graph.risks(linkedTo: id).map { .item(.risk, $0.id, through: last) }
    }

    /// One item's updates in every quarter, or in the quarters up to `last`.
    static func item(_ kind: ContentKind, _ id: String, through last: QuarterID?) -> ContentRead {
        last.map { .itemThrough(kind, id, $0) } ?? .item(kind, id)
    }

    /// A risk's page and files: its own updates, and those of the actions and measures it
    /// names, whose statuses it shows.
    static func risk(_ id: String, in graph: AssessedGraph) -> [ContentRead] {
        guard let risk = graph.risk(id) else { return [.everything] }
        return [.item(.risk, id)] + risk.actionIDs.map { .item(.action, $0) }
            + risk.measureIDs.map { .item(.measure, $0) }
    }

    /// An outcome's page: the updates of every action and measure under it or its
    /// supporting outcomes in any year's plan, and those outcomes' commentary.
    static func outcome(_ id: String, in graph: AssessedGraph) -> [ContentRead] {
        let years = graph.planYears
        guard !years.isEmpty else { return [.everything] }
        return ordered(years.map(graph.plan(inYear:)).flatMap { plan in under(id, in: plan, graph: graph) })
    }

    /// One outcome's part of the report of `quarter` (`plan` is the quarter's): the updates
    /// up to that quarter of every action and measure under it or its supporting outcomes
    /// in that plan, and those outcomes' commentary.
    static func reportOutcome(_ id: String, plan: PlanStructure, quarter: QuarterID, in graph: AssessedGraph)
        -> [ContentRead]
    {
        ordered(under(id, in: plan, graph: graph, through: quarter))
    }

    /// What an outcome shows of itself, its supporting outcomes and their items in one plan.
    private static func under(
        _ id: String, in plan: PlanStructure, graph: AssessedGraph, through last: QuarterID? = nil
    )
        -> [ContentRead]
    {
        var reads: [ContentRead] = []
        for outcome in plan.subtree(of: id) {
            reads.append(.item(.outcome, outcome, through: last))
            for action in plan.actions(in: outcome).ids { reads += item(.action, action, in: graph, through: last) }
            for measure in plan.measures(in: outcome).ids {
                reads += item(.measure, measure, in: graph, through: last)
            }
        }
        return reads
    }

    /// An owner's page: the updates of the items they answer for in the latest report.
    static func owner(_ slug: String, in graph: AssessedGraph) -> [ContentRead] {
        guard let report = graph.latestReport?.id,
            let owner = graph.owners(in: report).first(where: { $0.slug == slug })
        else { return [.everything] }
        return ordered(
            owner.items.flatMap { reported in
                item(reported.kind == .action ? .action : .measure, reported.id, in: graph)
            })
    }

    /// Each once, in the order first given (the order is part of a key, so never a set's).
    private static func ordered(_ reads: [ContentRead]) -> [ContentRead] {
        var seen = Set<ContentRead>()
        return reads.filter { seen.insert($0).inserted }
    }
}
