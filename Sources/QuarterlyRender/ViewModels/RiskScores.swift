import QuarterlyModel

/// A risk's scores in words, on the site's 5 by 5 key.
struct RiskScores {
    let key: RiskKey

    /// "16 (Likely × Major)", or the score alone, or – when none is given.
    func text(_ score: RiskScore?, kind: RiskKind) -> String {
        guard let score else { return "–" }
        guard let l = score.likelihood, let i = score.impact else { return "\(score.score)" }
        let impactWords = kind == .risk ? key.impact : key.opportunityImpact
        return "\(score.score) (\(key.likelihood[l - 1]) × \(impactWords[i - 1]))"
    }

    static func kindWord(_ kind: RiskKind) -> String { kind == .risk ? "Risk" : "Opportunity" }
}

/// What action and measure pages share: the linked risks and, when the item was
/// renumbered, its refs in each plan ("2019/20: M1.10; 2021/22: M2.13").
struct RisksAndRefs {
    let linkedRisks: LinkedRisks?
    let refHistory: TextValue?

    init(of itemID: String, refs: [RefPeriod], fragments: Fragments) {
        let graph = fragments.graph
        let scores = RiskScores(key: graph.site.riskKey)
        let risks = graph.risks(linkedTo: itemID).map { risk in
            let latest = graph.riskHistory(risk.id).last
            return LinkedRisk(
                ref: risk.ref, title: risk.title, url: fragments.links.url(.risk, risk.id),
                score: scores.text(latest?.current, kind: risk.kind), quarter: latest?.quarter.label)
        }
        linkedRisks = risks.isEmpty ? nil : LinkedRisks(items: risks)
        refHistory =
            refs.count > 1 ? TextValue(text: refs.map { "\($0.years): \($0.ref)" }.joined(separator: "; ")) : nil
    }

    static func fields<Context>(_ get: @escaping @Sendable (Context) -> RisksAndRefs) -> [TemplateField<Context>] {
        [
            .context("linkedRisks", "The corporate risks linked to it, when there are any.") { get($0).linkedRisks },
            .context("refHistory", "Its ref in each plan, when it was renumbered.") { get($0).refHistory },
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

    init(ref: String, title: String, url: String, score: String, quarter: String?) {
        self.ref = ref
        self.title = title
        self.url = url
        self.score = score
        self.quarter = quarter.map(TextValue.init(text:))
    }

    static let fields = FieldTable<LinkedRisk>([
        .text("ref", "The risk's ref, e.g. CR1.") { $0.ref },
        .text("title", "Its title.") { $0.title },
        .text("url", "Its page's address.") { $0.url },
        .text("score", "Its latest score, e.g. \"16 (Likely × Major)\".") { $0.score },
        .context("quarter", "The quarter of that score, when scored.") { $0.quarter },
    ])
}
