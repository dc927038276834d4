import QuarterlyModel

/// One outcome in a quarter's report: its (supporting) outcomes' action tables and
/// commentary, then its measures. These are made when a template first shows them: the
/// report's contents list only names the outcome, and the build makes each outcome's
/// part on a copy of its own.
final class ReportOutcome: TemplateContext, PartItem {
    let id: String
    let heading: String
    let url: String
    private let outcome: Outcome
    private let quarter: QuarterID
    private let plan: PlanStructure
    private let fragments: Fragments

    /// `plan` is the plan of `q`'s year: it says which (supporting) outcomes there are and
    /// what is under each. Only for an outcome that `reported(in:plan:graph:)` lists.
    private init(_ outcome: Outcome, in q: QuarterID, plan: PlanStructure, fragments: Fragments) {
        self.outcome = outcome
        quarter = q
        self.plan = plan
        self.fragments = fragments
        id = outcome.id
        heading = fragments.outcomeHeading(outcome, in: q)
        url = fragments.links.url(.outcome, outcome.id)
    }

    /// The quarter's outcomes under which anything was reported, in its plan's order.
    static func all(in q: QuarterID, fragments: Fragments) -> [ReportOutcome] {
        let plan = fragments.graph.plan(in: q)
        return reported(in: q, plan: plan, graph: fragments.graph).map {
            ReportOutcome($0, in: q, plan: plan, fragments: fragments)
        }
    }

    /// The plan's outcomes under which an action or a measure was reported in `q`.
    static func reported(in q: QuarterID, plan: PlanStructure, graph: AssessedGraph) -> [Outcome] {
        plan.rootOutcomes.filter { graph.reportsAnything(under: $0.id, in: q, plan: plan) }
    }

    func fresh() -> Any {
        ReportOutcome(outcome, in: quarter, plan: plan, fragments: fragments)
    }

    private(set) lazy var groups: [ActionGroup] = plan.subtree(of: outcome.id).compactMap {
        ActionGroup(fragments.graph.outcome($0)!, in: quarter, plan: plan, fragments: fragments)
    }
    private(set) lazy var actionCounts = RAGCounts(fragments.graph.actionCount(under: outcome.id, in: quarter))
    private(set) lazy var measureCounts = RAGCounts(fragments.graph.measureCount(under: outcome.id, in: quarter))
    /// Set only when the outcome has measures that quarter; absent otherwise, so that a
    /// group's `{{#risk}}` with no notes of its own looks no further than the page.
    private(set) lazy var measures: MeasureSection? = {
        let (outcome, q, plan, fragments) = (outcome, quarter, plan, fragments)
        let measures = plan.subtree(of: outcome.id).flatMap { plan.measures(in: $0) }
            .compactMap { measure in fragments.graph.measureUpdate(measure.id, in: q).map { (measure, $0) } }
        return measures.isEmpty ? nil : MeasureSection(outcome, measures: measures, in: q, fragments: fragments)
    }()

    static let fields = FieldTable<ReportOutcome>(
        [
            .text("id", "The outcome's id, for anchors.") { $0.id },
            .text("heading", "Its heading in that quarter's plan, e.g. \"Outcome 1: …\".") { $0.heading },
            .text("url", "Its page's address.") { $0.url },
            .list("groups", "The outcome and each supporting outcome with actions reported that quarter.") {
                $0.groups
            },
            .context("actionCounts", "Its actions by RAG status.") { $0.actionCounts },
            .context("measureCounts", "Its measures by RAG status.") { $0.measureCounts },
            .flag("hasMeasures", "Whether any of its measures were reported (absent when not).") {
                $0.measures.map { _ in true }
            },
            .list("measures", "Its measures, when reported.") { $0.measures?.rows },
            .text("measureCaption", "The caption of its measure table, when it has one.") {
                $0.measures?.caption
            },
            .list("measureProgress", "Commentary on measures in the areas of progress.") { $0.measures?.progress },
            .list("measureImprovement", "Commentary on measures in the areas for improvement.") {
                $0.measures?.improvement
            },
        ] + OutcomeNotes.fields { $0.measures?.notes })
}

/// An outcome's measures in a quarter's report, and the outcome's notes that go with them.
struct MeasureSection {
    let rows: [MeasureRow]
    let caption: String
    let progress: [CommentaryItem]
    let improvement: [CommentaryItem]
    let notes: OutcomeNotes?

