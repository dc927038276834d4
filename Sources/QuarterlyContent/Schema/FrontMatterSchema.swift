import Foundation
import QuarterlyModel

/// JSON Schemas (draft-07, which editors' YAML extensions understand) for the front
/// matter of each kind of content file, printed by `quarterly schema`. A test keeps
/// each kind's properties equal to the keys its decoder accepts.
public enum FrontMatterSchema {
    public enum Kind: String, CaseIterable, Sendable {
        case site, outcome, action, measure, quarter
        case actionUpdate = "action-update"
        case measureUpdate = "measure-update"
        case risk
        case riskUpdate = "risk-update"

        /// Where such files live, for the schema's description and editor settings.
        public var files: String {
            switch self {
            case .site: "site.yml"
            case .outcome: "outcomes/*.md"
            case .action: "actions/*.md"
            case .measure: "measures/*.md"
            case .quarter: "quarters/*/index.md"
            case .actionUpdate: "quarters/*/actions/*.md"
            case .measureUpdate: "quarters/*/measures/*.md"
            case .risk: "risks/*.md"
            case .riskUpdate: "quarters/*/risks/*.md"
            }
        }
    }

    /// One key and what it holds.
    indirect enum Value: Sendable {
        case text, number, integer, date, boolean
        case word([String])
        case list(Value)
        case map(Value)
        case object([Property], required: [String] = [])
        /// Text or a list of text (e.g. `actions: workforce-plan` or a list).
        case textOrList
    }

    struct Property: Sendable {
        let name: String
        let value: Value
        let description: String
        init(_ name: String, _ value: Value, _ description: String) {
            self.name = name
            self.value = value
            self.description = description
        }
    }

    static func words<W: ContentWord>(_ type: W.Type) -> Value { .word(W.allCases.map(\.rawValue)) }

    static let tolerances = Property(
        "tolerances",
        .object([
            Property("green", .number, "Within this distance of target is Green (default 5)."),
            Property("amber", .number, "Within this distance is Amber, beyond it Red (default 10)."),
            Property("basis", words(ToleranceBasis.self), "`percent` of the target (default) or `absolute` units."),
        ]), "How far off target a measure may be and still be Green or Amber.")
    static let refs = Property("refs", .map(.text), "The ref in each financial year's plan, e.g. `2019/20: M1.10`.")
    static let order = Property("order", .integer, "Position among its siblings (then by ref).")

