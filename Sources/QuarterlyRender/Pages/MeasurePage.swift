import Foundation
import QuarterlyModel

/// `/measures/<id>/`: the definition, the trend chart, the values by quarter with the
/// reason for each RAG, and every quarter's commentary.
struct MeasurePage {
    let fragments: Fragments
    var graph: AssessedGraph { fragments.graph }

    func content(for measure: Measure) -> PageContent<UntypedBody> {
        let history = graph.quarters.compactMap { quarter in
            graph.measureUpdate(measure.id, in: quarter.id).map { (quarter, $0) }
        }
        let unit = measure.unit
        var model: ViewModel = [
            "ref": measure.ref, "title": measure.title,
            "outcome": [
                "title": fragments.outcomeHeading(graph.outcome(measure.outcomeID)!),
                "url": fragments.links.outcome(measure.outcomeID),
            ] as ViewModel,
            "comparatorNames": measure.comparators.map { ["name": $0] as ViewModel },
            "hasComparators": !measure.comparators.isEmpty,
            "history": history.reversed().map { quarter, update -> ViewModel in
                var row: ViewModel = [
                    "quarter": quarter.id.label, "url": fragments.links.quarter(quarter.id),
                    "ref": update.ref(for: measure), "value": fragments.valueText(update),
                    "target": update.effectiveTarget.map { unit.format($0.text) } ?? "–",
                    "rag": fragments.rag(update.rag), "direction": fragments.direction(update.direction),
                    "period": update.period ?? quarter.id.label, "isDraft": quarter.isDraft,
                    "ragExplanation": fragments.ragExplanation(update),
                    "comparators": measure.comparators.map { name -> ViewModel in
                        [
                            "value": update.comparators.first { $0.name == name }.map { unit.format($0.value.text) }
                                ?? "–"
                        ]
                    },
                ]
                if let reason = directionReason(update) { row["directionExplanation"] = ["text": reason] as ViewModel }
                if let html = fragments.markdown(update.commentary, headingLevel: 4) { row["commentary"] = html }
                return row
            },
            "hasHistory": !history.isEmpty,
        ]
        model["downloads"] =
            [
                "csv": fragments.links.url(of: .measureCSV(measure.id)),
                "json": fragments.links.url(of: .measureJSON(measure.id)),
                "licenceName": graph.site.licence.name, "licenceURL": graph.site.licence.url,
            ] as ViewModel
        if let chart = fragments.charts.trend(for: measure) {
            model["chart"] =
                ["svg": chart.svg.markup, "caption": "\(measure.ref) \(measure.title), values by quarter"] as ViewModel
        }
        fragments.addRisksAndRefs(of: measure.id, refs: graph.refHistory(ofMeasure: measure.id), to: &model)
        var details: [ViewModel] = [
            ["term": "Unit", "value": unit.label],
            ["term": "Good is", "value": measure.polarity.label],
            [
                "term": "Frequency",
                "value": measure.frequency.label
                    + (measure.seasonal ? " (compared with the same quarter last year)" : ""),
            ],
        ]
        if let baseline = measure.baseline {
            let period = measure.baselinePeriod.map { " (\($0))" } ?? ""
            details.append(["term": "Baseline", "value": unit.format(baseline.text) + period])
        }
        let forYear = measure.annualTarget ? " for the whole year" : ""
        if let target = measure.target {
            details.append(["term": "Target", "value": unit.format(target.text) + forYear])
        }
        for year in measure.targetsByYear.keys.sorted() {
            details.append([
                "term": "Target \(year)", "value": unit.format(measure.targetsByYear[year]!.text) + forYear,
            ])
        }
        details.append([
            "term": "RAG tolerances",
            "value": (measure.tolerances ?? graph.site.tolerances).sentence(unit: measure.unit),
        ])
        if let directorate = measure.directorate { details.append(["term": "Directorate", "value": directorate]) }
        if let source = measure.source { details.append(["term": "Source", "value": source]) }
        model["details"] = details
        if let html = fragments.markdown(measure.description, headingLevel: 3) { model["description"] = html }
        if let (quarter, update) = history.last {
            var current: ViewModel = [
                "quarter": quarter.id.label, "url": fragments.links.quarter(quarter.id),
                "value": fragments.valueText(update), "rag": fragments.rag(update.rag),
                "direction": fragments.direction(update.direction),
                "ragExplanation": fragments.ragExplanation(update),
            ]
            if let reason = directionReason(update) { current["directionExplanation"] = ["text": reason] as ViewModel }
            model["current"] = current
        }
        let latest = history.last.map { " — " + $0.0.id.label } ?? ""
        return PageContent(
            body: UntypedBody(model), title: "\(measure.ref) \(measure.title)\(latest)",
            crumbs: fragments.outcomeCrumbs(measure.outcomeID), current: measure.ref, section: "outcomes",
            sourcePath: measure.sourcePath,
            description:
                "Measure \(measure.ref): \(measure.title). Its values, targets, RAG status and direction of travel by quarter."
        )
    }

    /// The computed direction's sentence, or a note when the stated one differs.
    private func directionReason(_ update: AssessedMeasureUpdate) -> String? {
        guard let computed = update.computedDirection else { return nil }
        if let stated = update.statedDirection, stated != computed.direction {
            return "Reported as \(stated.label.lowercased()). From the figures: \(computed.explanation)"
        }
        return computed.explanation
    }
}
