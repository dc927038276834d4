import Foundation
import QuarterlyMarkdown
import QuarterlyModel

/// `/data/site.json`: the whole model — site, outcomes, actions, measures, quarters and
/// every update with its commentary as Markdown and HTML. Its members are declared once
/// (`DataObject`), and its published schema (`SiteSchema`) is made from the same
/// declarations. Optional facts are left out, not null.
public struct SiteJSON: Sendable {
    public let graph: AssessedGraph
    public let links: Links
    /// The words its explanations are written in: the site's language.
    public let words: Catalogue
    /// The updates' commentary as the pages render it, rendered once for both.
    let commentary: RenderedCommentary

    public init(
        graph: AssessedGraph, links: Links, words: Catalogue, commentary: RenderedCommentary = RenderedCommentary()
    ) {
        self.graph = graph
        self.links = links
        self.words = words
        self.commentary = commentary
    }

    /// A measure's update in a quarter as JSON (nil when it has none). Made again for
    /// site.json and for the measure's own file: kept for both, every update's JSON was
    /// held to the end of the build (megabytes at scale) to save little.
    func measureUpdate(_ id: String, in quarter: QuarterID) -> JSONValue? {
        guard let measure = graph.measure(id), let update = graph.measureUpdate(id, in: quarter) else { return nil }
        return Self.measureUpdate.json(
            MeasureUpdateRow(measure: measure, update: update, words: words, commentary: commentary))
    }

    /// site.json in parts, whose bytes joined are `data`'s: its frame (the site, the
    /// licence), each run of its definitions (outcomes, actions, measures, risks), each
    /// quarter with its updates, and the frame between and after them. The build cache
    /// makes again only the parts whose sources changed, and writes them a few at a
    /// time: at national scale the definitions alone are megabytes.
    public var segments: [OutputSegment] {
        func runs<Item: Sendable>(
            _ items: [Item], _ kind: ContentKind, id: KeyPath<Item, String>,
            _ value: @escaping @Sendable (Item) -> JSONValue
        ) -> [OutputSegment] {
            // Items of a list of the document sit at indent 2. Each maker holds the graph's
            // array and a place in it, not a copy of its item (a dozen fields each).
            Self.runs(
                of: items.indices.map { index in
                    ListItem(reads: [.item(kind, items[index][keyPath: id])]) { value(items[index]) }
                }, indent: 2)
        }
        let lists: [(name: String, segments: [OutputSegment])] = [
            ("outcomes", runs(graph.outcomes, .outcome, id: \.id) { Self.outcome.json($0) }),
            ("actions", runs(graph.actions, .action, id: \.id) { Self.action.json($0) }),
            ("measures", runs(graph.measures, .measure, id: \.id) { Self.measure.json($0) }),
            ("risks", runs(graph.risks, .risk, id: \.id) { Self.risk.json($0) }),
            (
                "quarters",
                graph.quarters.enumerated().flatMap { index, quarter in
                    quarterSegments(quarter, opening: index == 0 ? "" : ",\n    ")
                }
            ),
        ]
        // In the document's order: its members are written with their keys sorted.
        .filter { !$0.segments.isEmpty }.sorted { $0.name < $1.name }
        let pieces = OnDemand { [self] in
            var entries: [String: JSONValue] = [:]
            for member in Self.root.members where !lists.contains(where: { $0.name == member.name }) {
                if let value = member.value(self) { entries[member.name] = value }
            }
            return Self.cut(entries, around: lists.map(\.name), indent: 0)
        }
        var segments = [OutputSegment(reads: []) { pieces.get[0] }]
        for (index, list) in lists.enumerated() {
            segments += list.segments
            segments.append(OutputSegment(reads: []) { pieces.get[index + 1] })
        }
        return segments
    }

    public var data: Data {
        document.dataInParallel
    }

    package var document: JSONValue { Self.root.json(self) }

