/// Where the RAG shown for a measure came from.
public enum RAGSource: String, Sendable {
    /// Computed from the value, the target, the polarity and the tolerances: nothing was stated.
    case computed
    /// Stated in the update and different from the computed RAG.
    case overridden
    /// Stated in the update, and the figures give the same status or none (no target or no value).
    case stated
    /// No data, not rated (no target, or a context measure), and nothing stated.
    case none

    /// Who gave the status shown, when there is one.
    public var origin: StatusOrigin? {
        switch self {
        case .computed: .computed
        case .overridden, .stated: .reported
        case .none: nil
        }
    }
}

/// Where the direction shown for an action or a measure came from.
public enum DirectionSource: String, Sendable {
    /// From the figures (or an action's RAG change): nothing was stated.
    case computed
    /// Stated in the update.
    case stated
    /// Neither stated nor computable (no earlier figure).
    case none

    public init(stated: DirectionOfTravel?, computed: DirectionOfTravel?) {
        self = stated != nil ? .stated : computed != nil ? .computed : .none
    }

    public var origin: StatusOrigin? {
        switch self {
        case .computed: .computed
        case .stated: .reported
        case .none: nil
        }
    }
}

/// Who gave a status the site shows: the council, in its update, or Quarterly, from the
/// figures. Every RAG and direction on a page says which.
public enum StatusOrigin: String, Sendable, CaseIterable {
    case reported, computed
}
