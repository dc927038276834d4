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
    public var target: Target?
    /// Keyed by financial year label, `2019/20`.
    public var targetsByYear: [String: Target] = [:]
    public var frequency = Frequency.quarterly
    public var directorate: String?
    public var source: String?
    /// Where the figures are published, so a reader can check them at their source.
    public var sourceURL: String?
    public var comparators: [String] = []
    /// Compare each value with the same quarter last year, not the quarter before.
    public var seasonal = false
    /// Each figure is a running total for the financial year so far: it is compared with
    /// the same quarter last year, and judged against the pro-rata part of the year's target.
    public var cumulative = false
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
    public func target(in quarter: QuarterID) -> Target? {
        targetsByYear[quarter.financialYear] ?? target
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
                example: "A short plain-language title", openData: "title", translated: true),
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
                "What \"good\" is: higher values, lower values, close to the target (or within a target range), or `none` for a context measure that is not judged: no target, no RAG, and a direction of Up, Down or No change.",
                openData: .column("polarity")),
            Field("baseline", \.baseline, .figure, "The starting value.", openData: "baseline"),
            Field(
                "baseline_period", \.baselinePeriod, .text, "When the baseline was measured, e.g. `2017/18`.",
                openData: "baseline_period"),
            Field(
                "target", \.target, .target,
                "The target, for every year not named in `targets`: a number, or a range such as `90 to 94` when every value in it is on target (with `polarity: target`). For a `cumulative` measure, the year-end total.",
                openData: "target"),
            Field(
                "targets", \.targetsByYear, .byYear(.target, example: "2019/20: 800") { "the target for \($0)" },
                "Targets that change by year, each a number or a range.", openData: "targets"),
            Field("frequency", \.frequency, .word(Frequency.self), "How often it is reported.", openData: "frequency"),
            Field(
                "directorate", \.directorate, .text,
                "Responsible directorate; several are separated by `;`. Each has a page of what it answers for under `/owners/`.",
                openData: "directorate"),
            Field("source", \.source, .text, "Where the figures come from.", openData: "source", translated: true),
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
                "cumulative", \.cumulative, .boolean,
                "Each figure is a running total for the financial year so far (it starts again each year): it is compared with the same quarter last year, and judged against the pro-rata part of the year's target (a quarter of it in Quarter 1, half in Quarter 2…), the year-end target in Quarter 4. For a count, a number, money or days, not a percentage or rate.",
                openData: "cumulative"),
            Field(
                "annual_target", \.annualTarget, .boolean,
                "The target is a total for the whole year while updates give one quarter's figure: quarterly figures are then not rated against it, and it is not drawn on the chart. A `target` an update states is the one its own figure is judged against, and is.",
                openData: "annual_target"),
            Field(
                "tolerances", \.tolerances, .object(Tolerances.fields),
                "This measure's own RAG tolerances, e.g. absolute ones for a score that can be zero or negative; a key left out takes the reference key's value.",
                default: "the site's", openData: "tolerances"),
            Field(
                "order", \.order, .integer,
                "Position in its outcome's table before the ref; left out, the table follows each year's refs."),
        ] + PlanYears.fields(first: \.years.first, last: \.years.last, noun: "measure"),
        check: { item, check in
            PlanYears.check(item.years, check)
            checkKind(item, check)
        })

    /// The keys that say what kind of measure it is must agree with each other.
    static func checkKind(_ measure: Measure, _ check: FieldCheck) {
        let targets = [measure.target].compactMap { $0 } + Array(measure.targetsByYear.values)
        let targetKey = check.has("target") ? "target" : "targets"
        if measure.polarity == .notJudged, !targets.isEmpty {
            check.report(
                .contextMeasureJudged, at: check.position(of: targetKey),
                "a measure with `polarity: none` is not judged, so it has no target",
                hint:
                    "Remove `\(targetKey)`, or say what good is with `polarity: higher`, `lower` or `target`.")
        }
        if measure.polarity != .target, measure.polarity.isJudged, targets.contains(where: \.isRange) {
            check.report(
                .targetRangePolarity, at: check.position(of: check.has("polarity") ? "polarity" : targetKey),
                "a target range means good is within the range, but `polarity` is `\(measure.polarity.rawValue)`",
                hint: "Write `polarity: target` (close to the target, or within its range, is better).")
        }
        if measure.cumulative {
            if measure.annualTarget {
                check.report(
                    .invalidValue, at: check.position(of: "annual_target"),
                    "`annual_target` and `cumulative` contradict each other",
                    hint:
                        "A cumulative measure's figures are totals for the year so far, judged against the pro-rata part of the year's target: remove `annual_target`."
                )
            }
            if !MeasureUnit.totals.contains(measure.unit) {
                check.report(
                    .invalidValue, at: check.position(of: "cumulative"),
                    "`cumulative` is for running totals, but the unit is `\(measure.unit.rawValue)`",
                    hint:
                        "A percentage, rate or score for the year so far is judged against its target as it is: remove `cumulative` and write `seasonal: true` to compare with the same quarter last year."
                )
            }
        }
    }
}
