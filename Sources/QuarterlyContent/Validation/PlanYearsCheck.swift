import QuarterlyModel

extension ContentValidator {
    /// Everything a quarter reports is in that year's plan: an update's action or measure
    /// (its `first_year` to `last_year`, and its outcome that year, `outcomes:`), and an
    /// outcome's commentary. Otherwise the report would leave it out without a word.
    static func checkPlanYears(
        _ files: [DecodedFile], outcomes: [Outcome], actions: [Action], measures: [Measure],
        plan graphPlan: ((String) -> PlanStructure)? = nil
    ) -> [Diagnostic] {
        let outcomeIndex = Dictionary(outcomes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Actions and measures indexed at the first problem that needs them (indexing copies
        // every one), then once for all the others.
        var actionIndex: [String: Action]?
        var measureIndex: [String: Measure]?
        func action(_ id: String) -> Action? {
            if actionIndex == nil {
                actionIndex = Dictionary(actions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            }
            return actionIndex?[id]
        }
        func measure(_ id: String) -> Measure? {
            if measureIndex == nil {
                measureIndex = Dictionary(measures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            }
            return measureIndex?[id]
        }
        var years: [QuarterID: String] = [:]
        var plans: [String: PlanStructure] = [:]
        func plan(_ year: String) -> PlanStructure {
            if let plan = plans[year] { return plan }
            // The graph's plans, when there is a graph: they are the same, worked out once.
            let plan =
                graphPlan?(year) ?? PlanStructure(year: year, outcomes: outcomes, actions: actions, measures: measures)
            plans[year] = plan
            return plan
        }
        /// Why an outcome is not in a year's plan, as a predicate: its own years, or an ancestor's.
        func outcomeReason(_ id: String, year: String) -> String {
            var current = outcomeIndex[id]
            var chain: [Outcome] = []
            while let outcome = current, !chain.contains(where: { $0.id == outcome.id }) {
                chain.append(outcome)
                current = outcome.parentID.flatMap { outcomeIndex[$0] }
            }
            guard let outside = chain.first(where: { !$0.years.contains(year) }) else {
                return "is not in that year's plan"
            }
            let years = "is in the plan " + (outside.years.phrase ?? "in other years")
            return outside.id == id ? years : "is under `\(outside.id)`, which \(years)"
        }

        var problems: [Diagnostic] = []
        for file in files {
            // An update's item is its place's (an action update's action is its file's id):
            // read from the place, not by casting every update out of its file.
            guard let quarter = file.place.quarter, file.item != nil else { continue }
            let year = years[quarter] ?? quarter.financialYear
            if years[quarter] == nil { years[quarter] = year }
            let id = file.place.id
            let problem: (message: String, hint: String)?
            switch file.place.kind {
            case .actionUpdate:
                guard !plan(year).contains(action: id), let action = action(id) else { continue }
                problem = itemProblem(action, noun: "action", folder: "actions", year: year, reason: outcomeReason)
            case .measureUpdate:
                guard !plan(year).contains(measure: id), let measure = measure(id) else { continue }
                problem = itemProblem(measure, noun: "measure", folder: "measures", year: year, reason: outcomeReason)
            case .outcomeCommentary:
                guard outcomeIndex[id] != nil, !plan(year).contains(outcome: id) else { continue }
                problem = (
                    "outcome `\(id)` is not in the \(year) plan (it \(outcomeReason(id, year: year))), so \(quarter.label) cannot have commentary on it",
                    "Write it on an outcome of the \(year) plan, or correct `first_year` or `last_year` in outcomes/\(id).md."
                )
            default: continue
            }
            guard let problem else { continue }
            problems.append(
                Diagnostic(
                    path: file.displayPath, position: .start, code: .notInPlan, message: problem.message,
                    hint: problem.hint))
        }
        return problems
    }

    /// Why an action or measure is not in a year's plan, and what to do.
    private static func itemProblem(
        _ item: some PlanItem, noun: String, folder: String, year: String, reason: (String, String) -> String
    ) -> (message: String, hint: String) {
        let (id, years, outcome) = (item.id, item.years, item.outcomeID(inYear: year))
        if !years.contains(year) {
            return (
                "\(noun) `\(id)` is not in the \(year) plan: \(folder)/\(id).md says it is in the plan \(years.phrase ?? "")",
                "Delete this update if the \(noun) had left the plan, or correct `first_year` or `last_year` in \(folder)/\(id).md."
            )
        }
        return (
            "\(noun) `\(id)` is not in the \(year) plan: its outcome that year, `\(outcome)`, \(reason(outcome, year))",
            "Give the outcome it had in \(year) in \(folder)/\(id).md, under `outcomes:` as `\(year): <outcome id>`, or correct that outcome's `first_year` or `last_year`."
        )
    }
}
