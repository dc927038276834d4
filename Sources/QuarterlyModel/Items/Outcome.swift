/// An outcome, or with a parent a supporting outcome.
public struct Outcome: Sendable, Identifiable {
    public let id: String
    public var title = ""
    /// The current ref; `refsByYear` holds the refs of earlier plans.
    public var ref: String?
    /// Keyed by financial year label, `2019/20`: the outcome's number in that year's plan.
    public var refsByYear: [String: String] = [:]
    public var parentID: String?
    /// The plan years it is in: `first_year` to `last_year`.
    public var years = PlanYears()
    public var order = 0
    /// Keyed by financial year label: its position among its siblings in that year's plan.
    public var ordersByYear: [String: Int] = [:]
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
        ref(inYear: quarter.financialYear)
    }

    /// The ref in the plan of a financial year, `2019/20`.
    public func ref(inYear year: String) -> String? {
        refsByYear[year] ?? ref
    }

    /// Its position among its siblings in the plan of a financial year.
    public func order(inYear year: String) -> Int {
        ordersByYear[year] ?? order
    }
}

extension Outcome: ContentItem {
    public static let kind = ContentKind.outcome
    public static let fields = FieldSet<Outcome>(
        blank: Outcome(id: "", sourcePath: ""),
        [
            Field(
                "title", \.title, .text, "The outcome as the plan words it.", required: true,
                example: "People in Cumbria are healthy and safe", openData: "title", translated: true),
            Field("ref", \.ref, .text, "Short label, e.g. `1` for \"Outcome 1\".", openData: "ref"),
            Field(
                "refs", \.refsByYear, .refs,
                "The outcome's number in earlier plans, e.g. `2019/20: \"4\"`: each quarter's report numbers and orders its outcomes by the refs of its own year.",
                openData: "refs"),
            Field(
                "parent", \.parentID, .id(of: .outcome), "Makes this a supporting outcome of that outcome.",
                openData: "parent"),
            Field(
                "order", \.order, .integer,
                "Position among its siblings (then by ref, then title); siblings that all have a ref are in ref order."),
            Field(
                "orders", \.ordersByYear, .byYear(.integer, example: "2019/20: 4") { "the position in \($0)" },
                "Its position in the plans of particular years, when it differs from `order`."),
        ] + PlanYears.fields(first: \.years.first, last: \.years.last, noun: "outcome"),
        check: { outcome, check in PlanYears.check(outcome.years, check) })
}
