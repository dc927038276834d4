import QuarterlyModel

/// What a file in the content folder is, from where it sits.
enum ContentKind: Sendable, Equatable {
    case site
    case outcome(id: String)
    case action(id: String)
    case measure(id: String)
    case risk(id: String)
    case quarter(QuarterID)
    case actionUpdate(id: String, quarter: QuarterID)
    case measureUpdate(id: String, quarter: QuarterID)
    case outcomeCommentary(id: String, quarter: QuarterID)
    case riskUpdate(id: String, quarter: QuarterID)
}

/// A reference from one file to an item defined in another, checked once every file
/// is loaded: `outcome: healthy-and-safe`, or an update's file name.
struct ContentReference: Sendable {
    enum Target: Sendable {
        case outcome, action, measure, risk
    }

    let target: Target
    let id: String
    let path: String
    let position: TextPosition
    /// What refers, for the message: "the outcome", "parent".
    let field: String
}

/// What one file defines.
enum DecodedItem: Sendable {
    case site(SiteConfig)
    case outcome(Outcome)
    case action(Action)
    case measure(Measure)
    case quarter(Quarter)
    case actionUpdate(ActionUpdate)
    case measureUpdate(MeasureUpdate)
    case outcomeCommentary(OutcomeCommentary)
    case risk(Risk)
    case riskUpdate(RiskUpdate)
}

/// One decoded file: the item it defines (nil when it has errors) plus what must be
/// checked against other files.
struct DecodedFile: Sendable {
    var kind: ContentKind = .site
    var displayPath = ""
    var item: DecodedItem?
    var references: [ContentReference] = []
    /// Where the ref is written (or the top of the file), for duplicate-ref errors.
    var refPosition: TextPosition = .start
    /// Comparator names given in a measure update, for checking against the measure.
    var comparatorPositions: [(name: String, position: TextPosition)] = []
    /// Where `rag` and `direction` are written, for warnings from the status rules.
    var statusPositions: [String: TextPosition] = [:]
    /// An update's `review:` note, left by `quarterly new-quarter` until someone checks it.
    var reviewNote: (note: String, position: TextPosition)?
    var diagnostics: [Diagnostic] = []
}