    init(_ outcome: Outcome, measures: [(Measure, AssessedMeasureUpdate)], in q: QuarterID, fragments: Fragments) {
        rows = measures.map { MeasureRow($0.0, update: $0.1, quarter: q, fragments: fragments) }
        caption = fragments.words.text(
            "report.measuresCaption", ["title": .text(outcome.title), "quarter": .message(q.name)])
        func commentary(_ section: CommentarySection) -> [CommentaryItem] {
            measures.filter { $0.1.section == section }.compactMap { measure, update in
                CommentaryItem(
                    ref: update.ref(for: measure), title: update.title ?? measure.title,
                    url: fragments.links.url(.measure, measure.id),
                    html: fragments.commentary.html(of: update, headingLevel: 6))
            }
        }
        progress = commentary(.progress)
        improvement = commentary(.improvement)
        notes = OutcomeNotes(on: outcome.id, in: q, headingLevel: 5, fragments: fragments)
    }
}

/// The actions of one (supporting) outcome in a quarter's report, with its commentary.
final class ActionGroup: TemplateContext {
    let id: String
    let title: String
    let url: String
    let isSupporting: Bool
    let heading: String
    let actionCaption: String
    let actions: [ActionRow]
    let progress: [CommentaryItem]
    let improvement: [CommentaryItem]
    let notes: OutcomeNotes?

    /// Nil when none of its actions was reported that quarter.
    init?(_ outcome: Outcome, in q: QuarterID, plan: PlanStructure, fragments: Fragments) {
        let graph = fragments.graph
        let items = plan.actions(in: outcome.id).compactMap { action in
            graph.actionUpdate(action.id, in: q).map { (action, $0) }
        }
        guard !items.isEmpty else { return nil }
        id = outcome.id
        title = outcome.title
        url = fragments.links.url(.outcome, outcome.id)
        isSupporting = outcome.parentID != nil
        let words = fragments.words
        heading = isSupporting ? words.text("report.supportingOutcome", ["title": .text(outcome.title)]) : title
        // Plans can repeat a supporting outcome's wording under two outcomes: naming the
        // outcome keeps every table's label unique.
        let name = MessageArgument.message(q.name)
        actionCaption =
            if let ref = Self.rootRef(of: outcome, in: q, graph: graph) {
                words.text(
                    "report.supportingActionsCaption",
                    ["title": .text(outcome.title), "ref": .text(ref), "quarter": name])
            } else {
                words.text("report.actionsCaption", ["title": .text(outcome.title), "quarter": name])
            }
        actions = items.map { ActionRow($0.0, update: $0.1, fragments: fragments) }
        func commentary(_ section: CommentarySection) -> [CommentaryItem] {
            items.filter { $0.1.section == section }.compactMap { action, update in
                CommentaryItem(
                    ref: update.ref(for: action), title: update.title ?? action.title,
                    url: fragments.links.url(.action, action.id),
                    html: fragments.commentary.html(of: update, headingLevel: 6))
            }
        }
        progress = commentary(.progress)
        improvement = commentary(.improvement)
        notes = OutcomeNotes(on: outcome.id, in: q, headingLevel: 5, fragments: fragments)
    }

    /// The ref of a supporting outcome's outcome that quarter, when it has one.
    private static func rootRef(of outcome: Outcome, in quarter: QuarterID, graph: AssessedGraph) -> String? {
        guard outcome.parentID != nil, let root = graph.lineage(of: outcome.id).first else { return nil }
        return root.ref(in: quarter)
    }

    static let fields = FieldTable<ActionGroup>(
        [
            .text("id", "The (supporting) outcome's id, for anchors.") { $0.id },
            .text("title", "Its title.") { $0.title },
            .text("url", "Its page's address.") { $0.url },
            .flag("isSupporting", "Whether it is a supporting outcome.") { $0.isSupporting },
            .text("heading", "Its title, as \"Supporting outcome: …\" for one (`report.supportingOutcome`).") {
                $0.heading
            },
            .text(
                "actionCaption",
                "The caption of its action table (`report.actionsCaption`, `report.supportingActionsCaption`)."
            ) {
                $0.actionCaption
            },
            .list("actions", "Its actions reported that quarter.") { $0.actions },
            .list("progress", "Commentary on actions in the areas of progress.") { $0.progress },
            .list("improvement", "Commentary on actions in the areas for improvement.") { $0.improvement },
        ] + OutcomeNotes.fields { $0.notes })
}
