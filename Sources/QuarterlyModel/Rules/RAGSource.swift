/// Where the RAG shown for a measure came from.
public enum RAGSource: String, Sendable {
    /// From the value, the target, the polarity and the tolerances.
    case computed
    /// Stated in the update and different from the computed RAG.
    case overridden
    /// Stated in the update where nothing could be computed (no target or no value).
    case stated
    /// No data, or no target and nothing stated.
    case none
}
