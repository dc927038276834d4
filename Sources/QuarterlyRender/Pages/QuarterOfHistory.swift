import QuarterlyModel

/// A row of an item's history: one quarter, linked to its report. Action and measure
/// histories declare its fields once, here.
protocol QuarterOfHistory: SendableMetatype {
    var quarter: Quarter { get }
    /// The quarter's name as a reader sees it (`quarter.name`).
    var quarterName: String { get }
    /// The quarter's report.
    var url: String { get }
}

extension TemplateField where Context: QuarterOfHistory {
    static var quarterOfHistory: [TemplateField<Context>] {
        [
            .text("quarter", "The quarter.") { $0.quarterName },
            .text("url", "Its report's address.") { $0.url },
            .flag("isDraft", "Whether that report is a draft.") { $0.quarter.isDraft },
            .flag(
                "isFiguresOnly", "Whether the quarter holds figures only, quoted by later reports (`report: false`)."
            ) { $0.quarter.isFiguresOnly },
            .context(
                "corrected", "The address of that report's corrections, when it was corrected after publication."
            ) { $0.quarter.corrections.isEmpty ? nil : Address(url: $0.url + "#corrections") },
        ]
    }
}
