import QuarterlyModel

/// `/risks/<id>/`: one risk or opportunity, its scores over time and its commentary.
final class RiskPage: TemplateContext {
    let risk: Risk
    let details: [Detail]
    let consequences: [TextValue]
    let controls: [TextValue]
    let mitigations: [TextValue]
    let linked: [ItemLink]
    let history: [RiskHistoryRow]
    let description: HTMLBlock?
    let chart: ChartFigure?
    let words: Catalogue

    init(_ risk: Risk, fragments: Fragments) {
        let graph = fragments.graph
        let links = fragments.links
        let words = fragments.words
        let scores = RiskScores(key: graph.site.riskKey, words: words)
        self.risk = risk
        self.words = words
        details = [("risk.category", risk.category), ("risk.owner", risk.owner)].compactMap { term, value in
            value.map { Detail(words[term], $0) }
        }
        consequences = risk.consequences.map(TextValue.init(text:))
        controls = risk.controls.map(TextValue.init(text:))
        mitigations = risk.mitigations.map(TextValue.init(text:))
        linked =
            risk.actionIDs.compactMap(graph.action).map {
                ItemLink(title: $0.title, ref: $0.ref, kind: words["common.action"], url: links.url(.action, $0.id))
            }
            + risk.measureIDs.compactMap(graph.measure).map {
                ItemLink(title: $0.title, ref: $0.ref, kind: words["common.measure"], url: links.url(.measure, $0.id))
            }
        let history = graph.riskHistory(risk.id)
        self.history = history.reversed().map { update in
            RiskHistoryRow(
                quarter: words.text(update.quarter.name), score: scores.text(update.inherent, kind: risk.kind),
                residual: scores.text(update.residual, kind: risk.kind), direction: .of(update),
                commentary: fragments.markdown(update.commentary, headingLevel: 4))
        }
        description = fragments.markdown(risk.description, headingLevel: 3)
        chart = fragments.chartFiles.risk(risk).map { fragments.figure($0) }
    }

    static func content(for risk: Risk, _ fragments: Fragments) -> PageContent<RiskPage> {
        PageContent(
            body: RiskPage(risk, fragments: fragments), title: "\(risk.ref) \(risk.title)",
            crumbs: [LabelledLink(label: fragments.words["nav.risks"], url: fragments.links.url(.risks))],
            current: risk.ref, section: "risks", sourcePath: risk.sourcePath)
    }

    static let fields = FieldTable<RiskPage>([
        .context("definition", "What its file says, key by key, as text (docs/fields.md lists the keys).") {
            RiskDefinition($0.risk)
        },
        .text("ref", "Its ref, e.g. CR1.") { $0.risk.ref },
        .text("title", "Its title.") { $0.risk.title },
        .text("kind", "Risk or Opportunity (`risk.kindRisk`, `risk.kindOpportunity`).") {
            $0.words[$0.risk.kind == .risk ? "risk.kindRisk" : "risk.kindOpportunity"]
        },
        .text(
            "onRegister", "\"Risk on the corporate register.\" (`risk.onRegisterRisk`, `risk.onRegisterOpportunity`)."
        ) {
            $0.words[$0.risk.kind == .risk ? "risk.onRegisterRisk" : "risk.onRegisterOpportunity"]
        },
        .text("tableLabel", "The name of the scores table's region (`risk.tableLabel`).") {
            $0.words.text("risk.tableLabel", ["ref": .text($0.risk.ref)])
        },
        .text("tableCaption", "The scores table's caption (`risk.tableCaption`).") {
            $0.words.text("risk.tableCaption", ["ref": .text($0.risk.ref)])
        },
        .context("description", "Its description, when written.") { $0.description },
        .list("details", "Its category and owner, where given.") { $0.details },
        .text(
            "consequencesHeading",
            "\"Possible consequences\", or \"Possible benefits\" for an opportunity (`risk.consequences`, `risk.benefits`)."
        ) { $0.words[$0.risk.kind == .risk ? "risk.consequences" : "risk.benefits"] },
        .list("consequences", "Its consequences (or benefits), one sentence each.") { $0.consequences },
        .flag("hasConsequences", "Whether there are any.") { !$0.consequences.isEmpty },
        .list("controls", "The controls in place.") { $0.controls },
        .flag("hasControls", "Whether there are any.") { !$0.controls.isEmpty },
        .text(
            "mitigationsHeading",
            "\"Mitigating actions\", or \"Maximising actions\" for an opportunity (`risk.mitigations`, `risk.maximising`)."
        ) { $0.words[$0.risk.kind == .risk ? "risk.mitigations" : "risk.maximising"] },
        .list("mitigations", "Its mitigating (or maximising) actions.") { $0.mitigations },
        .flag("hasMitigations", "Whether there are any.") { !$0.mitigations.isEmpty },
        .list("linked", "The actions, then the measures, linked to it.") { $0.linked },
        .flag("hasLinked", "Whether there are any.") { !$0.linked.isEmpty },
        .context("chart", "Its score by quarter, when scored more than once.") { $0.chart },
        .list("history", "Its scores and commentary, newest quarter first.") { $0.history },
        .flag("hasHistory", "Whether it has been scored.") { !$0.history.isEmpty },
    ])
}

/// A risk's scores and commentary in one quarter.
final class RiskHistoryRow: TemplateContext {
    let quarter: String
    let score: String
    let residual: String
    let direction: DirectionTag
    let commentary: HTMLBlock?

    init(quarter: String, score: String, residual: String, direction: DirectionTag, commentary: HTMLBlock?) {
        self.quarter = quarter
        self.score = score
        self.residual = residual
        self.direction = direction
        self.commentary = commentary
    }

    static let fields = FieldTable<RiskHistoryRow>([
        .text("quarter", "The quarter.") { $0.quarter },
        .text("score", "The score before mitigation, or –.") { $0.score },
        .text("residual", "The score after mitigation, or –.") { $0.residual },
        .context("direction", "The direction of travel.") { $0.direction },
        .context("commentary", "The commentary, when written.") { $0.commentary },
    ])
}
