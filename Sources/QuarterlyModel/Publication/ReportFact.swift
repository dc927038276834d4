/// One thing a published report showed about its quarter, an outcome, an action or a
/// measure. The publication record keeps each as text (`published.yml`), so comparing a
/// record with the content is comparing text, and a difference reads as "800 → 850".
public enum ReportFact: String, CaseIterable, Sendable {
    // The quarter's heading and introduction.
    case plan
    case periodEnd = "period_end"
    case published, meeting, introduction
    // Each outcome, action and measure as that quarter's plan placed it.
    case ref, title, outcome, milestone, unit, value, display, period, target, rag, direction, section
    /// A SHA-256 digest of the commentary: a record notices any edit without repeating the text.
    case commentary

    /// How a message names it: "the target", "the RAG".
    public var label: String {
        switch self {
        case .plan: "the plan's name"
        case .periodEnd: "the period's end"
        case .published: "the publication date"
        case .meeting: "the meeting"
        case .introduction: "the introduction"
        case .ref: "the ref"
        case .title: "the title"
        case .outcome: "the outcome"
        case .milestone: "the milestone"
        case .unit: "the unit"
        case .value: "the value"
        case .display: "the value as displayed"
        case .period: "the period"
        case .target: "the target"
        case .rag: "the RAG"
        case .direction: "the direction of travel"
        case .section: "the commentary list"
        case .commentary: "the commentary"
        }
    }

    /// Whether the value is a digest, which a message does not quote.
    public var isDigest: Bool { self == .introduction || self == .commentary }
}

/// What a record holds facts about: the quarter itself, and each outcome, action and
/// measure in its report.
public enum ReportSubject: String, CaseIterable, Sendable {
    case quarter, outcome, action, measure

    /// The record's top-level key: `quarter:` holds its facts, the others a block per id.
    public var recordKey: String {
        switch self {
        case .quarter: "quarter"
        case .outcome: "outcomes"
        case .action: "actions"
        case .measure: "measures"
        }
    }

    /// The facts it may have, in the record's order.
    public var facts: [ReportFact] {
        switch self {
        case .quarter: [.plan, .periodEnd, .published, .meeting, .introduction]
        case .outcome: [.ref, .title, .commentary]
        case .action: [.ref, .title, .outcome, .milestone, .rag, .direction, .section, .commentary]
        case .measure:
            [
                .ref, .title, .outcome, .unit, .value, .display, .period, .target, .rag, .direction, .section,
                .commentary,
            ]
        }
    }
}
