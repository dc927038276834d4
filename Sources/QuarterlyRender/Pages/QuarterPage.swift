import QuarterlyModel

/// `/quarters/<q>/`: the full report, shaped like the published PDFs: per outcome and
/// supporting outcome the action table and commentary, per outcome the measures.
struct QuarterPage {
    let fragments: Fragments
    var graph: AssessedGraph { fragments.graph }

    func content(for quarter: Quarter) -> PageContent<UntypedBody> {
        let q = quarter.id
        let outcomes: [ViewModel] = graph.rootOutcomes(in: q).compactMap { outcome in
            let groups = graph.subtree(of: outcome.id).compactMap { id in actionGroup(graph.outcome(id)!, quarter: q) }
            let measures = graph.subtree(of: outcome.id).flatMap { graph.measures(in: $0) }
                .compactMap { measure in graph.measureUpdate(measure.id, in: q).map { (measure, $0) } }
            guard !groups.isEmpty || !measures.isEmpty else { return nil }
            var model: ViewModel = [
                "id": outcome.id, "heading": fragments.outcomeHeading(outcome, in: q),
                "url": fragments.links.outcome(outcome.id),
                "groups": groups,
                "actionCounts": fragments.counts(graph.actionCount(under: outcome.id, in: q)),
                "measureCounts": fragments.counts(graph.measureCount(under: outcome.id, in: q)),
            ]
            if !measures.isEmpty {
                model["hasMeasures"] = true
                model["measures"] = measures.map { fragments.measureRow($0.0, update: $0.1, quarter: q) }
                model["measureProgress"] = measureCommentary(measures, section: .progress)
                model["measureImprovement"] = measureCommentary(measures, section: .improvement)
                model["measureCaption"] = "Key outcome indicators: \(outcome.title), \(q.label)"
                addNotes(on: outcome.id, in: q, to: &model)
            }
            return model
        }
        var model: ViewModel = [
            "quarter": quarterModel(quarter), "outcomes": outcomes, "hasOutcomes": !outcomes.isEmpty,
            "key": fragments.ragKey(),
            "downloads": [
                "measures": fragments.links.url(of: .quarterMeasures(q)),
                "actions": fragments.links.url(of: .quarterActions(q)),
                "all": fragments.links.url(of: .siteJSON), "licenceName": graph.site.licence.name,
                "licenceURL": graph.site.licence.url,
            ] as ViewModel,
        ]
        if let intro = fragments.markdown(quarter.introduction, headingLevel: 2) { model["introduction"] = intro }
        return PageContent(
            body: UntypedBody(model), title: "\(q.label) progress report",
            crumbs: [Crumb(label: "Quarterly reports", url: fragments.links.url(.quarters))],
            current: q.label, section: "quarters", sourcePath: quarter.sourcePath,
            description:
                "\(graph.site.organisation): progress against the \(quarter.plan ?? graph.site.title) to \(quarter.periodEnd.long)."
        )
    }

    /// The actions attached to one (supporting) outcome, with its commentary.
    private func actionGroup(_ outcome: Outcome, quarter q: QuarterID) -> ViewModel? {
        let items = graph.actions(in: outcome.id).compactMap { action in
            graph.actionUpdate(action.id, in: q).map { (action, $0) }
        }
        guard !items.isEmpty else { return nil }
        var model: ViewModel = [
            "id": outcome.id, "title": outcome.title, "url": fragments.links.outcome(outcome.id),
            "isSupporting": outcome.parentID != nil,
            // Plans can repeat a supporting outcome's wording under two outcomes: naming the
            // outcome keeps every table's label unique.
            "actionCaption": "Actions: \(outcome.title)" + rootLabel(of: outcome, in: q) + ", \(q.label)",
            "actions": items.map { fragments.actionRow($0.0, update: $0.1) },
        ]
        for section in CommentarySection.allCases {
            let entries = items.filter { $0.1.section == section }.compactMap { action, update in
                fragments.commentary(
                    ref: update.ref(for: action), title: update.title ?? action.title,
                    url: fragments.links.action(action.id), markdown: update.commentary, headingLevel: 6)
            }
            model[section == .progress ? "progress" : "improvement"] = entries
        }
        addNotes(on: outcome.id, in: q, to: &model)
        return model
    }

    /// " (Outcome 4)" for a supporting outcome whose outcome has a ref that quarter.
    private func rootLabel(of outcome: Outcome, in quarter: QuarterID) -> String {
        guard outcome.parentID != nil, let root = graph.lineage(of: outcome.id).first, let ref = root.ref(in: quarter)
        else { return "" }
        return " (Outcome \(ref))"
    }

    private func measureCommentary(_ items: [(Measure, AssessedMeasureUpdate)], section: CommentarySection)
        -> [ViewModel]
    {
        items.filter { $0.1.section == section }.compactMap { measure, update in
            fragments.commentary(
                ref: update.ref(for: measure), title: update.title ?? measure.title,
                url: fragments.links.measure(measure.id), markdown: update.commentary, headingLevel: 6)
        }
    }

    /// Risk and finance updates (and a summary) written for this outcome this quarter.
    private func addNotes(on outcomeID: String, in q: QuarterID, to model: inout ViewModel) {
        guard let notes = graph.commentary(on: outcomeID, in: q) else { return }
        if let html = fragments.markdown(notes.summary, headingLevel: 5) { model["summary"] = html }
        if let html = fragments.markdown(notes.risk, headingLevel: 5) { model["risk"] = html }
        if let html = fragments.markdown(notes.finance, headingLevel: 5) { model["finance"] = html }
    }

    private func quarterModel(_ quarter: Quarter) -> ViewModel {
        var model: ViewModel = [
            "id": quarter.id.slug, "label": quarter.id.label, "periodEnd": quarter.periodEnd.long,
            "periodEndISO": quarter.periodEnd.iso, "isDraft": quarter.isDraft,
            "plan": quarter.plan ?? graph.site.title,
        ]
        if let published = fragments.text(quarter.published?.long) { model["published"] = published }
        if let meeting = fragments.text(quarter.meeting) { model["meeting"] = meeting }
        return model
    }
}
