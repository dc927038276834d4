/// An action or measure as a year's plan places it: under an outcome, in a table's order,
/// under the ref that year's plan gave it.
public protocol PlanItem: Identifiable<String> {
    var years: PlanYears { get }
    var order: Int { get }
    /// The outcome in the current plan; `outcomesByYear` holds those of other years.
    var outcomeID: String { get }
    /// Keyed by financial year label: the (supporting) outcome in that year's plan when it differs.
    var outcomesByYear: [String: String] { get }
    /// The current ref; `refsByYear` holds the refs of earlier plans.
    var ref: String { get }
    /// Keyed by financial year label, `2019/20`: the ref in that year's plan when it differs.
    var refsByYear: [String: String] { get }
}

extension PlanItem {
    /// The ref in the plan in force during `quarter`.
    public func ref(in quarter: QuarterID) -> String {
        ref(inYear: quarter.financialYear)
    }

    /// The ref in the plan of a financial year, `2019/20`.
    public func ref(inYear year: String) -> String {
        refsByYear[year] ?? ref
    }

    /// The outcome it sits under in the plan of a financial year.
    public func outcomeID(inYear year: String) -> String {
        outcomesByYear[year] ?? outcomeID
    }
}

extension Action: PlanItem {}
extension Measure: PlanItem {}
