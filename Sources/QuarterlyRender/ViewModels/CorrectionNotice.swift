import QuarterlyModel

/// A published report's correction, as GOV.UK dates a change to a page: "Corrected on
/// 12 January 2020: the figure for M1.10 was 68, not 65."
final class CorrectionNotice: TemplateContext {
    let correction: Correction

    init(_ correction: Correction) { self.correction = correction }

    /// Newest first: the latest change is what a returning reader looks for.
    static func notices(of quarter: Quarter) -> [CorrectionNotice] {
        quarter.corrections.enumerated().sorted { a, b in
            a.element.date != b.element.date ? a.element.date > b.element.date : a.offset > b.offset
        }.map { CorrectionNotice($0.element) }
    }

    static let fields = FieldTable<CorrectionNotice>([
        .text("date", "When, e.g. \"12 January 2020\".") { $0.correction.date.long },
        .text("dateISO", "The same day as YYYY-MM-DD.") { $0.correction.date.iso },
        .text("reason", "What was corrected and why.") { $0.correction.reason },
    ])
}
