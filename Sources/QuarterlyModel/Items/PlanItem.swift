/// An action or measure as a year's plan places it: under an outcome, in a table's order.
public protocol PlanItem: Identifiable<String> {
    var years: PlanYears { get }
    var order: Int { get }
    var outcomeID: String { get }
    var ref: String { get }
    func outcomeID(inYear year: String) -> String
    func ref(inYear year: String) -> String
}

extension Action: PlanItem {}
extension Measure: PlanItem {}
