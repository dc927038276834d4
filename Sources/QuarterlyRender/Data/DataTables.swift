import QuarterlyModel

/// The open data as tables: one row per measure (or action, or risk) per quarter. Plain
/// numbers in value columns, ISO dates, and the status as the site shows it.
public struct DataTables: Sendable {
    public let graph: AssessedGraph

    public init(graph: AssessedGraph) {
        self.graph = graph
    }

    struct MeasureRow {
        let measure: Measure
        let update: AssessedMeasureUpdate
        let periodEnd: String
    }

    struct ActionRow {
        let action: Action
        let update: AssessedActionUpdate
        let periodEnd: String
    }

    struct RiskRow {
        let risk: Risk
        let update: AssessedRiskUpdate
        /// The band the current score falls in, on the site's key.
        let rating: String?
    }

    /// The columns of measures.csv that every site has (`measureTable(comparators:)` adds the rest).
    static let fixedMeasureColumns: [DataColumn<MeasureRow>] = [
        DataColumn("id", "Measure id", "The measure's permanent id: its page is `/measures/<id>/`.") {
            $0.measure.id
        },
        DataColumn(
            "ref", "Ref",
            "The measure's ref as at that quarter (plans renumber: `M1.10` in 2019/20 is `M2.13` in 2021/22)."
        ) { $0.update.ref(for: $0.measure) },
        DataColumn("title", "Title", "The title as at that quarter.") { $0.update.title ?? $0.measure.title },
        // The outcome in that quarter's plan: plans move items between outcomes.
        DataColumn("outcome", "Outcome id", "The id of the outcome it measures in that quarter's plan.") {
            $0.measure.outcomeID(inYear: $0.update.quarter.financialYear)
        },
        DataColumn("quarter", "Quarter", "The quarter, e.g. `2019-20-q2` (Quarter 2 2019/20).") {
            $0.update.quarter.slug
        },
        DataColumn("period_end", "Period end", .date, "The last day of the period reported.") { $0.periodEnd },
        DataColumn(
            "period", "Period covered",
            "The period the value covers, e.g. `Quarter 2 2019/20` or `academic year 2018/19`."
        ) { $0.update.period ?? $0.update.quarter.label },
        DataColumn(
            "value", "Value", .decimal,
            "The figure, a plain number with the digits as written; empty when no figure was reported."
        ) { $0.update.value?.text ?? "" },
        DataColumn("display_value", "Value as shown", "The figure as the site shows it, e.g. `65%` or `£1.848m`.") {
            row in
            row.update.value.map { row.update.display ?? row.measure.unit.format($0.text) } ?? ""
        },
        DataColumn(
            "unit", "Unit",
            "`percent`, `count`, `number`, `days`, `gbp`, `score`, `rate-per-1000`, `rate-per-10000` or `rate-per-100000`."
        ) { $0.measure.unit.rawValue },
        DataColumn(
            "target", "Target", .decimal,
            "The target the value was judged against; empty when none, or when it is a range."
        ) { row in
            guard case .figure(let figure)? = row.update.appliedTarget?.target else { return "" }
            return figure.text
        },
        DataColumn(
            "target_low", "Target range, low", .decimal,
            "The low end of a target range (`90 to 94` in content); empty when the target is a single figure or there is none."
        ) { row in
            row.update.appliedTarget.map { $0.target.isRange ? $0.target.low.text : "" } ?? ""
        },
        DataColumn("target_high", "Target range, high", .decimal, "The high end of a target range.") { row in
            row.update.appliedTarget.map { $0.target.isRange ? $0.target.high.text : "" } ?? ""
        },
        DataColumn(
            "target_basis", "Target basis",
            "Where the target came from: `stated` (in the update), `plan` (the definition's target for the year), `pro-rata` (that part of the year's target, for a running total in quarters 1 to 3) or `year-end` (the year's target, for a running total in quarter 4); empty when none."
        ) { $0.update.appliedTarget?.basis.rawValue ?? "" },
        DataColumn(
            "rag", "RAG", "The status the site shows: `red`, `amber`, `green`, or empty (no data or not rated)."
        ) { $0.update.rag?.rawValue ?? "" },
        DataColumn(
            "rag_source", "RAG given by",
            "Who gave the RAG: `computed` (by Quarterly: nothing was stated), `stated` (by the council, and the figures give the same or nothing), `overridden` (by the council, and different from the computed one) or `none`."
        ) { $0.update.ragSource.rawValue },
        DataColumn("rag_computed", "RAG from the figures", "What the figures alone give, whatever was stated.") {
            $0.update.computedRAG.rag?.rawValue ?? ""
        },
        DataColumn("rag_reason", "Reason for the RAG", "The service's reason for an override.") {
            $0.update.ragReason ?? ""
        },
        DataColumn(
            "direction", "Direction of travel",
            "The direction shown: `improving`, `sustained`, `declining`; for a context measure `up`, `down` or `no-change`; or empty."
        ) { $0.update.direction?.rawValue ?? "" },
        DataColumn(
            "direction_source", "Direction given by",
            "Who gave the direction: `stated` (by the council), `computed` (by Quarterly) or `none`."
        ) { $0.update.directionSource.rawValue },
        DataColumn("direction_computed", "Direction from the figures", "The direction the figures give.") {
            $0.update.computedDirection?.direction.rawValue ?? ""
        },
        DataColumn(
            "compared_with", "Compared with",
            "The quarter whose figure the direction was computed against (the latest earlier figure, or the same quarter last year); empty when none."
        ) { $0.update.computedDirection?.comparedWith.slug ?? "" },
        DataColumn(
            "polarity", "Good is",
            "What good is: `higher`, `lower`, `target`, or `none` for a context measure, which is not judged."
        ) { $0.measure.polarity.rawValue },
    ]

