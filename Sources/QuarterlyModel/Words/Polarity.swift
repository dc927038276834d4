/// What "good" is for a measure.
public enum Polarity: String, ContentWord {
    case higher, lower, target
    /// `none`: a context or demand measure (calls received, population), shown for
    /// information: it has no target and no RAG, and its direction says only Up or Down.
    case notJudged = "none"

    /// "Higher is better" (`polarity.higher`).
    public var name: Message { name(in: "polarity") }

    /// Whether its figures are judged at all (a RAG, an improving or declining direction).
    public var isJudged: Bool { self != .notJudged }
}
