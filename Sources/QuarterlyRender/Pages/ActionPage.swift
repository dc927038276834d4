import QuarterlyModel

/// `/actions/<id>/`: the definition, the current status, and every quarter's RAG and commentary.
struct ActionPage {
    let fragments: Fragments
    var graph: AssessedGraph { fragments.graph }

    func content(for action: Action) -> PageContent<UntypedBody> {
        let history = graph.quarters.compactMap { quarter in
            graph.actionUpdate(action.id, in: quarter.id).map { (quarter, $0) }
        }
        var model: ViewModel = [
            "ref": action.ref, "title": action.title,
            "outcome": [
                "title": fragments.outcomeHeading(graph.outcome(action.outcomeID)!),
                "url": fragments.links.outcome(action.outcomeID),
            ] as ViewModel,
            "history": history.reversed().map { quarter, update -> ViewModel in
                var row: ViewModel = [
                    "quarter": quarter.id.label, "url": fragments.links.quarter(quarter.id),
                    "ref": update.ref(for: action), "rag": fragments.rag(update.rag),
                    "direction": fragments.direction(update.direction), "isDraft": quarter.isDraft,
                ]
                row["milestone"] = update.milestone ?? action.milestone ?? ""
                if let reason = directionReason(update) { row["directionExplanation"] = ["text": reason] as ViewModel }
                if let html = fragments.markdown(update.commentary, headingLevel: 4) { row["commentary"] = html }
                return row
            },
            "hasHistory": !history.isEmpty,
        ]
        if let chart = fragments.charts.timeline(for: action) {
            model["chart"] =
                ["svg": chart.svg.markup, "caption": "\(action.ref) \(action.title), RAG status by quarter"]
                as ViewModel
        }
        fragments.addRisksAndRefs(of: action.id, refs: graph.refHistory(ofAction: action.id), to: &model)
        var details: [ViewModel] = []
        if let milestone = action.milestone { details.append(["term": "Milestone", "value": milestone]) }
        if let lead = action.leadOfficer { details.append(["term": "Lead officer", "value": lead]) }
        if let holder = action.portfolioHolder { details.append(["term": "Portfolio holder", "value": holder]) }
        if !action.risks.isEmpty {
            details.append(["term": "Linked corporate risks", "value": action.risks.joined(separator: "; ")])
        }
        model["details"] = details
        if let html = fragments.markdown(action.description, headingLevel: 3) { model["description"] = html }
        if let (quarter, update) = history.last {
            model["current"] =
                [
                    "quarter": quarter.id.label, "url": fragments.links.quarter(quarter.id),
                    "rag": fragments.rag(update.rag), "direction": fragments.direction(update.direction),
                ] as ViewModel
        }
        let latest = history.last.map { " — " + $0.0.id.label } ?? ""
        return PageContent(
            body: UntypedBody(model), title: "\(action.ref) \(action.title)\(latest)",
            crumbs: fragments.outcomeCrumbs(action.outcomeID), current: action.ref, section: "outcomes",
            sourcePath: action.sourcePath,
            description:
                "Action \(action.ref): \(action.title). Its RAG status, direction of travel and commentary in every quarterly report."
        )
    }

    /// How the direction follows from the RAG change, or a note when the stated one differs.
    private func directionReason(_ update: AssessedActionUpdate) -> String? {
        guard let computed = update.computedDirection, let previous = update.previous else { return nil }
        let change = "\(previous.rag.label) in \(previous.quarter.label), \(update.rag.label) now"
        if let stated = update.statedDirection, stated != computed {
            return
                "Reported as \(stated.label.lowercased()); the RAG change (\(change)) gives \(computed.label.lowercased())."
        }
        return "\(computed.label): \(change)."
    }
}
