import Foundation
import QuarterlyModel

/// `/data/site.json`: the whole model — site, outcomes, actions, measures, quarters and
/// every update with its commentary as Markdown and HTML. It validates against
/// `SiteSchema.text` (`/data/site.schema.json`). Optional facts are left out, not null.
public struct SiteJSON: Sendable {
    public let graph: AssessedGraph
    public let links: Links

    /// Every measure update as JSON, by measure and quarter, built once (in parallel) for
    /// both site.json and the per-measure files: each commentary is rendered once here.
    let measureUpdates: [String: [QuarterID: JSONValue]]

    public init(graph: AssessedGraph, links: Links) {
        self.graph = graph
        self.links = links
        let measures = graph.measures.parallelMap { measure in
            (
                measure.id,
                Dictionary(
                    graph.measureHistory(measure.id).map { update in
                        (update.quarter, Self.measureUpdate(update, of: measure))
                    }, uniquingKeysWith: { first, _ in first })
            )
        }
        measureUpdates = Dictionary(measures, uniquingKeysWith: { first, _ in first })
    }

    public var data: Data {
        document.dataInParallel
    }

    var document: JSONValue {
        let site = graph.site
        return .object([
            "$schema": .string((links.origin ?? "") + links.data("site.schema.json")),
            "licence": licence,
            "site": .object(compact: [
                "organisation": site.organisation, "title": site.title, "description": site.description,
                "base_url": links.deployment.baseURL, "language": site.language,
                "financial_year_start": site.financialYearStart,
                "tolerances": Self.tolerances(site.tolerances),
            ]),
            "outcomes": .array(
                graph.outcomes.map { outcome in
                    .object(compact: [
                        "id": outcome.id, "title": outcome.title, "ref": outcome.ref, "refs": outcome.refsByYear,
                        "parent": outcome.parentID, "description": Self.text(outcome.description),
                    ])
                }),
            "actions": .array(
                graph.actions.map { action in
                    .object(compact: [
                        "id": action.id, "ref": action.ref, "refs": action.refsByYear, "title": action.title,
                        "outcome": action.outcomeID, "milestone": action.milestone, "lead_officer": action.leadOfficer,
                        "portfolio_holder": action.portfolioHolder, "risks": action.risks,
                        "description": Self.text(action.description),
                    ])
                }),
            "measures": .array(graph.measures.map(measure)),
            "quarters": .array(graph.quarters.map(quarter)),
        ])
    }

    private var licence: JSONValue {
        .object(["name": .string(graph.site.licence.name), "url": .string(graph.site.licence.url)])
    }

    func measure(_ measure: Measure) -> JSONValue {
        .object(compact: [
            "id": measure.id, "ref": measure.ref, "refs": measure.refsByYear, "title": measure.title,
            "outcome": measure.outcomeID, "unit": measure.unit.rawValue, "polarity": measure.polarity.rawValue,
            "frequency": measure.frequency.rawValue, "seasonal": measure.seasonal,
            "annual_target": measure.annualTarget,
            "baseline": measure.baseline?.decimal, "baseline_period": measure.baselinePeriod,
            "target": measure.target?.decimal, "targets": measure.targetsByYear.mapValues(\.decimal),
            "tolerances": measure.tolerances.map(Self.tolerances), "directorate": measure.directorate,
            "source": measure.source,
            "comparators": measure.comparators, "description": Self.text(measure.description),
        ])
    }

    private func quarter(_ quarter: Quarter) -> JSONValue {
        let q = quarter.id
        return .object(compact: [
            "id": q.slug, "label": q.label, "financial_year": q.financialYear, "status": quarter.status.rawValue,
            "period_end": quarter.periodEnd.iso, "published": quarter.published?.iso, "meeting": quarter.meeting,
            "plan": quarter.plan ?? graph.site.title, "introduction": Self.text(quarter.introduction),
            "action_updates": graph.actionUpdates(in: q).map { update in
                let action = graph.action(update.actionID)!
                return JSONValue.object(compact: [
                    "action": action.id, "ref": update.ref(for: action), "title": update.title ?? action.title,
                    "milestone": update.milestone ?? action.milestone, "rag": update.rag.rawValue,
                    "direction": update.direction?.rawValue, "direction_computed": update.computedDirection?.rawValue,
                    "section": update.section.rawValue, "commentary": Self.text(update.commentary),
                ])
            },
            "measure_updates": graph.measureUpdates(in: q).map { measureUpdates[$0.measureID]![q]! },
            "outcome_commentary": graph.outcomes.compactMap { outcome -> JSONValue? in
                guard let notes = graph.commentary(on: outcome.id, in: q) else { return nil }
                return .object([
                    "outcome": .string(outcome.id), "summary": Self.text(notes.summary),
                    "risk": Self.text(notes.risk), "finance": Self.text(notes.finance),
                ])
            },
        ])
    }

    static func measureUpdate(_ update: AssessedMeasureUpdate, of measure: Measure) -> JSONValue {
        .object(compact: [
            "measure": measure.id, "ref": update.ref(for: measure), "title": update.title ?? measure.title,
            "value": update.value?.decimal, "display": update.display, "period": update.period,
            "target": update.effectiveTarget?.decimal, "rag": update.rag?.rawValue,
            "rag_source": update.ragSource.rawValue, "rag_computed": update.computedRAG.rag?.rawValue,
            "rag_explanation": update.computedRAG.explanation, "rag_reason": update.ragReason,
            "direction": update.direction?.rawValue, "direction_computed": update.computedDirection?.direction.rawValue,
            "comparators": Dictionary(
                update.comparators.map { ($0.name, $0.value.decimal) }, uniquingKeysWith: { a, _ in a }),
            "section": update.section.rawValue, "commentary": text(update.commentary),
        ])
    }

    /// `/measures/<id>.json`: one measure and every quarter's update of it, with the licence and source.
    public func measureData(_ id: String) -> Data {
        guard let definition = graph.measure(id) else { return Data() }
        let updates = measureUpdates[id] ?? [:]
        return JSONValue.object([
            "licence": licence,
            "publisher": .string(graph.site.organisation),
            "measure": measure(definition),
            "updates": .array(
                graph.measureHistory(id).map { update in
                    guard case .object(var entry) = updates[update.quarter] else { return .object([:]) }
                    entry["quarter"] = .string(update.quarter.slug)
                    return .object(entry)
                }),
        ]).data
    }

    /// Markdown as written and as the site renders it.
    private static func text(_ markdown: String) -> JSONValue {
        let trimmed = markdown.trimmed()
        return .object(["markdown": .string(trimmed), "html": .string(Markdown.html(trimmed))])
    }

    private static func tolerances(_ t: Tolerances) -> JSONValue {
        .object(["green": t.green.json, "amber": t.amber.json, "basis": .string(t.basis.rawValue)])
    }
}
