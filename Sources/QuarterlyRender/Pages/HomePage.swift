import QuarterlyModel

/// `/`: the latest quarter at a glance.
struct HomePage {
    let fragments: Fragments
    var graph: ContentGraph { fragments.graph }

    func content() -> PageContent {
        var model: ViewModel = ["quarterCount": graph.quarters.count]
        if let latest = graph.latestQuarter {
            var actionTotal = RAGCount(), measureTotal = RAGCount()
            let rows: [ViewModel] = graph.rootOutcomes.map { outcome in
                let actions = graph.actionCount(under: outcome.id, in: latest.id)
                let measures = graph.measureCount(under: outcome.id, in: latest.id)
                actionTotal = actionTotal + actions
                measureTotal = measureTotal + measures
                return ["title": fragments.outcomeHeading(outcome), "url": fragments.links.outcome(outcome.id),
                        "actions": fragments.counts(actions), "measures": fragments.counts(measures)]
            }
            model["latest"] = [
                "label": latest.id.label, "url": fragments.links.quarter(latest.id),
                "periodEnd": latest.periodEnd.long, "isDraft": latest.isDraft,
                "outcomes": rows, "actionTotal": fragments.counts(actionTotal),
                "measureTotal": fragments.counts(measureTotal),
            ] as ViewModel
            model["hasLatest"] = true
        }
        model["quarters"] = graph.quarters.reversed().map { quarter -> ViewModel in
            ["label": quarter.id.label, "url": fragments.links.quarter(quarter.id), "isDraft": quarter.isDraft]
        }
        model["outcomes"] = graph.rootOutcomes.map { outcome -> ViewModel in
            ["title": fragments.outcomeHeading(outcome), "url": fragments.links.outcome(outcome.id)]
        }
        return PageContent(model: model, title: graph.site.title, current: "Home", section: "home")
    }
}
