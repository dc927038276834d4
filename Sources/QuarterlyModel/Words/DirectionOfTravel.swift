/// Direction of travel since the last report.
public enum DirectionOfTravel: String, ContentWord {
    case improving, sustained, declining

    public var label: String {
        switch self {
        case .improving: "Improving"
        case .sustained: "Sustained"
        case .declining: "Declining"
        }
    }

    public var arrow: String {
        switch self {
        case .improving: "↑"
        case .sustained: "→"
        case .declining: "↓"
        }
    }
}
