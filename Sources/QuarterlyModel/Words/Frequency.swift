/// How often a measure is reported.
public enum Frequency: String, ContentWord {
    case monthly, quarterly, annual

    public var label: String {
        switch self {
        case .monthly: "Monthly"
        case .quarterly: "Quarterly"
        case .annual: "Annual"
        }
    }
}
