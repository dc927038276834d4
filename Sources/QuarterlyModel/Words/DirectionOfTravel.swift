/// Direction of travel since the last report: a judgement (improving, sustained,
/// declining), or for a context measure, which is not judged, only a movement (up,
/// down, no change).
public enum DirectionOfTravel: String, ContentWord {
    case improving, sustained, declining
    case up, down
    case noChange = "no-change"

    /// "Improving" as a reader sees it (`direction.improving`); `label` is for records and officers.
    public var name: Message { name(in: "direction") }

    public var label: String {
        switch self {
        case .improving: "Improving"
        case .sustained: "Sustained"
        case .declining: "Declining"
        case .up: "Up"
        case .down: "Down"
        case .noChange: "No change"
        }
    }

    public var arrow: String {
        switch self {
        case .improving, .up: "↑"
        case .sustained, .noChange: "→"
        case .declining, .down: "↓"
        }
    }

    /// Whether it judges the change (better or worse) rather than only describing it.
    public var isJudgement: Bool { Self.judgements.contains(self) }

    /// The words for actions, risks and judged measures.
    public static let judgements: [DirectionOfTravel] = [.improving, .sustained, .declining]
    /// The words for context measures.
    public static let movements: [DirectionOfTravel] = [.up, .down, .noChange]
}
