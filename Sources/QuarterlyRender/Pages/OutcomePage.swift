import QuarterlyModel

/// `/outcomes/<id>/`: an outcome with its supporting outcomes, actions, measures and commentary.
struct OutcomePage {
    let fragments: Fragments
    var graph: AssessedGraph { fragments.graph }

    func content(for outcome: Outcome) -> PageContent<UntypedBody> {
        let latest = graph.latestQuarter?.id
        let subtree = graph.subtree(of: outcome.id)
        let actions = subtree.flatMap { graph.actions(in: $0) }
        let measures = subtree.flatMap { graph.measures(in: $0) }
        var model: ViewModel = [
            "heading": fragments.outcomeHeading(outcome),
            "children": graph.children(of: outcome.id).map { child -> ViewModel in
                ["title": child.title, "url": fragments.links.outcome(child.id)]
            },
            "hasChildren": !graph.children(of: outcome.id).isEmpty,
            "actions": actions.map { action in
                fragments.actionRow(action, update: latest.flatMap { graph.actionUpdate(action.id, in: $0) })
            },
            "hasActions": !actions.isEmpty,
            "measures": measures.map { measure in
                fragments.measureRow(
                    measure, update: latest.flatMap { graph.measureUpdate(measure.id, in: $0) }, quarter: latest)
            },
            "hasMeasures": !measures.isEmpty,
        ]
        let at = latest.map { ": status at \($0.label)" } ?? ""
        model["actionCaption"] = "Actions under \(outcome.title)\(at)"
        model["measureCaption"] = "Measures under \(outcome.title)\(at)"
        if let parent = outcome.parentID.flatMap(graph.outcome) {
            model["parent"] =
                ["title": fragments.outcomeHeading(parent), "url": fragments.links.outcome(parent.id)] as ViewModel
        }
        if let html = fragments.markdown(outcome.description, headingLevel: 3) { model["description"] = html }
        let notes: [ViewModel] = graph.quarters.reversed().compactMap { quarter in
            guard let note = graph.commentary(on: outcome.id, in: quarter.id) else { return nil }
            var row: ViewModel = ["quarter": quarter.id.label, "url": fragments.links.quarter(quarter.id)]
            if let html = fragments.markdown(note.summary, headingLevel: 4) { row["summary"] = html }
            if let html = fragments.markdown(note.risk, headingLevel: 4) { row["risk"] = html }
            if let html = fragments.markdown(note.finance, headingLevel: 4) { row["finance"] = html }
            return row
        }
        model["notes"] = notes
        model["hasNotes"] = !notes.isEmpty
        var crumbs = fragments.outcomeCrumbs(outcome.id)
        crumbs.removeLast()
        return PageContent(
            body: UntypedBody(model), title: fragments.outcomeHeading(outcome), crumbs: crumbs,
            current: outcome.ref.map { "Outcome \($0)" } ?? outcome.title, section: "outcomes",
            sourcePath: outcome.sourcePath)
    }
}
