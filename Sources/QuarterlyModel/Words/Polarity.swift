/// What "good" is for a measure.
public enum Polarity: String, ContentWord {
    case higher, lower, target

    public var label: String {
        switch self {
        case .higher: "Higher is better"
        case .lower: "Lower is better"
        case .target: "Close to target is better"
        }
    }
}
