import QuarterlyModel

/// `/measures/<id>/`: the definition, the values by quarter, and every quarter's commentary.
struct MeasurePage {
    let fragments: Fragments
    var graph: ContentGraph { fragments.graph }

    func content(for measure: Measure) -> PageContent {
        let history = graph.quarters.compactMap { quarter in graph.measureUpdate(measure.id, in: quarter.id).map { (quarter, $0) } }
        let unit = measure.unit
        var model: ViewModel = [
            "ref": measure.ref, "title": measure.title,
            "outcome": ["title": fragments.outcomeHeading(graph.outcome(measure.outcomeID)!), "url": fragments.links.outcome(measure.outcomeID)] as ViewModel,
            "comparatorNames": measure.comparators.map { ["name": $0] as ViewModel },
            "hasComparators": !measure.comparators.isEmpty,
            "history": history.reversed().map { quarter, update -> ViewModel in
                var row: ViewModel = [
                    "quarter": quarter.id.label, "url": fragments.links.quarter(quarter.id),
                    "ref": update.ref ?? measure.ref, "value": fragments.valueText(update),
                    "target": (update.target ?? measure.target(in: quarter.id)).map { unit.format($0.text) } ?? "–",
                    "rag": fragments.rag(update.rag), "direction": fragments.direction(update.direction),
                    "period": update.period ?? quarter.id.label, "isDraft": quarter.isDraft,
                    "comparators": measure.comparators.map { name -> ViewModel in
                        ["value": update.comparators.first { $0.name == name }.map { unit.format($0.value.text) } ?? "–"]
                    },
                ]
                if let html = fragments.markdown(update.commentary, headingLevel: 4) { row["commentary"] = html }
                return row
            },
            "hasHistory": !history.isEmpty,
        ]
        var details: [ViewModel] = [
            ["term": "Unit", "value": unit.label],
            ["term": "Good is", "value": measure.polarity.label],
            ["term": "Frequency", "value": measure.frequency.label],
        ]
        if let baseline = measure.baseline {
            let period = measure.baselinePeriod.map { " (\($0))" } ?? ""
            details.append(["term": "Baseline", "value": unit.format(baseline.text) + period])
        }
        if let target = measure.target { details.append(["term": "Target", "value": unit.format(target.text)]) }
        for year in measure.targetsByYear.keys.sorted() {
            details.append(["term": "Target \(year)", "value": unit.format(measure.targetsByYear[year]!.text)])
        }
        if let directorate = measure.directorate { details.append(["term": "Directorate", "value": directorate]) }
        if let source = measure.source { details.append(["term": "Source", "value": source]) }
        model["details"] = details
        if let html = fragments.markdown(measure.description, headingLevel: 3) { model["description"] = html }
        if let (quarter, update) = history.last {
            model["current"] = ["quarter": quarter.id.label, "url": fragments.links.quarter(quarter.id),
                                "value": fragments.valueText(update), "rag": fragments.rag(update.rag),
                                "direction": fragments.direction(update.direction)] as ViewModel
        }
        let latest = history.last.map { " — " + $0.0.id.label } ?? ""
        return PageContent(model: model, title: "\(measure.ref) \(measure.title)\(latest)",
                           crumbs: fragments.outcomeCrumbs(measure.outcomeID), current: measure.ref, section: "outcomes")
    }
}
