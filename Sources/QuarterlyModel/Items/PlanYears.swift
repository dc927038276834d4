/// The plan years an outcome, action or measure is in: `first_year` to `last_year`, either
/// left out meaning no limit on that side. Plans are renewed, so a supporting outcome or an
/// action can end with one plan, or start with the next, while the site keeps its page.
public struct PlanYears: Sendable, Equatable {
    /// Financial years' labels, `2019/20`.
    public var first: String?
    public var last: String?

    public init(first: String? = nil, last: String? = nil) {
        self.first = first
        self.last = last
    }

    public func contains(_ year: String) -> Bool {
        guard let start = FinancialYear.startYear(of: year) else { return true }
        if let first = first.flatMap(FinancialYear.startYear(of:)), start < first { return false }
        if let last = last.flatMap(FinancialYear.startYear(of:)), start > last { return false }
        return true
    }

    /// "from 2020/21", "until 2019/20", "from 2019/20 to 2020/21", "in 2019/20"; nil when unlimited.
    public var phrase: String? {
        switch (first, last) {
        case (nil, nil): nil
        case (let first?, nil): "from \(first)"
        case (nil, let last?): "until \(last)"
        case (let first?, let last?): first == last ? "in \(first)" : "from \(first) to \(last)"
        }
    }

    /// `first_year` and `last_year`, declared once for every kind that has them.
    static func fields<Item>(
        first: WritableKeyPath<Item, String?> & Sendable, last: WritableKeyPath<Item, String?> & Sendable,
        noun: String
    ) -> [Field<Item>] {
        [
            Field(
                "first_year", first, .financialYear,
                "The first plan year the \(noun) is in, when it joined the plan later than others (see Plans by year in content-format.md).",
                default: "every earlier year too", openData: "first_year"),
            Field(
                "last_year", last, .financialYear,
                "The last plan year the \(noun) is in, when a later plan dropped it.",
                default: "every later year too", openData: "last_year"),
        ]
    }

    /// A plan year range must not end before it starts.
    static func check(_ years: PlanYears, _ check: FieldCheck) {
        guard let first = years.first, let last = years.last,
            let start = FinancialYear.startYear(of: first), let end = FinancialYear.startYear(of: last), end < start
        else { return }
        check.report(
            .invalidValue, at: check.position(of: "last_year"), "`last_year` \(last) is before `first_year` \(first)",
            hint:
                "Give the first and the last plan year the item is in, e.g. `first_year: 2019/20` and `last_year: 2020/21`."
        )
    }
}
