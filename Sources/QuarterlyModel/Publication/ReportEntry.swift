/// What a published report showed of one subject: the quarter, or one outcome, action or
/// measure by its id. A fact the report did not show (no display text, no commentary) is
/// absent, so adding one later is a difference too.
public struct ReportEntry: Sendable, Equatable {
    public let subject: ReportSubject
    /// The item's id; the quarter's slug for the quarter.
    public let id: String
    public let facts: [ReportFact: String]

    public init(subject: ReportSubject, id: String, facts: [ReportFact: String]) {
        self.subject = subject
        self.id = id
        self.facts = facts.filter { subject.facts.contains($0.key) }
    }

    /// The facts in the record's order.
    public var ordered: [(fact: ReportFact, value: String)] {
        subject.facts.compactMap { fact in facts[fact].map { (fact, $0) } }
    }

    /// How a message names it: "measure M1.10 (`fire-protection-audits`)".
    public var name: String {
        switch subject {
        case .quarter: "the report's heading"
        case .outcome, .action, .measure:
            "\(subject.rawValue) " + (facts[.ref].map { "\($0) (`\(id)`)" } ?? "`\(id)`")
        }
    }
}
