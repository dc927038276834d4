import Foundation
import QuarterlyModel

/// `/data/site.json`: the whole model — site, outcomes, actions, measures, quarters and
/// every update with its commentary as Markdown and HTML. It validates against
/// `SiteSchema.text` (`/data/site.schema.json`). Optional facts are left out, not null.
public struct SiteJSON: Sendable {
    public let graph: ContentGraph
    /// Where the schema is published, for `$schema`.
    public let schemaURL: String

    public init(graph: ContentGraph, schemaURL: String) {
        self.graph = graph
        self.schemaURL = schemaURL
    }

    public var data: Data {
        jsonData(document)
    }

    var document: [String: Any] {
        let site = graph.site
        return [
            "$schema": schemaURL,
            "licence": ["name": site.licence.name, "url": site.licence.url],
            "site": compact([
                "organisation": site.organisation, "title": site.title, "description": site.description,
                "base_url": site.baseURL, "language": site.language, "financial_year_start": site.financialYearStart,
                "tolerances": tolerances(site.tolerances),
            ]),
            "outcomes": graph.outcomes.map { outcome in
                compact(["id": outcome.id, "title": outcome.title, "ref": outcome.ref, "refs": outcome.refsByYear,
                         "parent": outcome.parentID, "description": text(outcome.description)])
            },
            "actions": graph.actions.map { action in
                compact(["id": action.id, "ref": action.ref, "refs": action.refsByYear, "title": action.title,
                         "outcome": action.outcomeID, "milestone": action.milestone, "lead_officer": action.leadOfficer,
                         "portfolio_holder": action.portfolioHolder, "risks": action.risks, "description": text(action.description)])
            },
            "measures": graph.measures.map(measure),
            "quarters": graph.quarters.map(quarter),
        ]
    }

    func measure(_ measure: Measure) -> [String: Any] {
        compact([
            "id": measure.id, "ref": measure.ref, "refs": measure.refsByYear, "title": measure.title,
            "outcome": measure.outcomeID, "unit": measure.unit.rawValue, "polarity": measure.polarity.rawValue,
            "frequency": measure.frequency.rawValue, "seasonal": measure.seasonal, "annual_target": measure.annualTarget,
            "baseline": measure.baseline.map(number), "baseline_period": measure.baselinePeriod,
            "target": measure.target.map(number), "targets": measure.targetsByYear.mapValues(number),
            "tolerances": measure.tolerances.map(tolerances), "directorate": measure.directorate, "source": measure.source,
            "comparators": measure.comparators, "description": text(measure.description),
        ])
    }

    private func quarter(_ quarter: Quarter) -> [String: Any] {
        let q = quarter.id
        return compact([
            "id": q.slug, "label": q.label, "financial_year": q.financialYear, "status": quarter.status.rawValue,
            "period_end": quarter.periodEnd.iso, "published": quarter.published?.iso, "meeting": quarter.meeting,
            "plan": quarter.plan ?? graph.site.title, "introduction": text(quarter.introduction),
            "action_updates": graph.actionUpdates(in: q).map { update in
                let action = graph.action(update.actionID)!
                return compact([
                    "action": action.id, "ref": update.ref(for: action), "title": update.title ?? action.title,
                    "milestone": update.milestone ?? action.milestone, "rag": update.rag.rawValue,
                    "direction": update.direction?.rawValue, "direction_computed": update.computedDirection?.rawValue,
                    "section": update.section.rawValue, "commentary": text(update.commentary),
                ])
            },
            "measure_updates": graph.measureUpdates(in: q).map(measureUpdate),
            "outcome_commentary": graph.outcomes.compactMap { outcome -> [String: Any]? in
                guard let notes = graph.commentary(on: outcome.id, in: q) else { return nil }
                return ["outcome": outcome.id, "summary": text(notes.summary), "risk": text(notes.risk), "finance": text(notes.finance)]
            },
        ])
    }

    func measureUpdate(_ update: MeasureUpdate) -> [String: Any] {
        let measure = graph.measure(update.measureID)!
        return compact([
            "measure": measure.id, "ref": update.ref(for: measure), "title": update.title ?? measure.title,
            "value": update.value.map(number), "display": update.display, "period": update.period,
            "target": update.effectiveTarget.map(number), "rag": update.rag?.rawValue,
            "rag_source": update.ragSource.rawValue, "rag_computed": update.computedRAG?.rag?.rawValue,
            "rag_explanation": update.computedRAG?.explanation, "rag_reason": update.ragReason,
            "direction": update.direction?.rawValue, "direction_computed": update.computedDirection?.direction.rawValue,
            "comparators": Dictionary(update.comparators.map { ($0.name, number($0.value)) }, uniquingKeysWith: { a, _ in a }),
            "section": update.section.rawValue, "commentary": text(update.commentary),
        ])
    }

    /// `/measures/<id>.json`: one measure and every quarter's update of it, with the licence and source.
    public func measureData(_ id: String) -> Data {
        guard let definition = graph.measure(id) else { return Data() }
        let document: [String: Any] = [
            "licence": ["name": graph.site.licence.name, "url": graph.site.licence.url],
            "publisher": graph.site.organisation,
            "measure": measure(definition),
            "updates": graph.measureHistory(id).map { update in
                var entry = measureUpdate(update)
                entry["quarter"] = update.quarter.slug
                return entry
            },
        ]
        return jsonData(document)
    }

    /// Markdown as written and as the site renders it.
    private func text(_ markdown: String) -> [String: String] {
        let trimmed = markdown.trimmingCharacters(in: .whitespacesAndNewlines)
        return ["markdown": trimmed, "html": Markdown.html(trimmed)]
    }

    /// The exact decimal the officer wrote (89.19, never 89.18999999).
    private func number(_ figure: Figure) -> NSDecimalNumber { NSDecimalNumber(decimal: figure.decimal) }

    private func tolerances(_ t: Tolerances) -> [String: Any] {
        ["green": NSDecimalNumber(decimal: t.green), "amber": NSDecimalNumber(decimal: t.amber), "basis": t.basis.rawValue]
    }

    /// Drops nil values, so optional facts are absent rather than null.
    private func compact(_ entries: [String: Any?]) -> [String: Any] {
        entries.compactMapValues { $0 }
    }
}

/// JSON as every data file writes it: keys sorted (the same content always gives the
/// same bytes), indented for people, slashes left alone in URLs.
func jsonData(_ document: [String: Any]) -> Data {
    (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data()
}
