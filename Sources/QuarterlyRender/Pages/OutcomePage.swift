import QuarterlyModel

/// `/outcomes/<id>/`: an outcome with its supporting outcomes, actions, measures and
/// commentary, at the latest quarter of a plan it is in and in that year's structure.
final class OutcomePage: TemplateContext {
    let outcome: Outcome
    let heading: String
    let years: TextValue?
    let actionCaption: String
    let measureCaption: String
    let parent: TitledLink?
    let parentSentence: String?
    let description: HTMLBlock?
    let children: [TitledLink]
    let earlierChildren: [TitledLink]
    let actions: [ActionRow]
    let measures: [MeasureRow]
    let notes: [OutcomeQuarterNotes]

    init(_ outcome: Outcome, fragments: Fragments) {
        let graph = fragments.graph
        let asAt = Self.quarter(showing: outcome, graph)
        let plan = asAt.map(graph.plan(in:)) ?? graph.currentPlan
        let earlierPlans = graph.planYears.prefix { $0 != plan.year }.reversed().map(graph.plan(inYear:))
        self.outcome = outcome
        let words = fragments.words
        heading = fragments.outcomeHeading(outcome, in: asAt)
        years = Self.inPlan(outcome.years, "outcome.inPlan", words).map(TextValue.init(text:))
        let caption = { (kind: String) in
            asAt.map {
                words.text("outcome.\(kind)At", ["title": .text(outcome.title), "quarter": .message($0.name)])
            } ?? words.text("outcome.\(kind)", ["title": .text(outcome.title)])
        }
        actionCaption = caption("actionCaption")
        measureCaption = caption("measureCaption")
        parent = outcome.parentID.flatMap(graph.outcome).map { fragments.outcomeLink($0) }
        parentSentence = parent.map {
            words.text(Message("outcome.supportingOf", ["outcome": .markup($0.link)]), escaping: HTMLText.escape)
        }
        description = fragments.markdown(outcome.description, headingLevel: 3)
        let link = { (child: Outcome) in TitledLink(title: child.title, url: fragments.links.url(.outcome, child.id)) }
        children = plan.children(of: outcome.id).map(link)
        earlierChildren = Self.earlier(
            than: plan.children(of: outcome.id), in: earlierPlans.map { $0.children(of: outcome.id) },
            where: { !plan.contains(outcome: $0.id) }
        ).map { child in
            TitledLink(
                title: Self.inPlan(child.years, "outcome.childInPlan", words, title: child.title) ?? child.title,
                url: fragments.links.url(.outcome, child.id))
        }

        let subtree = { (plan: PlanStructure) in plan.subtree(of: outcome.id) }
        let current = subtree(plan).flatMap(plan.actions(in:))
        let actions =
            current
            + Self.earlier(
                than: current, in: earlierPlans.map { earlier in subtree(earlier).flatMap(earlier.actions(in:)) },
                where: { !plan.contains(action: $0.id) && !graph.actionHistory($0.id).isEmpty })
        self.actions = actions.map { action in
            guard let asAt else { return ActionRow(action, update: nil, fragments: fragments) }
            return ActionRow(
                action, update: graph.actionHistory(action.id).last { $0.quarter <= asAt },
                standing: graph.standing(ofAction: action.id, at: asAt), fragments: fragments)
        }
        let currentMeasures = subtree(plan).flatMap(plan.measures(in:))
        let measures =
            currentMeasures
            + Self.earlier(
                than: currentMeasures,
                in: earlierPlans.map { earlier in subtree(earlier).flatMap(earlier.measures(in:)) },
                where: { !plan.contains(measure: $0.id) && !graph.measureHistory($0.id).isEmpty })
        self.measures = measures.map { measure in
            guard let asAt else { return MeasureRow(measure, update: nil, quarter: nil, fragments: fragments) }
            return MeasureRow(
                measure, update: graph.measureHistory(measure.id).last { $0.quarter <= asAt },
                standing: graph.standing(ofMeasure: measure.id, at: asAt), quarter: asAt, fragments: fragments)
        }
        notes = graph.quarters.reversed().compactMap { OutcomeQuarterNotes(outcome, $0, fragments: fragments) }
    }

    /// "In the plan until 2019/20." (`<key>Until`, `From`, `FromTo`, `In`), or a child's
    /// title with its years, `title` filling `{title}`; nil when it is in every plan year.
    private static func inPlan(_ years: PlanYears, _ key: String, _ words: Catalogue, title: String? = nil)
        -> String?
    {
        var arguments: [String: MessageArgument] = title.map { ["title": .text($0)] } ?? [:]
        let form: String
        switch (years.first, years.last) {
        case (nil, nil): return nil
        case (let first?, nil): (form, arguments["first"]) = ("From", .text(first))
        case (nil, let last?): (form, arguments["last"]) = ("Until", .text(last))
        case (let first?, let last?) where first == last: (form, arguments["year"]) = ("In", .text(first))
        case (let first?, let last?):
            form = "FromTo"
            (arguments["first"], arguments["last"]) = (.text(first), .text(last))
        }
        return words.text(key + form, arguments)
    }

