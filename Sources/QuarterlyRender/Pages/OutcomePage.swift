import QuarterlyModel

/// `/outcomes/<id>/`: an outcome with its supporting outcomes, actions, measures and commentary.
final class OutcomePage: TemplateContext {
    let outcome: Outcome
    let heading: String
    let actionCaption: String
    let measureCaption: String
    let parent: TitledLink?
    let description: HTMLBlock?
    let children: [TitledLink]
    let actions: [ActionRow]
    let measures: [MeasureRow]
    let notes: [OutcomeQuarterNotes]

    init(_ outcome: Outcome, fragments: Fragments) {
        let graph = fragments.graph
        let latest = graph.latestQuarter?.id
        let subtree = graph.subtree(of: outcome.id)
        self.outcome = outcome
        heading = fragments.outcomeHeading(outcome)
        let at = latest.map { ": status at \($0.label)" } ?? ""
        actionCaption = "Actions under \(outcome.title)\(at)"
        measureCaption = "Measures under \(outcome.title)\(at)"
        parent = outcome.parentID.flatMap(graph.outcome).map(fragments.outcomeLink)
        description = fragments.markdown(outcome.description, headingLevel: 3)
        children = graph.children(of: outcome.id).map {
            TitledLink(title: $0.title, url: fragments.links.url(.outcome, $0.id))
        }
        actions = subtree.flatMap { graph.actions(in: $0) }.map { action in
            ActionRow(action, update: latest.flatMap { graph.actionUpdate(action.id, in: $0) }, links: fragments.links)
        }
        measures = subtree.flatMap { graph.measures(in: $0) }.map { measure in
            MeasureRow(
                measure, update: latest.flatMap { graph.measureUpdate(measure.id, in: $0) }, quarter: latest,
                fragments: fragments)
        }
        notes = graph.quarters.reversed().compactMap { OutcomeQuarterNotes(outcome, $0, fragments: fragments) }
    }

    static func content(for outcome: Outcome, _ fragments: Fragments) -> PageContent<OutcomePage> {
        PageContent(
            body: OutcomePage(outcome, fragments: fragments), title: fragments.outcomeHeading(outcome),
            crumbs: Array(fragments.outcomeCrumbs(outcome.id).dropLast()),
            current: outcome.ref.map { "Outcome \($0)" } ?? outcome.title, section: "outcomes",
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
        .context("description", "The outcome's description, when written.") { $0.description },
        .list("children", "Its supporting outcomes.") { $0.children },
        .flag("hasChildren", "Whether it has any.") { !$0.children.isEmpty },
        .list("actions", "Every action under it, at its status in the latest report.") { $0.actions },
        .flag("hasActions", "Whether there are any.") { !$0.actions.isEmpty },
        .text("actionCaption", "The caption of the action table.") { $0.actionCaption },
        .list("measures", "Every measure under it, at its value in the latest report.") { $0.measures },
        .flag("hasMeasures", "Whether there are any.") { !$0.measures.isEmpty },
        .text("measureCaption", "The caption of the measure table.") { $0.measureCaption },
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
        self.quarter = quarter.id.label
        url = fragments.links.url(.quarter, quarter.id.slug)
        self.notes = notes
    }

    static let fields = FieldTable<OutcomeQuarterNotes>(
        [
            .text("quarter", "The quarter.") { $0.quarter },
            .text("url", "Its report's address.") { $0.url },
        ] + OutcomeNotes.fields { $0.notes })
}