    /// `/measures/<id>.json`: one measure and every quarter's update of it, with the licence and source.
    public func measureData(_ id: String) -> Data {
        guard let definition = graph.measure(id) else { return Data() }
        return JSONValue.object([
            "licence": Self.licence.json(graph.site.licence),
            "publisher": .string(graph.site.organisation),
            "measure": Self.measure.json(definition),
            "updates": .array(
                graph.measureHistory(id).map { update in
                    guard case .object(var entry) = measureUpdate(id, in: update.quarter) else { return .object([:]) }
                    entry["quarter"] = .string(update.quarter.slug)
                    return .object(entry)
                }),
        ]).data
    }

    // MARK: The declarations

    struct QuarterRow {
        let json: SiteJSON
        let quarter: Quarter
    }

    struct ActionUpdateRow {
        let action: Action
        let update: AssessedActionUpdate
        let commentary: RenderedCommentary
    }

    struct MeasureUpdateRow {
        let measure: Measure
        let update: AssessedMeasureUpdate
        let words: Catalogue
        let commentary: RenderedCommentary
    }

    struct RiskUpdateRow {
        let risk: Risk
        let update: AssessedRiskUpdate
        let key: RiskKey
    }

    struct CommentaryRow {
        let outcome: Outcome
        let notes: OutcomeCommentary
    }

    static let root = DataObject<SiteJSON>([
        .optional("$schema", DataSchema.string) { ($0.links.origin ?? "") + $0.links.url(of: .siteSchema) },
        .always("licence", licence.schema) { licence.json($0.graph.site.licence) },
        .always("site", site.schema) { site.json($0) },
        .always("outcomes", DataSchema.list(outcome.schema)) { json in json.graph.outcomes.map(outcome.json) },
        .always("actions", DataSchema.list(action.schema)) { json in json.graph.actions.map(action.json) },
        .always("measures", DataSchema.list(measure.schema)) { json in json.graph.measures.map(measure.json) },
        .always("risks", DataSchema.list(risk.schema)) { json in json.graph.risks.map(risk.json) },
        .always("quarters", DataSchema.list(quarter.schema)) { json in
            json.graph.quarters.map { quarter.json(QuarterRow(json: json, quarter: $0)) }
        },
    ])

    static let licence = DataObject<Licence>([
        .always("name", DataSchema.string) { $0.name },
        .always("url", DataSchema.string) { $0.url },
    ])

    static let site = DataObject<SiteJSON>([
        .always("organisation", DataSchema.string) { $0.graph.site.organisation },
        .always("title", DataSchema.string) { $0.graph.site.title },
        .optional("description", DataSchema.string) { $0.graph.site.description },
        .always("base_url", DataSchema.string) { $0.links.deployment.baseURL },
        .always("language", DataSchema.string) { $0.graph.site.language },
        .always("financial_year_start", DataSchema.integer(minimum: 1, maximum: 12)) {
            $0.graph.site.financialYearStart
        },
        .always("tolerances", DataSchema.shared("tolerances")) {
            JSONValue($0.graph.site.tolerances, fields: Tolerances.fields)
        },
    ])

    static let outcome = DataObject<Outcome>.definition { $0.description }
    static let action = DataObject<Action>.definition { $0.description }
    static let measure = DataObject<Measure>.definition { $0.description }
    static let risk = DataObject<Risk>.definition { $0.description }

