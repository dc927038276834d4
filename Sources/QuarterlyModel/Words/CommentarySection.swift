/// Which of the report's two commentary lists an update appears in.
public enum CommentarySection: String, ContentWord {
    case progress, improvement

    /// "Areas of progress" (`commentary.progress`).
    public var heading: Message { name(in: "commentary") }

    /// The reports list green and complete items under progress, the rest under improvement.
    public static func defaultFor(_ rag: RAGStatus?) -> CommentarySection {
        switch rag {
        case .green, .complete: .progress
        case .red, .amber, nil: .improvement
        }
    }
}
