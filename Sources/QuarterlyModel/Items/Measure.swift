/// A measure (indicator, KPI) and how to judge its values.
public struct Measure: Sendable, Identifiable {
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
    public var unit = MeasureUnit.number
    public var polarity = Polarity.higher
    public var baseline: Figure?
    public var baselinePeriod: String?
    /// The target for any year not named in `targetsByYear`.
    public var target: Figure?
    /// Keyed by financial year label, `2019/20`.
    public var targetsByYear: [String: Figure] = [:]
    public var frequency = Frequency.quarterly
    public var directorate: String?
    public var source: String?
    /// Where the figures are published, so a reader can check them at their source.
    public var sourceURL: String?
    public var comparators: [String] = []
    /// Compare each value with the same quarter last year, not the quarter before.
    public var seasonal = false
    /// The target is a total for the whole financial year while each update gives one
    /// quarter's figure, so quarterly figures are not rated against it.
    public var annualTarget = false
    /// This measure's own tolerances, when the site's key does not suit it.
    public var tolerances: Tolerances?
    public var order = 0
    /// Markdown.
    public var description = ""
    public var sourcePath: String

    public init(id: String, sourcePath: String) {
        self.id = id
        self.sourcePath = sourcePath
    }

    /// The definition's target in force during `quarter`.
    public func target(in quarter: QuarterID) -> Figure? {
        targetsByYear[quarter.financialYear] ?? target
    }

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

extension Measure: ContentItem {
    public static let kind = ContentKind.measure
    public static let fields = FieldSet<Measure>(
        blank: Measure(id: "", sourcePath: ""),
        [
            Field(
                "ref", \.ref, .text, "Current reference, e.g. `M1.10`.", required: true, example: "M1.10",
                openData: "ref"),
            Field(
                "title", \.title, .text, "Short plain-language title.", required: true,
                example: "A short plain-language title", openData: "title"),
            Field(
                "outcome", \.outcomeID, .id(of: .outcome),
                "The outcome it measures in the current plan, and in every year `outcomes` does not name.",
                required: true,
                openData: "outcome"),
            Field(
                "outcomes", \.outcomesByYear,
                .byYear(.id(of: .outcome), example: "2019/20: healthy-environment") { "the outcome in \($0)" },
                "The outcome it sat under in the plans of particular years, when it differs from `outcome` (see Plans by year in content-format.md).",
                openData: "outcomes"),
            Field("unit", \.unit, .word(MeasureUnit.self), "How values are shown.", openData: .column("unit")),
            Field(
                "polarity", \.polarity, .word(Polarity.self),
                "What \"good\" is: higher values, lower values, or close to the target.", openData: .column("polarity")),
            Field("baseline", \.baseline, .figure, "The starting value.", openData: "baseline"),
            Field(
                "baseline_period", \.baselinePeriod, .text, "When the baseline was measured, e.g. `2017/18`.",
                openData: "baseline_period"),
            Field(
                "target", \.target, .figure, "The target, for every year not named in `targets`.", openData: "target"),
            Field(
                "targets", \.targetsByYear, .byYear(.figure, example: "2019/20: 800") { "the target for \($0)" },
                "Targets that change by year.", openData: "targets"),
            Field("frequency", \.frequency, .word(Frequency.self), "How often it is reported.", openData: "frequency"),
            Field("directorate", \.directorate, .text, "Responsible directorate.", openData: "directorate"),
            Field("source", \.source, .text, "Where the figures come from.", openData: "source"),
            Field(
                "source_url", \.sourceURL, .webAddress,
                "The address where the figures are published (e.g. the statistics release), linked from the measure's page.",
                openData: .column("source_url")),
            Field(
                "comparators", \.comparators, .textList,
                "Names of comparison series (e.g. `England`) that updates may give values for.",
                openData: "comparators"),
            Field(
                "refs", \.refsByYear, .refs,
                "The refs this measure had in earlier plans (see Identity across plans in content-format.md).",
                openData: "refs"),
            Field(
                "seasonal", \.seasonal, .boolean,
                "Compare each value with the same quarter last year rather than the quarter before.",
                openData: "seasonal"),
            Field(
                "annual_target", \.annualTarget, .boolean,
                "The target is a total for the whole year while updates give one quarter's figure: quarterly figures are then not rated against it, and it is not drawn on the chart.",
                openData: "annual_target"),
            Field(
                "tolerances", \.tolerances, .object(Tolerances.fields),
                "This measure's own RAG tolerances, e.g. absolute ones for a score that can be zero or negative; a key left out takes the reference key's value.",
                default: "the site's", openData: "tolerances"),
            Field(
                "order", \.order, .integer,
                "Position in its outcome's table before the ref; left out, the table follows each year's refs."),
        ] + PlanYears.fields(first: \.years.first, last: \.years.last, noun: "measure"),
        check: { item, check in PlanYears.check(item.years, check) })
}
