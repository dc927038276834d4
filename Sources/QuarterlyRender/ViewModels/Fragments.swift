import Foundation
import QuarterlyModel

/// Template view models are dictionaries (swift-mustache reads them through
/// `MustacheParent`, without reflection). Optional text is left out rather than set
/// to "", and sections test `has…` flags, so no plain string is ever pushed as a context.
typealias ViewModel = [String: Any]

/// Shared pieces of page view models: RAG tags, directions, table rows, commentary.
struct Fragments {
    let graph: AssessedGraph
    let links: Links
    /// Whether the site is indexed for search (the search page's one question).
    var searchable = false
    var charts: ChartModels { ChartModels(graph: graph) }

    /// A RAG tag: always a word and a distinct shape (never colour alone).
    /// Every flag is present, true or false: a key missing here would send Mustache up
    /// through every enclosing context looking for it, on every tag of every table.
    func rag(_ status: RAGStatus?) -> ViewModel {
        [
            "word": status?.label ?? "Not rated", "class": status?.rawValue ?? "none",
            "isRed": status == .red, "isAmber": status == .amber, "isGreen": status == .green,
            "isComplete": status == .complete, "isNone": status == nil,
        ]
    }

    /// Direction of travel: an arrow and its word, or "Not stated".
    func direction(_ direction: DirectionOfTravel?) -> ViewModel {
        guard let direction else { return ["word": "Not stated", "arrow": "–", "class": "none"] }
        return ["word": direction.label, "arrow": direction.arrow, "class": direction.rawValue]
    }

    func actionRow(_ action: Action, update: AssessedActionUpdate?) -> ViewModel {
        [
            "id": action.id, "url": links.action(action.id),
            "ref": update?.ref(for: action) ?? action.ref, "title": update?.title ?? action.title,
            "rag": rag(update?.rag), "direction": direction(update?.direction),
            // Always set, even empty: a missing key would be looked up in enclosing contexts.
            "milestone": update?.milestone ?? action.milestone ?? "",
        ]
    }

    func measureRow(_ measure: Measure, update: AssessedMeasureUpdate?, quarter: QuarterID?) -> ViewModel {
        var row: ViewModel = [
            "id": measure.id, "url": links.measure(measure.id),
            "ref": update?.ref(for: measure) ?? measure.ref, "title": update?.title ?? measure.title,
            "rag": rag(update?.rag), "direction": direction(update?.direction),
            "value": update.map(valueText) ?? "No data",
            "target": (update?.target ?? quarter.flatMap(measure.target(in:)) ?? measure.target).map {
                measure.unit.format($0.text)
            } ?? "–",
        ]
        if let period = text(update?.period) { row["period"] = period }
        // Always set, even empty, for the same reason as `milestone`.
        row["trend"] = charts.sparkline(for: measure, upTo: quarter, idPrefix: "spark") ?? ""
        return row
    }

    /// Why a measure has the RAG it shows, in plain sentences.
    func ragExplanation(_ update: AssessedMeasureUpdate) -> String {
        let computed = update.computedRAG.explanation ?? ""
        switch update.ragSource {
        case .computed, .none:
            return computed
        case .overridden:
            let reason =
                update.ragReason.map { "Rated \(update.rag!.label) by the service: \($0)" }
                ?? "Rated \(update.rag!.label) by the service."
            return reason + " From the figures alone: " + computed
        case .stated:
            return "Rated \(update.rag!.label) as reported. " + computed
        }
    }

    /// The figure as shown: the officer's display text, or the value with its unit.
    func valueText(_ update: AssessedMeasureUpdate) -> String {
        if let display = update.display { return display }
        guard let value = update.value, let measure = graph.measure(update.measureID) else { return "No data" }
        return measure.unit.format(value.text)
    }

    /// One entry in a commentary list: "1.5 Pathfinder projects" and its Markdown.
    func commentary(ref: String, title: String, url: String, markdown: String, headingLevel: Int) -> ViewModel? {
        let html = Markdown.html(markdown, headingLevel: headingLevel)
        guard !html.isEmpty else { return nil }
        return ["ref": ref, "title": title, "url": url, "html": html]
    }

    /// Markdown as `{"html": …}`, or nothing when empty: a section `{{#x}}{{{html}}}{{/x}}`.
    func markdown(_ source: String, headingLevel: Int) -> ViewModel? {
        let html = Markdown.html(source.trimmed(), headingLevel: headingLevel)
        return html.isEmpty ? nil : ["html": html]
    }

    /// Optional text as `{"text": …}`, so templates can test for it with a section.
    func text(_ value: String?) -> ViewModel? {
        value.map { ["text": $0] }
    }

    /// The RAG key shown on report pages, with the site's tolerances as the rule shows them.
    func ragKey() -> ViewModel {
        let tolerances = graph.site.tolerances
        return [
            "red": rag(.red), "amber": rag(.amber), "green": rag(.green), "complete": rag(.complete),
            "greenTolerance": tolerances.shown(tolerances.green), "amberTolerance": tolerances.shown(tolerances.amber),
            "amberRange": tolerances.amberRange,
        ]
    }

    func counts(_ count: RAGCount) -> ViewModel {
        [
            "red": count.red, "amber": count.amber, "green": count.green, "complete": count.complete,
            "notRated": count.notRated, "total": count.total,
        ]
    }

    /// "Outcome 1: People in Cumbria are healthy and safe"
    /// With a quarter, the outcome is numbered as in that quarter's plan.
    func outcomeHeading(_ outcome: Outcome, in quarter: QuarterID? = nil) -> String {
        let ref = quarter.map(outcome.ref(in:)) ?? outcome.ref
        if outcome.parentID == nil, let ref { return "Outcome \(ref): \(outcome.title)" }
        return outcome.title
    }

    /// Breadcrumb trail through an outcome's ancestors.
    func outcomeCrumbs(_ outcomeID: String) -> [Crumb] {
        graph.lineage(of: outcomeID).map { Crumb(label: outcomeHeading($0), url: links.url(.outcome, $0.id)) }
    }
}
