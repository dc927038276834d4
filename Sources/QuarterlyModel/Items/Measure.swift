/// A measure (indicator, KPI) and how to judge its values.
public struct Measure: Sendable, Identifiable {
    public let id: String
    /// The current ref; `refsByYear` holds the refs of earlier plans.
    public var ref: String
    /// Keyed by financial year label, `2019/20`: the ref in that year's plan when it differs.
    public var refsByYear: [String: String]
    public var title: String
    public var outcomeID: String
    public var unit: MeasureUnit
    public var polarity: Polarity
    public var baseline: Figure?
    public var baselinePeriod: String?
    /// The target for any year not named in `targetsByYear`.
    public var target: Figure?
    /// Keyed by financial year label, `2019/20`.
    public var targetsByYear: [String: Figure]
    public var frequency: Frequency
    public var directorate: String?
    public var source: String?
    public var comparators: [String]
    /// Compare each value with the same quarter last year, not the quarter before.
    public var seasonal: Bool
    /// The target is a total for the whole financial year while each update gives one
    /// quarter's figure, so quarterly figures are not rated against it.
    public var annualTarget: Bool
    /// This measure's own tolerances, when the site's key does not suit it.
    public var tolerances: Tolerances?
    public var order: Int
    /// Markdown.
    public var description: String
    public var sourcePath: String

    public init(
        id: String, ref: String, title: String, outcomeID: String, unit: MeasureUnit = .number,
        polarity: Polarity = .higher, baseline: Figure? = nil, baselinePeriod: String? = nil,
        target: Figure? = nil, targetsByYear: [String: Figure] = [:], frequency: Frequency = .quarterly,
        directorate: String? = nil, source: String? = nil, comparators: [String] = [],
        refsByYear: [String: String] = [:], seasonal: Bool = false, annualTarget: Bool = false,
        tolerances: Tolerances? = nil,
        order: Int = 0, description: String = "", sourcePath: String
    ) {
        self.id = id
        self.ref = ref
        self.title = title
        self.outcomeID = outcomeID
        self.unit = unit
        self.polarity = polarity
        self.baseline = baseline
        self.baselinePeriod = baselinePeriod
        self.target = target
        self.targetsByYear = targetsByYear
        self.frequency = frequency
        self.directorate = directorate
        self.source = source
        self.comparators = comparators
        self.refsByYear = refsByYear
        self.seasonal = seasonal
        self.annualTarget = annualTarget
        self.tolerances = tolerances
        self.order = order
        self.description = description
        self.sourcePath = sourcePath
    }

    /// The definition's target in force during `quarter`.
    public func target(in quarter: QuarterID) -> Figure? {
        targetsByYear[quarter.financialYear] ?? target
    }

    /// The ref in the plan in force during `quarter`.
    public func ref(in quarter: QuarterID) -> String {
        refsByYear[quarter.financialYear] ?? ref
    }
}
