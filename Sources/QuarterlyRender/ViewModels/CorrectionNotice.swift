import QuarterlyModel

/// A published report's correction, as GOV.UK dates a change to a page: "Corrected on
/// 12 January 2020: the figure for M1.10 was 68, not 65."
final class CorrectionNotice: TemplateContext {
    let correction: Correction
    let label: String
    let date: String

    init(_ correction: Correction, words: Catalogue) {
        self.correction = correction
        date = words.text(correction.date.name)
        let date = "<time datetime=\"\(HTMLText.escape(correction.date.iso))\">\(HTMLText.escape(date))</time>"
        label = words.linkedSentence("corrections.correctedOn", ["date": .markup(date)])
    }

    /// Newest first: the latest change is what a returning reader looks for.
    static func notices(of quarter: Quarter, words: Catalogue) -> [CorrectionNotice] {
        quarter.corrections.enumerated().sorted { a, b in
            a.element.date != b.element.date ? a.element.date > b.element.date : a.offset > b.offset
        }.map { CorrectionNotice($0.element, words: words) }
    }

    static let fields = FieldTable<CorrectionNotice>([
        .text("date", "When, e.g. \"12 January 2020\".") { $0.date },
        .text("dateISO", "The same day as YYYY-MM-DD.") { $0.correction.date.iso },
        .html("label", "\"Corrected on 12 January 2020:\", the date in a `<time>` (`corrections.correctedOn`).") {
            $0.label
        },
        .text("reason", "What was corrected and why.") { $0.correction.reason },
    ])
}