    /// The quarter the page shows: the latest with anything reported under the outcome in
    /// that quarter's plan (so an outcome a later plan dropped is shown as it last stood),
    /// else the latest whose plan has it, else the latest.
    private static func quarter(showing outcome: Outcome, _ graph: AssessedGraph) -> QuarterID? {
        let inPlan = graph.quarters.map(\.id).filter { graph.plan(in: $0).contains(outcome: outcome.id) }
        let reported = inPlan.last { graph.reportsAnything(under: outcome.id, in: $0, plan: graph.plan(in: $0)) }
        return reported ?? inPlan.last ?? graph.latestQuarter?.id
    }

    /// What only earlier plans had under the outcome (latest plan first), each once and
    /// only when `keep` says so: items the page's plan has elsewhere are on their own
    /// outcome's page.
    private static func earlier<Item: Identifiable<String>>(
        than current: [Item], in earlier: [[Item]], where keep: (Item) -> Bool
    ) -> [Item] {
        var seen = Set(current.map(\.id))
        return earlier.joined().filter { keep($0) && seen.insert($0.id).inserted }
    }

    static func content(for outcome: Outcome, _ fragments: Fragments) -> PageContent<OutcomePage> {
        let page = OutcomePage(outcome, fragments: fragments)
        return PageContent(
            body: page, title: page.heading,
            crumbs: Array(fragments.outcomeCrumbs(outcome.id).dropLast()),
            current: outcome.ref.map { fragments.words.text("outcome.crumb", ["ref": .text($0)]) } ?? outcome.title,
            section: "outcomes",
            sourcePath: outcome.sourcePath)
    }

    static let fields = FieldTable<OutcomePage>([
        .context("definition", "What its file says, key by key, as text (docs/fields.md lists the keys).") {
            OutcomeDefinition($0.outcome)
        },
        .text("heading", "\"Outcome 1: …\" for an outcome, the title alone for a supporting outcome.") {
            $0.heading
        },
        .context("parent", "The outcome a supporting outcome belongs to.") { $0.parent },
        .html("parentSentence", "\"A supporting outcome of\" its outcome, linked (`outcome.supportingOf`).") {
            $0.parentSentence
        },
        .context("description", "The outcome's description, when written.") { $0.description },
        .context(
            "years", "\"In the plan until 2019/20.\", when it is in some plan years only (`outcome.inPlan*`)."
        ) { $0.years },
        .list("children", "Its supporting outcomes in the plan the page shows.") { $0.children },
        .flag("hasChildren", "Whether it has any.") { !$0.children.isEmpty },
        .list("earlierChildren", "Supporting outcomes only earlier plans had, each with its plan years.") {
            $0.earlierChildren
        },
        .flag("hasEarlierChildren", "Whether there are any.") { !$0.earlierChildren.isEmpty },
        .list(
            "actions",
            "Every action under it at the latest quarter of a plan it is in, then those only earlier plans had under it."
        ) { $0.actions },
        .flag("hasActions", "Whether there are any.") { !$0.actions.isEmpty },
        .text("actionCaption", "The caption of the action table (`outcome.actionCaptionAt`, `outcome.actionCaption`).")
        {
            $0.actionCaption
        },
        .list("measures", "Every measure under it at that quarter, then those only earlier plans had under it.") {
            $0.measures
        },
        .flag("hasMeasures", "Whether there are any.") { !$0.measures.isEmpty },
        .text(
            "measureCaption", "The caption of the measure table (`outcome.measureCaptionAt`, `outcome.measureCaption`)."
        ) { $0.measureCaption },
        .list("notes", "The summary, risk and finance updates written for it, newest quarter first.") {
            $0.notes
        },
        .flag("hasNotes", "Whether there are any.") { !$0.notes.isEmpty },
    ])
}

/// What was written for an outcome in one quarter.
final class OutcomeQuarterNotes: TemplateContext {
    let quarter: String
    let url: String
    let notes: OutcomeNotes

    init?(_ outcome: Outcome, _ quarter: Quarter, fragments: Fragments) {
        guard let notes = OutcomeNotes(on: outcome.id, in: quarter.id, headingLevel: 4, fragments: fragments)
        else { return nil }
        self.quarter = fragments.words.text(quarter.id.name)
        url = fragments.links.url(.quarter, quarter.id.slug)
        self.notes = notes
    }

    static let fields = FieldTable<OutcomeQuarterNotes>(
        [
            .text("quarter", "The quarter.") { $0.quarter },
            .text("url", "Its report's address.") { $0.url },
        ] + OutcomeNotes.fields { $0.notes })
}
