/// An action in the plan: what the council said it would do, and by when.
public struct Action: Sendable, Identifiable {
    public let id: String
    /// The current ref; `refsByYear` holds the refs of earlier plans.
    public var ref = ""
    /// Keyed by financial year label, `2019/20`: the ref in that year's plan when it differs.
    public var refsByYear: [String: String] = [:]
    public var title = ""
    /// The outcome in the current plan; `outcomesByYear` holds those of other years.
    public var outcomeID = ""
    /// Keyed by financial year label: the (supporting) outcome in that year's plan when it differs.
    public var outcomesByYear: [String: String] = [:]
    /// The plan years it is in: `first_year` to `last_year`.
    public var years = PlanYears()
    public var milestone: String?
    public var leadOfficer: String?
    public var portfolioHolder: String?
    public var risks: [String] = []
    public var order = 0
    /// Markdown.
    public var description = ""
    public var sourcePath: String

    public init(id: String, sourcePath: String) {
        self.id = id
        self.sourcePath = sourcePath
    }
}

extension Action: ContentItem {
    public static let kind = ContentKind.action
    public static let fields = FieldSet<Action>(
        blank: Action(id: "", sourcePath: ""),
        [
            Field(
                "ref", \.ref, .text, "The action's current reference, e.g. `1.4` or `A1.1`.", required: true,
                example: "1.4", openData: "ref"),
            Field(
                "title", \.title, .text, "Short plain-language title.", required: true,
                example: "A short plain-language title", openData: "title", translated: true),
            Field(
                "outcome", \.outcomeID, .id(of: .outcome),
                "The (supporting) outcome it delivers in the current plan, and in every year `outcomes` does not name.",
                required: true,
                openData: "outcome"),
            Field(
                "outcomes", \.outcomesByYear,
                .byYear(.id(of: .outcome), example: "2019/20: healthy-environment") { "the outcome in \($0)" },
                "The outcome it sat under in the plans of particular years, when it differs from `outcome` (see Plans by year in content-format.md).",
                openData: "outcomes"),
            Field(
                "milestone", \.milestone, .text, "The key milestone, e.g. `By March 2020`.",
                openData: .column("milestone"), translated: true),
            Field(
                "lead_officer", \.leadOfficer, .text,
                "Responsible officer (a role, not a person's name); several are separated by `;`. Each has a page of what they answer for under `/owners/`.",
                openData: .column("lead_officer")),
            Field(
                "portfolio_holder", \.portfolioHolder, .text,
                "The Cabinet member; several are separated by `;`. Each has a page of what they answer for under `/owners/`.",
                openData: .column("portfolio_holder")),
            Field("risks", \.risks, .textList, "Names of linked corporate risks.", openData: "risks"),
            Field(
                "refs", \.refsByYear, .refs,
                "The refs this action had in earlier plans (see Identity across plans in content-format.md).",
                openData: "refs"),
            Field(
                "order", \.order, .integer,
                "Position in its outcome's table before the ref; left out, the table follows each year's refs."),
        ] + PlanYears.fields(first: \.years.first, last: \.years.last, noun: "action"),
        check: { item, check in PlanYears.check(item.years, check) })
}