    static let actionTable = DataTable<ActionRow>.withRegistryColumns(
        \.action,
        [
            DataColumn("id", "Action id", "The action's permanent id: its page is `/actions/<id>/`.") {
                $0.action.id
            },
            DataColumn("ref", "Ref", "The action's ref as at that quarter.") { $0.update.ref(for: $0.action) },
            DataColumn("title", "Title", "The title as at that quarter.") { $0.update.title ?? $0.action.title },
            // The outcome in that quarter's plan: plans move items between outcomes.
            DataColumn("outcome", "Outcome id", "The id of the outcome it serves in that quarter's plan.") {
                $0.action.outcomeID(inYear: $0.update.quarter.financialYear)
            },
            DataColumn("quarter", "Quarter", "The quarter, e.g. `2019-20-q2`.") { $0.update.quarter.slug },
            DataColumn("period_end", "Period end", .date, "The last day of the period reported.") { $0.periodEnd },
            DataColumn("milestone", "Milestone", "The milestone as at that quarter.") {
                $0.update.milestone ?? $0.action.milestone ?? ""
            },
            DataColumn(
                "rag", "RAG", "The council's own status: `red`, `amber`, `green` or `complete`."
            ) { $0.update.rag.rawValue },
            DataColumn(
                "direction", "Direction of travel", "The direction shown: `improving`, `sustained` or `declining`."
            ) { $0.update.direction?.rawValue ?? "" },
            DataColumn(
                "direction_source", "Direction given by",
                "Who gave the direction: `stated` (by the council), `computed` (by Quarterly) or `none`."
            ) { $0.update.directionSource.rawValue },
            DataColumn(
                "direction_computed", "Direction from the RAG",
                "The direction the RAG change since the previous quarter gives."
            ) { $0.update.computedDirection?.rawValue ?? "" },
        ])

    static let riskTable = DataTable<RiskRow>([
        DataColumn("id", "Risk id", "The risk's permanent id: its page is `/risks/<id>/`.") { $0.risk.id },
        DataColumn("ref", "Ref", "The register's reference, e.g. `CR5`.") { $0.risk.ref },
        DataColumn("kind", "Kind", "`risk` or `opportunity`.") { $0.risk.kind.rawValue },
        DataColumn("title", "Title", "The risk's title.") { $0.risk.title },
        DataColumn("category", "Category", "The risk type.") { $0.risk.category ?? "" },
        DataColumn("owner", "Owner", "The risk owner.") { $0.risk.owner ?? "" },
        DataColumn("quarter", "Quarter", "The quarter scored, e.g. `2019-20-q3`.") { $0.update.quarter.slug },
        DataColumn("likelihood", "Likelihood", .integer, "Likelihood before mitigation, 1 to 5; empty when not given.")
        {
            number($0.update.inherent?.likelihood)
        },
        DataColumn("impact", "Impact", .integer, "Impact before mitigation, 1 to 5.") {
            number($0.update.inherent?.impact)
        },
        DataColumn("score", "Score", .integer, "The score before mitigation, likelihood × impact, 1 to 25.") {
            number($0.update.inherent?.score)
        },
        DataColumn("residual_likelihood", "Residual likelihood", .integer, "Likelihood after mitigation, 1 to 5.") {
            number($0.update.residual?.likelihood)
        },
        DataColumn("residual_impact", "Residual impact", .integer, "Impact after mitigation, 1 to 5.") {
            number($0.update.residual?.impact)
        },
        DataColumn("residual_score", "Residual score", .integer, "The score after mitigation, 1 to 25.") {
            number($0.update.residual?.score)
        },
        DataColumn(
            "rating", "Rating", "The band of the residual (else inherent) score on the site's 5×5 key, e.g. `High`."
        ) { $0.rating ?? "" },
        DataColumn(
            "direction", "Direction of travel",
            "`improving`, `sustained` or `declining`: lower is improving for a risk, higher for an opportunity."
        ) { $0.update.direction?.rawValue ?? "" },
    ])

