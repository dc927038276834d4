/// Red, amber, green (and complete for actions), as in the reports' RAG key.
public enum RAGStatus: String, ContentWord, Comparable {
    case red, amber, green, complete

    /// "Red" as a reader sees it (`rag.red`); `label` is for records and officers.
    public var name: Message { name(in: "rag") }

    public var label: String {
        switch self {
        case .red: "Red"
        case .amber: "Amber"
        case .green: "Green"
        case .complete: "Complete"
        }
    }

    /// Worst to best: the order used for an action's direction of travel and for tables.
    public var rank: Int {
        switch self {
        case .red: 0
        case .amber: 1
        case .green: 2
        case .complete: 3
        }
    }

    public static func < (lhs: RAGStatus, rhs: RAGStatus) -> Bool { lhs.rank < rhs.rank }

    /// Measures are never "complete": that word belongs to actions.
    public static let measureStatuses: [RAGStatus] = [.red, .amber, .green]
}
