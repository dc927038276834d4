import QuarterlyModel

/// The summary, risk and finance updates written for an outcome in a quarter, rendered.
/// Pages show them as fields of their own contexts (`{{#risk}}…{{/risk}}`).
struct OutcomeNotes {
    let summary: HTMLBlock?
    let risk: HTMLBlock?
    let finance: HTMLBlock?

    init?(on outcomeID: String, in quarter: QuarterID, headingLevel: Int, fragments: Fragments) {
        guard let notes = fragments.graph.commentary(on: outcomeID, in: quarter) else { return nil }
        summary = fragments.markdown(notes.summary, headingLevel: headingLevel)
        risk = fragments.markdown(notes.risk, headingLevel: headingLevel)
        finance = fragments.markdown(notes.finance, headingLevel: headingLevel)
    }

    /// The three fields, for a context that holds notes at `notes`.
    static func fields<Context>(_ notes: @escaping @Sendable (Context) -> OutcomeNotes?) -> [TemplateField<Context>] {
        [
            .context("summary", "A summary written for the outcome that quarter, when there is one.") {
                notes($0)?.summary
            },
            .context("risk", "Its risk updates, when there are any.") { notes($0)?.risk },
            .context("finance", "Its finance updates, when there are any.") { notes($0)?.finance },
        ]
    }
}
