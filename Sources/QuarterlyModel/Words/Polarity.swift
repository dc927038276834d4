/// What "good" is for a measure.
public enum Polarity: String, ContentWord {
    case higher, lower, target
    /// `none`: a context or demand measure (calls received, population), shown for
    /// information: it has no target and no RAG, and its direction says only Up or Down.
    case notJudged = "none"

    public var label: String {
        switch self {
        case .higher: "Higher is better"
        case .lower: "Lower is better"
        case .target: "Close to target is better"
        case .notJudged: "Not judged: shown for context"
        }
    }

    /// Whether its figures are judged at all (a RAG, an improving or declining direction).
    public var isJudged: Bool { self != .notJudged }
}
