/// How the report the content makes now differs from the published one, for one subject.
public struct ReportDifference: Sendable, Equatable {
    public enum Change: Sendable, Equatable {
        /// Facts that differ, in the record's order.
        case changed([FactChange])
        /// In the report now, not in the published one.
        case added
        /// In the published report, not in the report now.
        case removed
    }

    public let subject: ReportSubject
    public let id: String
    /// The entry as published (for `added`, as it is now): its name for messages.
    public let entry: ReportEntry
    public let change: Change

    /// "the target 800 → 850; the RAG Green (computed) → Amber (computed)"
    public var description: String {
        switch change {
        case .added: "\(entry.name) would be added"
        case .removed: "\(entry.name) would be removed"
        case .changed(let facts): "\(entry.name): " + facts.map(\.description).joined(separator: "; ")
        }
    }
}

/// One fact of a subject, as published and as the content gives it now (nil: not shown).
public struct FactChange: Sendable, Equatable {
    public let fact: ReportFact
    public let recorded: String?
    public let current: String?

    public init(fact: ReportFact, recorded: String?, current: String?) {
        self.fact = fact
        self.recorded = recorded
        self.current = current
    }

    public var description: String {
        if fact.isDigest {
            return recorded == nil
                ? "\(fact.label) would be added"
                : current == nil ? "\(fact.label) would be removed" : "\(fact.label) was edited"
        }
        return "\(fact.label) \(Self.shown(recorded)) → \(Self.shown(current))"
    }

    private static func shown(_ value: String?) -> String { value.map { "`\($0)`" } ?? "(none)" }
}
