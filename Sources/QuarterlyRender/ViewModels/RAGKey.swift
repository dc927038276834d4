import QuarterlyModel

/// The RAG key on report pages: what each status means in the site's own words
/// (`rag_key:`, else the reports' key with the site's tolerances), only for the kinds of
/// item the report has, and who gave the statuses it shows. Its sentences are the
/// catalogue's (`ragKey.*`).
final class RAGKey: TemplateContext {
    let site: SiteConfig
    let actionUpdates: [AssessedActionUpdate]
    let measureUpdates: [AssessedMeasureUpdate]
    let catalogue: Catalogue

    init(site: SiteConfig, actions: [AssessedActionUpdate], measures: [AssessedMeasureUpdate], words: Catalogue) {
        self.site = site
        actionUpdates = actions
        measureUpdates = measures
        catalogue = words
    }

    private var tolerances: Tolerances { site.tolerances }
    private var words: RAGKeyWords { site.ragKey }

    /// What an action status means: the site's words, else the reports' key.
    private func action(_ own: String?, _ key: String) -> String { own ?? catalogue["ragKey." + key] }

    /// Every measure rating shown was computed: the council reported none.
    var measuresAllComputed: Bool {
        measureUpdates.contains { $0.rag != nil } && !measureUpdates.contains { $0.ragSource.origin == .reported }
    }

    var ruleRed: String {
        catalogue.text("ragKey.ruleRed", ["tolerance": .text(tolerances.shown(tolerances.amber))])
    }
    var ruleAmber: String { catalogue.text("ragKey.ruleAmber", ["range": .text(tolerances.amberRange)]) }
    var ruleGreen: String {
        catalogue.text("ragKey.ruleGreen", ["tolerance": .text(tolerances.shown(tolerances.green))])
    }

    /// The site's words are its own, and some rating here was computed with the rule.
    var showsRule: Bool {
        let custom = words.measures
        return (custom.red != nil || custom.amber != nil || custom.green != nil)
            && measureUpdates.contains { $0.ragSource == .computed }
    }

    /// Who gave the statuses, in a sentence or two.
    var origins: String {
        let organisation = ["organisation": MessageArgument.text(site.organisation)]
        guard measuresAllComputed else { return catalogue.text("ragKey.origins", organisation) }
        return catalogue.text(
            actionUpdates.isEmpty ? "ragKey.originsAllComputed" : "ragKey.originsAllComputedButActions", organisation)
    }

    /// What the arrows mean, with each direction shown as the tables show it (as HTML).
    var directions: String {
        let span = { (direction: DirectionOfTravel) in
            MessageArgument.markup(
                "<span class=\"direction\"><span class=\"arrow\" aria-hidden=\"true\">\(direction.arrow)</span> "
                    + HTMLText.escape(self.catalogue.text(direction.name)) + "</span>")
        }
        let hasContext = measureUpdates.contains { !$0.isJudged }
        return catalogue.text(
            Message(
                hasContext ? "ragKey.directionsWithContext" : "ragKey.directions",
                [
                    "improving": span(.improving), "sustained": span(.sustained), "declining": span(.declining),
                    "up": span(.up), "noChange": span(.noChange), "down": span(.down),
                ]), escaping: HTMLText.escape)
    }

    static let fields = FieldTable<RAGKey>([
        .context("red", "The Red tag.") { _ in RAGTag.of(.red) },
        .context("amber", "The Amber tag.") { _ in RAGTag.of(.amber) },
        .context("green", "The Green tag.") { _ in RAGTag.of(.green) },
        .context("complete", "The Complete tag.") { _ in RAGTag.of(.complete) },
        .flag("hasActions", "Whether the report has actions (else the key leaves out what actions' statuses mean).") {
            !$0.actionUpdates.isEmpty
        },
        .flag("hasMeasures", "Whether it has measures.") { !$0.measureUpdates.isEmpty },
        .flag("hasContextMeasures", "Whether it has context measures, which are not judged.") {
            $0.measureUpdates.contains { !$0.isJudged }
        },
        .text("actionRed", "What Red means for an action (site.yml `rag_key`, else the reports' words).") {
            $0.action($0.words.actions.red, "actionRed")
        },
        .text("actionAmber", "What Amber means for an action.") { $0.action($0.words.actions.amber, "actionAmber") },
        .text("actionGreen", "What Green means for an action.") { $0.action($0.words.actions.green, "actionGreen") },
        .text("actionComplete", "What Complete means for an action.") {
            $0.action($0.words.actions.complete, "actionComplete")
        },
        .text("measureRed", "What Red means for a measure (site.yml `rag_key`, else the rule's words).") {
            $0.words.measures.red ?? $0.ruleRed
        },
        .text("measureAmber", "What Amber means for a measure.") { $0.words.measures.amber ?? $0.ruleAmber },
        .text("measureGreen", "What Green means for a measure.") { $0.words.measures.green ?? $0.ruleGreen },
        .flag(
            "showsRule",
            "Whether to show the rule Quarterly computes with beside the site's own words: some rating here is computed, and the words are not the rule's."
        ) { $0.showsRule },
        .text("ruleRed", "When Quarterly computes Red, from the tolerances.") { $0.ruleRed },
        .text("ruleAmber", "When it computes Amber.") { $0.ruleAmber },
        .text("ruleGreen", "When it computes Green.") { $0.ruleGreen },
        .text("origins", "Who gave the statuses: the council (reported) or Quarterly (computed), in a sentence or two.")
        {
            $0.origins
        },
        .html(
            "directions",
            "What each direction of travel means, its arrows and words as the tables show them (`ragKey.directions`, `ragKey.directionsWithContext` when there are context measures)."
        ) { $0.directions },
        .flag("measuresAllComputed", "Whether every measure rating shown was computed by Quarterly.") {
            $0.measuresAllComputed
        },
        .text("greenTolerance", "How far off target is still Green, e.g. \"5%\".") {
            $0.tolerances.shown($0.tolerances.green)
        },
        .text("amberTolerance", "How far off target is still Amber, e.g. \"10%\".") {
            $0.tolerances.shown($0.tolerances.amber)
        },
        .text("amberRange", "The Amber band, e.g. \"5–10%\".") { $0.tolerances.amberRange },
    ])
}