    static let quarter = DataObject<QuarterRow>([
        .always("id", DataSchema.shared("quarter")) { $0.quarter.id.slug },
        .always("label", DataSchema.string) { $0.json.words.text($0.quarter.id.name) },
        .always("financial_year", DataSchema.shared("financialYear")) { $0.quarter.id.financialYear },
        .always("status", DataSchema.words(QuarterStatus.self)) { $0.quarter.status.rawValue },
        .always("period_end", DataSchema.shared("date")) { $0.quarter.periodEnd.iso },
        .optional("published", DataSchema.shared("date")) { $0.quarter.published?.iso },
        .optional("meeting", DataSchema.string) { $0.quarter.meeting },
        .always("plan", DataSchema.string) { $0.quarter.plan ?? $0.json.graph.site.title },
        // False for a quarter of figures only, quoted by later reports: no report of its own.
        .always("report", DataSchema.boolean) { $0.quarter.isReport },
        .always("introduction", DataSchema.shared("text")) { text($0.quarter.introduction) },
        .optional("corrections", DataSchema.list(correction.schema)) { row in
            row.quarter.corrections.isEmpty ? nil : row.quarter.corrections.map(correction.json)
        },
        .always("action_updates", DataSchema.list(actionUpdate.schema)) { row in
            row.json.listItems(.actionUpdates, in: row.quarter.id).map { $0.json() }
        },
        .always("measure_updates", DataSchema.list(measureUpdate.schema)) { row in
            row.json.listItems(.measureUpdates, in: row.quarter.id).map { $0.json() }
        },
        .always("risk_updates", DataSchema.list(riskUpdate.schema)) { row in
            row.json.listItems(.riskUpdates, in: row.quarter.id).map { $0.json() }
        },
        .always("outcome_commentary", DataSchema.list(commentary.schema)) { row in
            row.json.listItems(.outcomeCommentary, in: row.quarter.id).map { $0.json() }
        },
    ])

    /// A change made to a published report (`corrections:` in its index.md).
    static let correction = DataObject<Correction>([
        .always("date", DataSchema.shared("date")) { $0.date.iso },
        .always("reason", DataSchema.string) { $0.reason },
    ])

    static let actionUpdate = DataObject<ActionUpdateRow>([
        .always("action", DataSchema.shared("id")) { $0.action.id },
        .always("ref", DataSchema.string) { $0.update.ref(for: $0.action) },
        .always("title", DataSchema.string) { $0.update.title ?? $0.action.title },
        .optional("milestone", DataSchema.string) { $0.update.milestone ?? $0.action.milestone },
        .always("rag", DataSchema.words(RAGStatus.self)) { $0.update.rag.rawValue },
        .optional("direction", DataSchema.shared("direction")) { $0.update.direction?.rawValue },
        .always("direction_source", directionSource) { $0.update.directionSource.rawValue },
        .optional("direction_computed", DataSchema.shared("direction")) { $0.update.computedDirection?.rawValue },
        .always("section", DataSchema.shared("section")) { $0.update.section.rawValue },
        .always("commentary", DataSchema.shared("text")) { row in
            text(row.update.commentary, html: row.commentary.html(of: row.update, headingLevel: textHeadingLevel))
        },
    ])

    private static let directionSource = DataSchema.words(["computed", "stated", "none"])

    /// Measures are never "complete": that word belongs to actions.
    private static let measureRAG = DataSchema.words(RAGStatus.self, except: [RAGStatus.complete.rawValue])

