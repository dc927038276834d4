/// An outcome, or with a parent a supporting outcome.
public struct Outcome: Sendable, Identifiable {
    public let id: String
    public var title = ""
    /// The current ref; `refsByYear` holds the refs of earlier plans.
    public var ref: String?
    /// Keyed by financial year label, `2019/20`: the outcome's number in that year's plan.
    public var refsByYear: [String: String] = [:]
    public var parentID: String?
    public var order = 0
    /// Markdown.
    public var description = ""
    /// The content file, relative to the content folder (for "suggest a correction").
    public var sourcePath: String

    public init(id: String, sourcePath: String) {
        self.id = id
        self.sourcePath = sourcePath
    }

    /// The ref in the plan in force during `quarter`.
    public func ref(in quarter: QuarterID) -> String? {
        refsByYear[quarter.financialYear] ?? ref
    }
}

extension Outcome: ContentItem {
    public static let kind = ContentKind.outcome
    public static let fields = FieldSet<Outcome>(
        blank: Outcome(id: "", sourcePath: ""),
        [
            Field(
                "title", \.title, .text, "The outcome as the plan words it.", required: true,
                example: "People in Cumbria are healthy and safe", openData: "title"),
            Field("ref", \.ref, .text, "Short label, e.g. `1` for \"Outcome 1\".", openData: "ref"),
            Field(
                "refs", \.refsByYear, .refs,
                "The outcome's number in earlier plans, e.g. `2019/20: \"4\"`: each quarter's report numbers and orders its outcomes by the refs of its own year.",
                openData: "refs"),
            Field(
                "parent", \.parentID, .id(of: .outcome), "Makes this a supporting outcome of that outcome.",
                openData: "parent"),
            Field("order", \.order, .integer, "Position among its siblings (then by ref, then title)."),
        ])
}