    static func properties(of kind: Kind) -> (properties: [Property], required: [String]) {
        switch kind {
        case .site:
            return (
                [
                    Property("organisation", .text, "The council, e.g. Cumbria County Council."),
                    Property("title", .text, "The plan's name."),
                    Property("description", .text, "One sentence for search engines and link previews."),
                    Property(
                        "base_url", .text, "Where the site is hosted, e.g. https://www.example.gov.uk/council-plan/."),
                    Property("language", .text, "The pages' language tag (default en-GB)."),
                    Property(
                        "licence",
                        .object([Property("name", .text, "Licence name."), Property("url", .text, "Licence address.")]),
                        "The open data licence (default Open Government Licence v3.0)."),
                    Property(
                        "accessibility",
                        .object([
                            Property("email", .text, "Where to report accessibility problems."),
                            Property("phone", .text, "A phone number for the same."),
                            Property(
                                "compliance", words(ComplianceStatus.self),
                                "How far the site meets WCAG 2.2 AA (default partial)."),
                            Property("issues", .list(.text), "Known problems, one per item."),
                            Property("response_days", .integer, "Working days to reply (default 10)."),
                            Property("prepared", .date, "When the statement was prepared."),
                            Property("reviewed", .date, "When it was last reviewed."),
                        ]), "The accessibility statement."),
                    tolerances,
                    Property(
                        "financial_year_start", .text,
                        "The month the financial year starts: a name or 1–12 (default April)."),
                    Property(
                        "repository",
                        .object(
                            [
                                Property("url", .text, "The content's repository."),
                                Property("edit_url", .text, "Address to edit a file, with {path} for its path."),
                            ],
                            required: ["url"]), "Where the content is kept, for \"suggest a correction\" links."),
                    Property(
                        "risk_key",
                        .object([
                            Property("likelihood", .list(.text), "Five words for likelihood 1–5."),
                            Property("impact", .list(.text), "Five words for impact 1–5."),
                            Property("opportunity_impact", .list(.text), "Five words for an opportunity's impact 1–5."),
                            Property("bands", .map(.integer), "Band name → lowest score in it."),
                        ]), "The risk scoring key."),
                ], ["organisation", "title"]
            )
        case .outcome:
            return (
                [
                    Property("title", .text, "The outcome."), Property("ref", .text, "Its number, e.g. 1 or 1.2."),
                    refs,
                    Property("parent", .text, "The id of the outcome it supports."), order,
                ], ["title"]
            )
        case .action:
            return (
                [
                    Property("ref", .text, "Its ref in the plan, e.g. 1.10."), Property("title", .text, "The action."),
                    Property("outcome", .text, "The id of the outcome it serves."),
                    Property("milestone", .text, "The key milestone."),
                    Property("lead_officer", .text, "Who leads it."),
                    Property("portfolio_holder", .text, "The cabinet member."),
                    Property("risks", .textOrList, "Ids of linked risks."), refs, order,
                ], ["ref", "title", "outcome"]
            )
        case .measure:
            return (
                [
                    Property("ref", .text, "Its ref, e.g. M4.4."), Property("title", .text, "The measure."),
                    Property("outcome", .text, "The id of the outcome it serves."),
                    Property("unit", words(MeasureUnit.self), "The unit."),
                    Property(
                        "polarity", words(Polarity.self), "Whether higher or lower is better, or close to target."),
                    Property("baseline", .number, "The starting figure."),
                    Property("baseline_period", .text, "When the baseline was measured."),
                    Property("target", .number, "The target, every year."),
                    Property("targets", .map(.number), "The target for each financial year."),
                    Property("frequency", words(Frequency.self), "How often it is measured."),
                    Property("directorate", .text, "The responsible directorate."),
                    Property("source", .text, "Where the figures come from."),
                    Property("comparators", .list(.text), "Names of comparators, e.g. England."), refs,
                    Property("seasonal", .boolean, "Compare with the same quarter last year."),
                    Property(
                        "annual_target", .boolean,
                        "The target is for the whole year: quarters are not rated against it."),
                    tolerances, order,
                ], ["ref", "title", "outcome"]
            )
        case .quarter:
            return (
                [
                    Property(
                        "status", words(QuarterStatus.self), "`draft` until the report is approved, then `published`."),
                    Property("period_end", .date, "The end of the period reported."),
                    Property("published", .date, "When it was published."),
                    Property("meeting", .text, "The committee that considered it."),
                    Property("plan", .text, "The plan reported against."),
                ],
                ["status"]
            )
        case .actionUpdate:
            return (
                [
                    Property("rag", words(RAGStatus.self), "Status as reported."),
                    Property(
                        "direction", words(DirectionOfTravel.self), "Direction of travel (computed when left out)."),
                    Property("section", words(CommentarySection.self), "Which commentary list it appears in."),
                    Property("ref", .text, "The ref this quarter."),
                    Property("title", .text, "The title this quarter."),
                    Property("milestone", .text, "The milestone this quarter."),
                    Property(
                        "review", .text, "Left by new-quarter: delete once checked; a published quarter may have none."),
                ], ["rag"]
            )
        case .measureUpdate:
            return (
                [
                    Property("value", .number, "The figure: digits only."),
                    Property("display", .text, "How to show it, e.g. £1.848m."),
                    Property("period", .text, "The period the value covers, when not the quarter."),
                    Property("rag", .word(["red", "amber", "green"]), "Overrides the computed status."),
                    Property("rag_reason", .text, "Why `rag` differs from the figures."),
                    Property(
                        "direction", words(DirectionOfTravel.self), "Direction of travel (computed when left out)."),
                    Property("target", .number, "The target this quarter."),
                    Property("comparators", .map(.number), "Comparator name → figure."),
                    Property("section", words(CommentarySection.self), "Which commentary list it appears in."),
                    Property("ref", .text, "The ref this quarter."),
                    Property("title", .text, "The title this quarter."),
                    Property(
                        "review", .text, "Left by new-quarter: delete once checked; a published quarter may have none."),
                ], []
            )
        case .risk:
            return (
                [
                    Property("ref", .text, "The register's ref, e.g. CR5."),
                    Property("kind", words(RiskKind.self), "Risk or opportunity."),
                    Property("title", .text, "The risk."), Property("category", .text, "Its type."),
                    Property("owner", .text, "The risk owner."),
                    Property("consequences", .list(.text), "Possible consequences."),
                    Property("controls", .list(.text), "Current controls."),
                    Property("mitigations", .list(.text), "Mitigating actions."),
                    Property("actions", .textOrList, "Ids of linked actions."),
                    Property("measures", .textOrList, "Ids of linked measures."), order,
                ], ["ref", "title"]
            )
        case .riskUpdate:
            let score: Value = .integer
            return (
                [
                    Property("likelihood", score, "1–5."), Property("impact", score, "1–5."),
                    Property("score", score, "Likelihood × impact."),
                    Property("residual_likelihood", score, "After controls, 1–5."),
                    Property("residual_impact", score, "After controls, 1–5."),
                    Property("residual_score", score, "After controls."),
                    Property(
                        "direction", words(DirectionOfTravel.self), "Direction of travel (computed when left out)."),
                ], []
            )
        }
    }

