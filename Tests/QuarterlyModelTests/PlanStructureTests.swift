import QuarterlyModel
import Testing

/// The rules that make one year's plan from the files: which outcomes it has and in what
/// order, and which items sit under each, in what order.
@Suite struct PlanStructureTests {
    static func outcome(
        _ id: String, parent: String? = nil, ref: String? = nil, refs: [String: String] = [:], order: Int = 0,
        orders: [String: Int] = [:], first: String? = nil, last: String? = nil
    ) -> Outcome {
        var outcome = Outcome(id: id, sourcePath: "outcomes/\(id).md")
        outcome.title = id
        outcome.parentID = parent
        outcome.ref = ref
        outcome.refsByYear = refs
        outcome.order = order
        outcome.ordersByYear = orders
        outcome.years = PlanYears(first: first, last: last)
        return outcome
    }

    static func action(
        _ id: String, ref: String, refs: [String: String] = [:], outcome: String, outcomes: [String: String] = [:],
        order: Int = 0, first: String? = nil, last: String? = nil
    ) -> Action {
        var action = Action(id: id, sourcePath: "actions/\(id).md")
        action.ref = ref
        action.refsByYear = refs
        action.outcomeID = outcome
        action.outcomesByYear = outcomes
        action.order = order
        action.years = PlanYears(first: first, last: last)
        return action
    }

    /// A plan renewed in 2020/21: a supporting outcome dropped, one added, two reordered,
    /// the outcomes renumbered.
    static let outcomes = [
        outcome("healthy", ref: "2", refs: ["2019/20": "1"]),
        outcome("working", ref: "1", refs: ["2019/20": "2"]),
        outcome("aspirations", parent: "working", order: 1, last: "2019/20"),
        outcome("digital", parent: "working", order: 1, first: "2020/21"),
        outcome("education", parent: "healthy", order: 1, orders: ["2019/20": 2]),
        outcome("local", parent: "healthy", order: 2, orders: ["2019/20": 1]),
        outcome("pilot", parent: "digital", order: 1),
    ]

    @Test(
        "outcomes of a year's plan, in tree order",
        arguments: [
            // Refs and orders by year name their year only: 2018/19 takes the current ones.
            ("2018/19", ["working", "aspirations", "healthy", "education", "local"]),
            ("2019/20", ["healthy", "local", "education", "working", "aspirations"]),
            // A supporting outcome is in no year its parent is not in: `pilot` starts with `digital`.
            ("2020/21", ["working", "digital", "pilot", "healthy", "education", "local"]),
            ("2023/24", ["working", "digital", "pilot", "healthy", "education", "local"]),
        ])
    func outcomesOfAYear(year: String, expected: [String]) {
        let plan = PlanStructure(year: year, outcomes: Self.outcomes, actions: [], measures: [])
        #expect(plan.outcomes.map(\.id) == expected)
        #expect(plan.rootOutcomes.map(\.id) == expected.filter { ["healthy", "working"].contains($0) })
    }

    @Test func subtreeOfAnOutcomeNotInThePlanIsEmpty() {
        let plan = PlanStructure(year: "2019/20", outcomes: Self.outcomes, actions: [], measures: [])
        #expect(plan.subtree(of: "working") == ["working", "aspirations"])
        #expect(plan.subtree(of: "digital") == [])
        #expect(!plan.contains(outcome: "pilot"))
    }

    static let actions = [
        // Moved in the renewed plan, and renumbered.
        action("portal", ref: "A1.2", refs: ["2019/20": "2.1"], outcome: "digital", outcomes: ["2019/20": "local"]),
        // Under a supporting outcome the renewed plan dropped: out of it with no year of its own.
        action("charter", ref: "4.10", outcome: "aspirations"),
        action("apprentices", ref: "4.9", outcome: "aspirations"),
        action("hubs", ref: "2.10", outcome: "local", last: "2019/20"),
        action("schools", ref: "2.2", outcome: "local", last: "2019/20"),
        action("automation", ref: "A1.1", outcome: "digital", first: "2020/21"),
        // `order` comes before the ref in every year.
        action("first-always", ref: "2.30", outcome: "local", order: -1, last: "2019/20"),
    ]

    @Test(
        "each outcome's actions in a year, in table order",
        arguments: [
            ("2019/20", "local", ["first-always", "portal", "schools", "hubs"]),
            ("2019/20", "aspirations", ["apprentices", "charter"]),
            ("2019/20", "digital", []),
            ("2020/21", "local", []),
            ("2020/21", "digital", ["automation", "portal"]),
            ("2020/21", "aspirations", []),
        ])
    func actionsOfAYear(year: String, outcome: String, expected: [String]) {
        let plan = PlanStructure(year: year, outcomes: Self.outcomes, actions: Self.actions, measures: [])
        #expect(plan.actions(in: outcome).map(\.id) == expected)
    }

    @Test(
        "whether an action is in a year's plan",
        arguments: [
            ("charter", "2019/20", true), ("charter", "2020/21", false),
            ("hubs", "2019/20", true), ("hubs", "2020/21", false),
            ("automation", "2019/20", false), ("automation", "2020/21", true),
            ("portal", "2019/20", true), ("portal", "2020/21", true),
            // `outcomes:` names 2019/20 only, and its current outcome is not in the 2018/19 plan.
            ("portal", "2018/19", false),
        ])
    func actionInPlan(id: String, year: String, expected: Bool) {
        let plan = PlanStructure(year: year, outcomes: Self.outcomes, actions: Self.actions, measures: [])
        #expect(plan.contains(action: id) == expected)
    }

    @Test(
        "plan years",
        arguments: [
            (PlanYears(), "2019/20", true, nil),
            (PlanYears(first: "2020/21"), "2019/20", false, "from 2020/21"),
            (PlanYears(first: "2020/21"), "2020/21", true, "from 2020/21"),
            (PlanYears(last: "2019/20"), "2019/20", true, "until 2019/20"),
            (PlanYears(last: "2019/20"), "2020/21", false, "until 2019/20"),
            (PlanYears(first: "2019/20", last: "2020/21"), "2021/22", false, "from 2019/20 to 2020/21"),
            (PlanYears(first: "2019/20", last: "2019/20"), "2019/20", true, "in 2019/20"),
        ] as [(PlanYears, String, Bool, String?)])
    func planYears(years: PlanYears, year: String, contains: Bool, phrase: String?) {
        #expect(years.contains(year) == contains)
        #expect(years.phrase == phrase)
    }

    @Test(
        "financial years",
        arguments: [
            ("2019/20", 2019), ("1999/00", 1999), ("2019/21", nil), ("2019-20", nil), ("2019//20", nil),
            ("+019/20", nil), ("19/20", nil), ("2019/20 ", nil), ("2019/201", nil), ("", nil), ("2019/2", nil),
            ("٢٠١٩/٢٠", nil), ("2019\u{301}/20", nil), ("2019/20\u{301}", nil), ("2099/00", 2099),
        ] as [(String, Int?)])
    func financialYears(label: String, start: Int?) {
        #expect(FinancialYear.startYear(of: label) == start)
        #expect(FinancialYear.isLabel(label) == (start != nil))
    }
}
