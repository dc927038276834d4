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

    static let measureTable = DataTable<MeasureRow>.withRegistryColumns(
        \.measure,
        [
            DataColumn("id") { $0.measure.id },
            DataColumn("ref") { $0.update.ref(for: $0.measure) },
            DataColumn("title") { $0.update.title ?? $0.measure.title },
            // The outcome in that quarter's plan: plans move items between outcomes.
            DataColumn("outcome") { $0.measure.outcomeID(inYear: $0.update.quarter.financialYear) },
            DataColumn("quarter") { $0.update.quarter.slug },
            DataColumn("period_end") { $0.periodEnd },
            DataColumn("period") { $0.update.period ?? $0.update.quarter.label },
            DataColumn("value") { $0.update.value?.text ?? "" },
            DataColumn("display_value") { row in
                row.update.value.map { row.update.display ?? row.measure.unit.format($0.text) } ?? ""
            },
            DataColumn("unit") { $0.measure.unit.rawValue },
            DataColumn("target") { row in
                guard case .figure(let figure)? = row.update.appliedTarget?.target else { return "" }
                return figure.text
            },
            DataColumn("target_low") { row in
                row.update.appliedTarget.map { $0.target.isRange ? $0.target.low.text : "" } ?? ""
            },
            DataColumn("target_high") { row in
                row.update.appliedTarget.map { $0.target.isRange ? $0.target.high.text : "" } ?? ""
            },
            DataColumn("target_basis") { $0.update.appliedTarget?.basis.rawValue ?? "" },
            DataColumn("rag") { $0.update.rag?.rawValue ?? "" },
            DataColumn("rag_source") { $0.update.ragSource.rawValue },
            DataColumn("rag_computed") { $0.update.computedRAG.rag?.rawValue ?? "" },
            DataColumn("rag_reason") { $0.update.ragReason ?? "" },
            DataColumn("direction") { $0.update.direction?.rawValue ?? "" },
            DataColumn("direction_source") { $0.update.directionSource.rawValue },
            DataColumn("direction_computed") { $0.update.computedDirection?.direction.rawValue ?? "" },
            DataColumn("compared_with") { $0.update.computedDirection?.comparedWith.slug ?? "" },
            DataColumn("polarity") { $0.measure.polarity.rawValue },
        ])

    static let actionTable = DataTable<ActionRow>.withRegistryColumns(
        \.action,
        [
            DataColumn("id") { $0.action.id },
            DataColumn("ref") { $0.update.ref(for: $0.action) },
            DataColumn("title") { $0.update.title ?? $0.action.title },
            // The outcome in that quarter's plan: plans move items between outcomes.
            DataColumn("outcome") { $0.action.outcomeID(inYear: $0.update.quarter.financialYear) },
            DataColumn("quarter") { $0.update.quarter.slug },
            DataColumn("period_end") { $0.periodEnd },
            DataColumn("milestone") { $0.update.milestone ?? $0.action.milestone ?? "" },
            DataColumn("rag") { $0.update.rag.rawValue },
            DataColumn("direction") { $0.update.direction?.rawValue ?? "" },
            DataColumn("direction_source") { $0.update.directionSource.rawValue },
            DataColumn("direction_computed") { $0.update.computedDirection?.rawValue ?? "" },
            DataColumn("lead_officer") { $0.action.leadOfficer ?? "" },
            DataColumn("portfolio_holder") { $0.action.portfolioHolder ?? "" },
        ])

    static let riskTable = DataTable<RiskRow>([
        DataColumn("id") { $0.risk.id },
        DataColumn("ref") { $0.risk.ref },
        DataColumn("kind") { $0.risk.kind.rawValue },
        DataColumn("title") { $0.risk.title },
        DataColumn("category") { $0.risk.category ?? "" },
        DataColumn("owner") { $0.risk.owner ?? "" },
        DataColumn("quarter") { $0.update.quarter.slug },
        DataColumn("likelihood") { number($0.update.inherent?.likelihood) },
        DataColumn("impact") { number($0.update.inherent?.impact) },
        DataColumn("score") { number($0.update.inherent?.score) },
        DataColumn("residual_likelihood") { number($0.update.residual?.likelihood) },
        DataColumn("residual_impact") { number($0.update.residual?.impact) },
        DataColumn("residual_score") { number($0.update.residual?.score) },
        DataColumn("rating") { $0.rating ?? "" },
        DataColumn("direction") { $0.update.direction?.rawValue ?? "" },
    ])

    public static var measureColumns: [String] { measureTable.names }
    public static var actionColumns: [String] { actionTable.names }
    public static var riskColumns: [String] { riskTable.names }

    /// Every risk's scores in every quarter.
    public func risks() -> CSVTable {
        Self.riskTable.table(
            graph.risks.flatMap { risk in
                graph.riskHistory(risk.id).map { update in
                    RiskRow(
                        risk: risk, update: update,
                        rating: update.current.flatMap { graph.site.riskKey.band(for: $0.score)?.name })
                }
            })
    }

    /// Every measure update, or only one measure's, or only one quarter's.
    public func measures(id: String? = nil, quarter: QuarterID? = nil) -> CSVTable {
        // One measure's table looks it up rather than scanning them all (once per measure).
        let measures = id.map { graph.measure($0).map { [$0] } ?? [] } ?? graph.measures
        return Self.measureTable.table(
            measures.flatMap { measure in
                graph.measureHistory(measure.id).filter { quarter == nil || $0.quarter == quarter }.map {
                    MeasureRow(measure: measure, update: $0, periodEnd: periodEnd($0.quarter))
                }
            })
    }

    public func actions(id: String? = nil, quarter: QuarterID? = nil) -> CSVTable {
        Self.actionTable.table(
            graph.actions.filter { id == nil || $0.id == id }.flatMap { action in
                graph.actionHistory(action.id).filter { quarter == nil || $0.quarter == quarter }.map {
                    ActionRow(action: action, update: $0, periodEnd: periodEnd($0.quarter))
                }
            })
    }

    private static func number(_ value: Int?) -> String { value.map(String.init) ?? "" }

    private func periodEnd(_ quarter: QuarterID) -> String {
        (graph.quarter(quarter)?.periodEnd ?? quarter.periodEnd(financialYearStart: graph.site.financialYearStart)).iso
    }
}
