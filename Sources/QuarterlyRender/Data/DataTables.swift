import QuarterlyModel

/// The open data as tables: one row per measure (or action, or risk) per quarter. Plain
/// numbers in value columns, ISO dates, and the status as the site shows it. The headers
/// are the same in every language; the columns' titles and descriptions, and the words
/// in a cell that are not content (a period named by its quarter), are `words`'.
public struct DataTables: Sendable {
    public let graph: AssessedGraph
    public let words: Catalogue

    /// This site's measures.csv columns (with its comparators): worked out once, since
    /// finding the comparators reads every measure and each measure's own table asks.
    let measureTable: DataTable<MeasureRow>

    public init(graph: AssessedGraph, words: Catalogue) {
        self.graph = graph
        self.words = words
        measureTable = Self.measureTable(comparators: Self.comparatorNames(graph))
    }

    struct MeasureRow {
        let measure: Measure
        let update: AssessedMeasureUpdate
        let periodEnd: String
        let words: Catalogue
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
    /// Each column's title and description are the catalogue's `data.columns.measures.<name>.*`.
    static let fixedMeasureColumns: [DataColumn<MeasureRow>] = [
        DataColumn("id") { $0.measure.id },
        DataColumn("ref") { $0.update.ref(for: $0.measure) },
        DataColumn("title") { $0.update.title ?? $0.measure.title },
        // The outcome in that quarter's plan: plans move items between outcomes.
        DataColumn("outcome") { $0.measure.outcomeID(inYear: $0.update.quarter.financialYear) },
        DataColumn("quarter") { $0.update.quarter.slug },
        DataColumn("period_end", .date) { $0.periodEnd },
        DataColumn("period") { $0.update.period ?? $0.words.text($0.update.quarter.name) },
        DataColumn("value", .decimal) { $0.update.value?.text ?? "" },
        DataColumn("display_value") { row in
            row.update.value.map { row.update.display ?? row.measure.unit.format($0.text) } ?? ""
        },
        DataColumn("unit") { $0.measure.unit.rawValue },
        DataColumn("target", .decimal) { row in
            guard case .figure(let figure)? = row.update.appliedTarget?.target else { return "" }
            return figure.text
        },
        DataColumn("target_low", .decimal) { row in
            row.update.appliedTarget.map { $0.target.isRange ? $0.target.low.text : "" } ?? ""
        },
        DataColumn("target_high", .decimal) { row in
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
    ]

    static let actionTable = DataTable<ActionRow>.withRegistryColumns(
        "actions", \.action,
        [
            DataColumn("id") { $0.action.id },
            DataColumn("ref") { $0.update.ref(for: $0.action) },
            DataColumn("title") { $0.update.title ?? $0.action.title },
            // The outcome in that quarter's plan: plans move items between outcomes.
            DataColumn("outcome") { $0.action.outcomeID(inYear: $0.update.quarter.financialYear) },
            DataColumn("quarter") { $0.update.quarter.slug },
            DataColumn("period_end", .date) { $0.periodEnd },
            DataColumn("milestone") { $0.update.milestone ?? $0.action.milestone ?? "" },
            DataColumn("rag") { $0.update.rag.rawValue },
            DataColumn("direction") { $0.update.direction?.rawValue ?? "" },
            DataColumn("direction_source") { $0.update.directionSource.rawValue },
            DataColumn("direction_computed") { $0.update.computedDirection?.rawValue ?? "" },
        ])

    static let riskTable = DataTable<RiskRow>(
        "risks",
        [
            DataColumn("id") { $0.risk.id },
            DataColumn("ref") { $0.risk.ref },
            DataColumn("kind") { $0.risk.kind.rawValue },
            DataColumn("title") { $0.risk.title },
            DataColumn("category") { $0.risk.category ?? "" },
            DataColumn("owner") { $0.risk.owner ?? "" },
            DataColumn("quarter") { $0.update.quarter.slug },
            DataColumn("likelihood", .integer) { number($0.update.inherent?.likelihood) },
            DataColumn("impact", .integer) { number($0.update.inherent?.impact) },
            DataColumn("score", .integer) { number($0.update.inherent?.score) },
            DataColumn("residual_likelihood", .integer) { number($0.update.residual?.likelihood) },
            DataColumn("residual_impact", .integer) { number($0.update.residual?.impact) },
            DataColumn("residual_score", .integer) { number($0.update.residual?.score) },
            DataColumn("rating") { $0.rating ?? "" },
            DataColumn("direction") { $0.update.direction?.rawValue ?? "" },
        ])

    /// measures.csv's columns: the fixed ones, one per comparator the site's measures
    /// declare (`comparator_england` for England), in the order the measures first name
    /// them, then the registry's columns.
    static func measureTable(comparators: [String]) -> DataTable<MeasureRow> {
        DataTable.withRegistryColumns(
            "measures", \.measure, fixedMeasureColumns + ComparatorColumns.columns(comparators))
    }

    /// Every comparator name the measures declare, in the order they are first declared.
    static func comparatorNames(_ graph: AssessedGraph) -> [String] {
        var seen = Set<String>()
        return graph.measures.flatMap(\.comparators).filter { seen.insert($0).inserted }
    }

    /// The columns of this site's measures.csv, actions.csv and risks.csv, as their metadata describes them.
    public var measureColumns: [ColumnDescription] { measureTable.descriptions(words) }
    public var actionColumns: [ColumnDescription] { Self.actionTable.descriptions(words) }
    public var riskColumns: [ColumnDescription] { Self.riskTable.descriptions(words) }

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
        func row(_ risk: Risk, _ update: AssessedRiskUpdate) -> RiskRow {
            RiskRow(
                risk: risk, update: update,
                rating: update.current.flatMap { graph.site.riskKey.band(for: $0.score)?.name })
        }
        // One quarter's rows look each update up rather than filtering every item's history.
        if let quarter {
            return graph.risks.compactMap { risk in graph.riskUpdate(risk.id, in: quarter).map { row(risk, $0) } }
        }
        return graph.risks.flatMap { risk in graph.riskHistory(risk.id).map { row(risk, $0) } }
    }

