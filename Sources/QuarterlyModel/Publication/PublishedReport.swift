/// What a quarter's report showed when it was published: its heading, and each outcome,
/// action and measure in it (figures, targets, titles, refs, outcomes, RAG, direction and
/// digests of the commentary). Kept beside the quarter as `published.yml`; from then on
/// the content must make the same report, unless a correction says why it does not.
public struct PublishedReport: Sendable, Equatable {
    public let quarter: QuarterID
    /// The quarter's own entry first, then outcomes, actions and measures in report order.
    public let entries: [ReportEntry]
    private let index: [Key: Int]

    private struct Key: Hashable {
        let subject: ReportSubject
        let id: String
    }

    public init(quarter: QuarterID, entries: [ReportEntry]) {
        self.quarter = quarter
        self.entries = entries
        index = Dictionary(
            entries.enumerated().map { (Key(subject: $1.subject, id: $1.id), $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func entry(_ subject: ReportSubject, _ id: String) -> ReportEntry? {
        index[Key(subject: subject, id: id)].map { entries[$0] }
    }

    public func entries(_ subject: ReportSubject) -> [ReportEntry] { entries.filter { $0.subject == subject } }

    /// How this report (made from the content now) differs from `recorded`, subject by
    /// subject: the published ones in their order, then those only in this one.
    public func differences(from recorded: PublishedReport) -> [ReportDifference] {
        var differences: [ReportDifference] = []
        for old in recorded.entries {
            guard let new = entry(old.subject, old.id) else {
                differences.append(ReportDifference(subject: old.subject, id: old.id, entry: old, change: .removed))
                continue
            }
            let changes = old.subject.facts.compactMap { fact -> FactChange? in
                old.facts[fact] == new.facts[fact]
                    ? nil : FactChange(fact: fact, recorded: old.facts[fact], current: new.facts[fact])
            }
            if !changes.isEmpty {
                differences.append(
                    ReportDifference(subject: old.subject, id: old.id, entry: old, change: .changed(changes)))
            }
        }
        for new in entries where recorded.entry(new.subject, new.id) == nil {
            differences.append(ReportDifference(subject: new.subject, id: new.id, entry: new, change: .added))
        }
        return differences
    }
}
