import QuarterlyModel

/// A risk's scores in words, on the site's 5 by 5 key as a reader sees it
/// (`RiskKey.inWords`).
struct RiskScores {
    let key: RiskKey
    let words: Catalogue

    init(key: RiskKey, words: Catalogue) {
        self.key = key.inWords(words)
        self.words = words
    }

    /// "16 (Likely × Major)" (`riskKey.score`), or the score alone, or – when none is given.
    func text(_ score: RiskScore?, kind: RiskKind) -> String {
        guard let score else { return "–" }
        guard let l = score.likelihood, let i = score.impact else { return "\(score.score)" }
        let impactWords = kind == .risk ? key.impact : key.opportunityImpact
        return words.text(
            "riskKey.score",
            [
                "score": .text(String(score.score)), "likelihood": .text(key.likelihood[l - 1]),
                "impact": .text(impactWords[i - 1]),
            ])
    }

    /// "4 Likely": a step of a scale, with its number (`riskKey.step`).
    func step(_ number: Int, of scale: [String]) -> String {
        words.text("riskKey.step", ["number": .text(String(number)), "word": .text(scale[number - 1])])
    }

    /// "Risk" or "Opportunity".
    func kindWord(_ kind: RiskKind) -> String { words[kind == .risk ? "risk.kindRisk" : "risk.kindOpportunity"] }
}

/// What action and measure pages share: the linked risks and, when the item was
/// renumbered, its refs in each plan ("2019/20: M1.10; 2021/22: M2.13").
struct RisksAndRefs {
    let linkedRisks: LinkedRisks?
    let refHistory: TextValue?

    init(of itemID: String, refs: [RefPeriod], fragments: Fragments) {
        let graph = fragments.graph
        let words = fragments.words
        let scores = RiskScores(key: graph.site.riskKey, words: words)
        let risks = graph.risks(linkedTo: itemID).map { risk in
            let latest = graph.riskHistory(risk.id).last
            return LinkedRisk(
                ref: risk.ref, title: risk.title, url: fragments.links.url(.risk, risk.id),
                score: scores.text(latest?.current, kind: risk.kind),
                quarter: latest.map { words.text($0.quarter.name) }, words: words)
        }
        linkedRisks = risks.isEmpty ? nil : LinkedRisks(items: risks)
        let inPlan = { (period: RefPeriod) in
            period.first == period.last
                ? words.text("item.refInYear", ["year": .text(period.first), "ref": .text(period.ref)])
                : words.text(
                    "item.refInYears",
                    ["first": .text(period.first), "last": .text(period.last), "ref": .text(period.ref)])
        }
        refHistory =
            refs.count > 1
            ? TextValue(
                text: words.text("item.refHistory", ["refs": .text(refs.map(inPlan).joined(separator: "; "))]))
            : nil
    }

    static func fields<Context>(_ get: @escaping @Sendable (Context) -> RisksAndRefs) -> [TemplateField<Context>] {
        [
            .context("linkedRisks", "The corporate risks linked to it, when there are any.") { get($0).linkedRisks },
            .context(
                "refHistory",
                "Its ref in each plan, when it was renumbered: \"Refs in each plan: 2019/20: M1.10; 2021/22: M2.13.\" (`item.refHistory`)."
            ) { get($0).refHistory },
        ]
    }
}

/// The risks linked to an action or a measure.
final class LinkedRisks: TemplateContext {
    let items: [LinkedRisk]

    init(items: [LinkedRisk]) { self.items = items }

    static let fields = FieldTable<LinkedRisks>([.list("items", "The linked risks.") { $0.items }])
}

/// A linked risk with its latest score.
final class LinkedRisk: TemplateContext {
    let ref: String
    let title: String
    let url: String
    let score: String
    let quarter: TextValue?
    let scoreLine: String

    init(ref: String, title: String, url: String, score: String, quarter: String?, words: Catalogue) {
        self.ref = ref
        self.title = title
        self.url = url
        self.score = score
        self.quarter = quarter.map(TextValue.init(text:))
        scoreLine =
            quarter.map { words.text("item.riskScoreAt", ["score": .text(score), "quarter": .text($0)]) }
            ?? words.text("item.riskScore", ["score": .text(score)])
    }

    static let fields = FieldTable<LinkedRisk>([
        .text("ref", "The risk's ref, e.g. CR1.") { $0.ref },
        .text("title", "Its title.") { $0.title },
        .text("url", "Its page's address.") { $0.url },
        .text("score", "Its latest score, e.g. \"16 (Likely × Major)\".") { $0.score },
        .context("quarter", "The quarter of that score, when scored.") { $0.quarter },
        .text("scoreLine", "\"score 16 (Likely × Major) at Quarter 2 2019/20\" (`item.riskScoreAt`, `item.riskScore`).")
        {
            $0.scoreLine
        },
    ])
}