    /// measures.csv's columns: the fixed ones, one per comparator the site's measures
    /// declare (`comparator_england` for England), in the order the measures first name
    /// them, then the registry's columns.
    static func measureTable(comparators: [String]) -> DataTable<MeasureRow> {
        DataTable.withRegistryColumns(\.measure, fixedMeasureColumns + ComparatorColumns.columns(comparators))
    }

    /// This site's measures.csv (with its comparators), actions.csv and risks.csv.
    var measureTable: DataTable<MeasureRow> { Self.measureTable(comparators: comparatorNames) }

    /// Every comparator name the measures declare, in the order they are first declared.
    var comparatorNames: [String] {
        var seen = Set<String>()
        return graph.measures.flatMap(\.comparators).filter { seen.insert($0).inserted }
    }

    /// The columns of this site's measures.csv, actions.csv and risks.csv, as their metadata describes them.
    public var measureColumns: [ColumnDescription] { measureTable.descriptions }
    public static var actionColumns: [ColumnDescription] { actionTable.descriptions }
    public static var riskColumns: [ColumnDescription] { riskTable.descriptions }

    /// Every risk's scores in every quarter, or in one.
    public func risks(quarter: QuarterID? = nil) -> CSVTable { Self.riskTable.table(riskRows(quarter: quarter)) }

    /// Every measure update, or only one measure's, or only one quarter's.
    public func measures(id: String? = nil, quarter: QuarterID? = nil) -> CSVTable {
        measureTable.table(measureRows(id: id, quarter: quarter))
    }

    public func actions(id: String? = nil, quarter: QuarterID? = nil) -> CSVTable {
        Self.actionTable.table(actionRows(id: id, quarter: quarter))
    }

    func riskRows(quarter: QuarterID? = nil) -> [RiskRow] {
        graph.risks.flatMap { risk in
            graph.riskHistory(risk.id).filter { quarter == nil || $0.quarter == quarter }.map { update in
                RiskRow(
                    risk: risk, update: update,
                    rating: update.current.flatMap { graph.site.riskKey.band(for: $0.score)?.name })
            }
        }
    }

    func measureRows(id: String? = nil, quarter: QuarterID? = nil) -> [MeasureRow] {
        // One measure's table looks it up rather than scanning them all (once per measure).
        let measures = id.map { graph.measure($0).map { [$0] } ?? [] } ?? graph.measures
        return measures.flatMap { measure in
            graph.measureHistory(measure.id).filter { quarter == nil || $0.quarter == quarter }.map {
                MeasureRow(measure: measure, update: $0, periodEnd: periodEnd($0.quarter))
            }
        }
    }

    func actionRows(id: String? = nil, quarter: QuarterID? = nil) -> [ActionRow] {
        graph.actions.filter { id == nil || $0.id == id }.flatMap { action in
            graph.actionHistory(action.id).filter { quarter == nil || $0.quarter == quarter }.map {
                ActionRow(action: action, update: $0, periodEnd: periodEnd($0.quarter))
            }
        }
    }

    private static func number(_ value: Int?) -> String { value.map(String.init) ?? "" }

    private func periodEnd(_ quarter: QuarterID) -> String {
        (graph.quarter(quarter)?.periodEnd ?? quarter.periodEnd(financialYearStart: graph.site.financialYearStart)).iso
    }
}