    static let measureUpdate = DataObject<MeasureUpdateRow>([
        .always("measure", DataSchema.shared("id")) { $0.measure.id },
        .always("ref", DataSchema.string) { $0.update.ref(for: $0.measure) },
        .always("title", DataSchema.string) { $0.update.title ?? $0.measure.title },
        .optional("value", DataSchema.figure) { $0.update.value },
        .optional("display", DataSchema.string) { $0.update.display },
        .optional("period", DataSchema.string) { $0.update.period },
        .optional("target", DataSchema.target) { $0.update.appliedTarget?.target },
        .optional("target_basis", DataSchema.words(["stated", "plan", "pro-rata", "year-end"])) {
            $0.update.appliedTarget?.basis.rawValue
        },
        .optional("rag", measureRAG) { $0.update.rag?.rawValue },
        .always("rag_source", DataSchema.words(["computed", "overridden", "stated", "none"])) {
            $0.update.ragSource.rawValue
        },
        .optional("rag_computed", measureRAG) { $0.update.computedRAG.rag?.rawValue },
        .always("rag_explanation", DataSchema.string) { $0.words.text($0.update.computedRAG.explanation) },
        .optional("rag_reason", DataSchema.string) { $0.update.ragReason },
        .optional("direction", DataSchema.shared("direction")) { $0.update.direction?.rawValue },
        .always("direction_source", directionSource) { $0.update.directionSource.rawValue },
        .optional("direction_computed", DataSchema.shared("direction")) {
            $0.update.computedDirection?.direction.rawValue
        },
        .optional("direction_explanation", DataSchema.string) { row in
            row.update.computedDirection.map { row.words.text($0.explanation) }
        },
        .optional("compared_with", DataSchema.shared("quarter")) { $0.update.computedDirection?.comparedWith.slug },
        .always("comparators", DataSchema.map(DataSchema.figure)) {
            Dictionary($0.update.comparators.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        },
        .always("section", DataSchema.shared("section")) { $0.update.section.rawValue },
        .always("commentary", DataSchema.shared("text")) { row in
            text(row.update.commentary, html: row.commentary.html(of: row.update, headingLevel: textHeadingLevel))
        },
    ])

    /// A risk's scores in one quarter: each score as likelihood × impact (or stated alone),
    /// before and after mitigation, and the band the current one falls in.
    static let riskUpdate = DataObject<RiskUpdateRow>([
        .always("risk", DataSchema.shared("id")) { $0.risk.id },
        .optional("likelihood", DataSchema.integer(minimum: 1, maximum: 5)) { $0.update.inherent?.likelihood },
        .optional("impact", DataSchema.integer(minimum: 1, maximum: 5)) { $0.update.inherent?.impact },
        .optional("score", DataSchema.integer(minimum: 1, maximum: 25)) { $0.update.inherent?.score },
        .optional("residual_likelihood", DataSchema.integer(minimum: 1, maximum: 5)) {
            $0.update.residual?.likelihood
        },
        .optional("residual_impact", DataSchema.integer(minimum: 1, maximum: 5)) { $0.update.residual?.impact },
        .optional("residual_score", DataSchema.integer(minimum: 1, maximum: 25)) { $0.update.residual?.score },
        .optional("rating", DataSchema.string) { row in
            row.update.current.flatMap { row.key.band(for: $0.score)?.name }
        },
        .optional("direction", DataSchema.shared("direction")) { $0.update.direction?.rawValue },
        .always("direction_source", directionSource) { row in
            row.update.statedDirection != nil ? "stated" : row.update.direction != nil ? "computed" : "none"
        },
        .always("commentary", DataSchema.shared("text")) { text($0.update.commentary) },
    ])

    static let commentary = DataObject<CommentaryRow>([
        .always("outcome", DataSchema.shared("id")) { $0.outcome.id },
        .always("summary", DataSchema.shared("text")) { text($0.notes.summary) },
        .always("risk", DataSchema.shared("text")) { text($0.notes.risk) },
        .always("finance", DataSchema.shared("text")) { text($0.notes.finance) },
    ])

    /// Markdown as written (trimmed) and as the site renders it.
    struct MarkdownText {
        let markdown: String
        let html: String
    }

    /// The schema's shared `text`.
    static let markdown = DataObject<MarkdownText>([
        .always("markdown", DataSchema.string) { $0.markdown },
        .always("html", DataSchema.string) { $0.html },
    ])

    /// The level a `#` heading in the open data's HTML becomes.
    static let textHeadingLevel = 3

    static func text(_ markdown: String) -> JSONValue {
        let trimmed = markdown.trimmed()
        return Self.markdown.json(
            MarkdownText(markdown: trimmed, html: Markdown.html(trimmed, headingLevel: textHeadingLevel)))
    }

    /// `markdown` with the HTML already rendered from it.
    private static func text(_ markdown: String, html: String) -> JSONValue {
        Self.markdown.json(MarkdownText(markdown: markdown.trimmed(), html: html))
    }
}

extension Target: JSONConvertible {
    /// A number, or `{"low": 90, "high": 94}`, as `DataSchema.target` describes.
    var json: JSONValue {
        switch self {
        case .figure(let figure): figure.json
        case .range(let low, let high): .object(["low": low.json, "high": high.json])
        }
    }
}