    /// Allowed words in the spellings people type; Quarterly also ignores case and spaces.
    static func spellings(_ words: [String]) -> [String] {
        words.flatMap { [$0, $0.prefix(1).uppercased() + $0.dropFirst(), $0.uppercased()] }
    }

    static func json(_ value: Value, description: String? = nil) -> [String: Any] {
        var result: [String: Any]
        switch value {
        case .text: result = ["type": ["string", "number", "boolean"]]
        case .number: result = ["type": ["number", "string"], "pattern": "^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"]
        case .integer: result = ["type": ["integer", "string"], "pattern": "^\\s*[0-9]+\\s*$"]
        case .date: result = ["type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]
        case .boolean: result = ["type": ["boolean", "string"], "enum": [true, false, "true", "false", "yes", "no"]]
        case .word(let words): result = ["type": "string", "enum": spellings(words)]
        case .list(let item): result = ["type": "array", "items": json(item)]
        case .map(let item): result = ["type": "object", "additionalProperties": json(item)]
        case .textOrList: result = ["type": ["string", "array"], "items": ["type": "string"]]
        case .object(let properties, let required):
            result = object(properties, required: required)
        }
        if let description { result["description"] = description }
        return result
    }

    static func object(_ properties: [Property], required: [String]) -> [String: Any] {
        var result: [String: Any] = [
            "type": "object",
            "properties": Dictionary(
                uniqueKeysWithValues: properties.map { ($0.name, json($0.value, description: $0.description)) }),
            "additionalProperties": false,
        ]
        if !required.isEmpty { result["required"] = required }
        return result
    }

    /// The schema document for one kind of file.
    public static func document(_ kind: Kind) -> [String: Any] {
        let (properties, required) = properties(of: kind)
        var schema = object(properties, required: required)
        schema["$schema"] = "http://json-schema.org/draft-07/schema#"
        schema["$id"] = "https://quarterly.invalid/schema/\(kind.rawValue).schema.json"
        schema["title"] = "Quarterly \(kind.rawValue) front matter (\(kind.files))"
        if kind == .site { schema["title"] = "Quarterly site.yml" }
        return schema
    }

    public static func text(_ kind: Kind) -> String {
        let data =
            (try? JSONSerialization.data(withJSONObject: document(kind), options: [.prettyPrinted, .sortedKeys]))
            ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The keys each kind's decoder accepts (for the test that keeps the two equal).
    static func decoderKeys(_ kind: Kind) -> [String] {
        switch kind {
        case .site: SiteDecoder.keys
        case .outcome: DefinitionDecoders.outcomeKeys
        case .action: DefinitionDecoders.actionKeys
        case .measure: DefinitionDecoders.measureKeys
        case .quarter: QuarterDecoders.quarterKeys
        case .actionUpdate: QuarterDecoders.actionUpdateKeys
        case .measureUpdate: QuarterDecoders.measureUpdateKeys
        case .risk: RiskDecoders.riskKeys
        case .riskUpdate: RiskDecoders.updateKeys
        }
    }
}
