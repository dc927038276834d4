import QuarterlyModel

/// `/`: the latest quarter at a glance.
struct HomePage {
    let fragments: Fragments
    var graph: AssessedGraph { fragments.graph }

    func content() -> PageContent<UntypedBody> {
        var model: ViewModel = ["quarterCount": graph.quarters.count]
        if let latest = graph.latestQuarter {
            var actionTotal = RAGCount()
            var measureTotal = RAGCount()
            let rows: [ViewModel] = graph.rootOutcomes.map { outcome in
                let actions = graph.actionCount(under: outcome.id, in: latest.id)
                let measures = graph.measureCount(under: outcome.id, in: latest.id)
                actionTotal = actionTotal + actions
                measureTotal = measureTotal + measures
                return [
                    "title": fragments.outcomeHeading(outcome), "url": fragments.links.outcome(outcome.id),
                    "actions": fragments.counts(actions), "measures": fragments.counts(measures),
                ]
            }
            model["latest"] =
                [
                    "label": latest.id.label, "url": fragments.links.quarter(latest.id),
                    "periodEnd": latest.periodEnd.long, "isDraft": latest.isDraft,
                    "outcomes": rows, "actionTotal": fragments.counts(actionTotal),
                    "measureTotal": fragments.counts(measureTotal),
                ] as ViewModel
            model["hasLatest"] = true
            let groups = fragments.changeGroups(in: latest.id)
            let ragGroups = groups.filter { ($0["isRAG"] as? Bool) == true }
            var changes: ViewModel = [
                "summary": groups.map {
                    [
                        "heading": $0["heading"]!, "count": $0["count"]!,
                        "url": fragments.links.trends + "#" + ($0["id"] as! String),
                    ] as ViewModel
                },
                "hasGroups": !groups.isEmpty, "trendsURL": fragments.links.trends,
            ]
            if !ragGroups.isEmpty { changes["ragChanges"] = ["groups": ragGroups, "hasGroups": true] as ViewModel }
            model["changes"] = changes
        }
        model["quarters"] = graph.quarters.reversed().map { quarter -> ViewModel in
            ["label": quarter.id.label, "url": fragments.links.quarter(quarter.id), "isDraft": quarter.isDraft]
        }
        model["outcomes"] = graph.rootOutcomes.map { outcome -> ViewModel in
            ["title": fragments.outcomeHeading(outcome), "url": fragments.links.outcome(outcome.id)]
        }
        return PageContent(body: UntypedBody(model), title: graph.site.title, current: "Home", section: "home")
    }
}