    func measureRows(id: String? = nil, quarter: QuarterID? = nil) -> [MeasureRow] {
        measureUpdates(id: id, quarter: quarter).map(measureRow)
    }

    /// The updates `measureRows` makes rows of, in their order: a sheet of them makes
    /// each row only as it writes it.
    func measureUpdates(id: String? = nil, quarter: QuarterID? = nil) -> [AssessedMeasureUpdate] {
        // One measure's table looks it up rather than scanning them all (once per measure);
        // every measure's, by id in place (a loop over the measures copies each).
        let ids = id.map { graph.measure($0) == nil ? [] : [$0] } ?? graph.measureIDs
        if let quarter { return ids.compactMap { graph.measureUpdate($0, in: quarter) } }
        return ids.flatMap { graph.measureHistory($0) }
    }

    func measureRow(_ update: AssessedMeasureUpdate) -> MeasureRow {
        MeasureRow(
            measure: graph.measure(update.stated.measureID)!, update: update,
            periodEnd: periodEnd(update.stated.quarter), words: words)
    }

    func actionRows(id: String? = nil, quarter: QuarterID? = nil) -> [ActionRow] {
        actionUpdates(id: id, quarter: quarter).map(actionRow)
    }

    /// The updates `actionRows` makes rows of, in their order.
    func actionUpdates(id: String? = nil, quarter: QuarterID? = nil) -> [AssessedActionUpdate] {
        // One action's table looks it up rather than scanning them all (once per action).
        let ids = id.map { graph.action($0) == nil ? [] : [$0] } ?? graph.actionIDs
        if let quarter { return ids.compactMap { graph.actionUpdate($0, in: quarter) } }
        return ids.flatMap { graph.actionHistory($0) }
    }

    func actionRow(_ update: AssessedActionUpdate) -> ActionRow {
        ActionRow(
            action: graph.action(update.stated.actionID)!, update: update, periodEnd: periodEnd(update.stated.quarter))
    }

    private static func number(_ value: Int?) -> String { value.map(String.init) ?? "" }

    private func periodEnd(_ quarter: QuarterID) -> String {
        (graph.quarter(quarter)?.periodEnd ?? quarter.periodEnd(financialYearStart: graph.site.financialYearStart)).iso
    }
}
