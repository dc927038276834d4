import QuarterlyModel

/// `/trends/`: RAG distribution over time, every item's status by quarter (one
/// section per outcome), and what changed in the latest report.
struct TrendsPage {
    let fragments: Fragments
    var graph: AssessedGraph { fragments.graph }

    func content() -> PageContent<UntypedBody> {
        let quarters = graph.quarters.map(\.id)
        var model: ViewModel = ["hasQuarters": !quarters.isEmpty]
        let quarterHeads = quarters.map { ["label": $0.shortLabel, "url": fragments.links.quarter($0)] as ViewModel }

        var outcomes: [ViewModel] = []
        for outcome in graph.rootOutcomes {
            let actionCounts = quarters.map { graph.actionCount(under: outcome.id, in: $0) }
            let measureCounts = quarters.map { graph.measureCount(under: outcome.id, in: $0) }
            let heading = fragments.outcomeHeading(outcome)
            let combined = zip(quarters, zip(actionCounts, measureCounts).map { $0 + $1 }).map { ($0, $1) }
            var section: ViewModel = [
                "id": outcome.id, "heading": heading, "url": fragments.links.outcome(outcome.id),
                "quarters": quarterHeads, "rows": matrixRows(under: outcome.id, quarters: quarters),
                "matrixCaption": "Status of every action and measure by quarter: \(heading)",
            ]
            if let chart = fragments.charts.distribution(
                id: "distribution-\(outcome.id)", title: "RAG status of actions and measures by quarter: \(heading)",
                counts: combined)
            {
                section["chart"] = ["svg": chart.svg.markup] as ViewModel
            }
            outcomes.append(section)
        }
        model["outcomes"] = outcomes
        model["plan"] = [
            distribution(
                id: "distribution-actions", noun: "actions", counts: quarters.map { ($0, graph.actionCount(in: $0)) }),
            distribution(
                id: "distribution-measures", noun: "measures", counts: quarters.map { ($0, graph.measureCount(in: $0)) }
            ),
        ].compactMap { $0 }
        if let latest = graph.latestQuarter {
            let groups = fragments.changeGroups(in: latest.id)
            model["latest"] =
                [
                    "label": latest.id.label, "url": fragments.links.quarter(latest.id),
                    "groups": groups, "hasGroups": !groups.isEmpty,
                ] as ViewModel
        }
        return PageContent(
            body: UntypedBody(model), title: "Trends across quarters", current: "Trends", section: "trends")
    }

    /// A whole-plan chart and its counts as a table.
    private func distribution(id: String, noun: String, counts: [(QuarterID, RAGCount)]) -> ViewModel? {
        guard
            let chart = fragments.charts.distribution(
                id: id, title: "RAG status of all \(noun) by quarter", counts: counts)
        else { return nil }
        return [
            "id": id, "heading": "All \(noun)", "svg": chart.svg.markup,
            "caption": "Number of \(noun) at each RAG status, by quarter",
            "rows": counts.map { quarter, count -> ViewModel in
                ["label": quarter.label, "url": fragments.links.quarter(quarter), "counts": fragments.counts(count)]
            },
        ]
    }

    /// One row per action and measure under the outcome, one cell per quarter.
    private func matrixRows(under outcomeID: String, quarters: [QuarterID]) -> [ViewModel] {
        let ids = graph.subtree(of: outcomeID)
        let actions: [ViewModel] = ids.flatMap { graph.actions(in: $0) }.compactMap { action in
            let cells = quarters.map { q in
                cell(
                    graph.actionUpdate(action.id, in: q).map { $0.rag },
                    reported: graph.actionUpdate(action.id, in: q) != nil)
            }
            guard graph.actionHistory(action.id).count > 0 else { return nil }
            return [
                "kind": "Action", "ref": action.ref, "title": action.title, "url": fragments.links.action(action.id),
                "cells": cells,
            ]
        }
        let measures: [ViewModel] = ids.flatMap { graph.measures(in: $0) }.compactMap { measure in
            let cells = quarters.map { q in
                cell(
                    graph.measureUpdate(measure.id, in: q)?.rag, reported: graph.measureUpdate(measure.id, in: q) != nil
                )
            }
            guard graph.measureHistory(measure.id).count > 0 else { return nil }
            return [
                "kind": "Measure", "ref": measure.ref, "title": measure.title,
                "url": fragments.links.measure(measure.id), "cells": cells,
            ]
        }
        return actions + measures
    }

    private func cell(_ rag: RAGStatus?, reported: Bool) -> ViewModel {
        ["reported": reported, "rag": fragments.rag(rag)]
    }
}
