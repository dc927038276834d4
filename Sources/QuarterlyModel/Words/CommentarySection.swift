/// Which of the report's two commentary lists an update appears in.
public enum CommentarySection: String, ContentWord {
    case progress, improvement

    public var heading: String {
        switch self {
        case .progress: "Areas of progress"
        case .improvement: "Areas for improvement and ongoing action"
        }
    }

    /// The reports list green and complete items under progress, the rest under improvement.
    public static func defaultFor(_ rag: RAGStatus?) -> CommentarySection {
        switch rag {
        case .green, .complete: .progress
        case .red, .amber, nil: .improvement
        }
    }
}
