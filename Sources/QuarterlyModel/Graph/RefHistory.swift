/// The refs an action or measure has had, plan year by plan year: plans renumber, but
/// the item keeps one id, one page and one history.
public struct RefPeriod: Sendable, Equatable {
    /// The first and last financial years it covers, the same for one year: "2019/20".
    public let first: String
    public let last: String
    public let ref: String
}

extension ContentGraph {
    /// "2019/20: M1.10; 2021/22: M2.13" as periods; one period when the ref never changed.
    public func refHistory(ofMeasure id: String) -> [RefPeriod] {
        guard let measure = measure(id) else { return [] }
        return Self.periods(measureHistory(id).map { ($0.quarter, $0.ref ?? measure.ref(in: $0.quarter)) })
    }

    public func refHistory(ofAction id: String) -> [RefPeriod] {
        guard let action = action(id) else { return [] }
        return Self.periods(actionHistory(id).map { ($0.quarter, $0.ref ?? action.ref(in: $0.quarter)) })
    }

    /// Groups consecutive reported years that used the same ref.
    static func periods(_ refs: [(QuarterID, String)]) -> [RefPeriod] {
        var groups: [(first: String, last: String, ref: String)] = []
        for (quarter, ref) in refs {
            if let last = groups.last, last.ref == ref {
                groups[groups.count - 1].last = quarter.financialYear
            } else {
                groups.append((quarter.financialYear, quarter.financialYear, ref))
            }
        }
        return groups.map { RefPeriod(first: $0.first, last: $0.last, ref: $0.ref) }
    }
}

extension ActionUpdate {
    /// The ref as it stood that quarter: the update's own, else the plan year's.
    public func ref(for action: Action) -> String { ref ?? action.ref(in: quarter) }
}

extension MeasureUpdate {
    public func ref(for measure: Measure) -> String { ref ?? measure.ref(in: quarter) }
}
