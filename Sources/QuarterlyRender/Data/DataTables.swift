import QuarterlyModel

/// The open data as tables: one row per measure (or action) per quarter. Plain
/// numbers in value columns, ISO dates, and the status as the site shows it.
public struct DataTables: Sendable {
    public let graph: AssessedGraph

    public init(graph: AssessedGraph) {
        self.graph = graph
    }

    public static let measureColumns = [
        "id", "ref", "title", "outcome", "quarter", "period_end", "period", "value", "display_value", "unit",
        "target", "rag", "rag_source", "rag_computed", "rag_reason", "direction", "direction_computed", "polarity",
    ]

    public static let actionColumns = [
        "id", "ref", "title", "outcome", "quarter", "period_end", "milestone", "rag", "direction",
        "direction_computed", "lead_officer", "portfolio_holder",
    ]

    public static let riskColumns = [
        "id", "ref", "kind", "title", "category", "owner", "quarter", "likelihood", "impact", "score",
        "residual_likelihood", "residual_impact", "residual_score", "rating", "direction",
    ]

    /// Every risk's scores in every quarter.
    public func risks() -> CSVTable {
        var table = CSVTable(header: Self.riskColumns)
        let number: (Int?) -> String = { $0.map(String.init) ?? "" }
        for risk in graph.risks {
            for update in graph.riskHistory(risk.id) {
                table.rows.append([
                    risk.id, risk.ref, risk.kind.rawValue, risk.title, risk.category ?? "", risk.owner ?? "",
                    update.quarter.slug,
                    number(update.inherent?.likelihood), number(update.inherent?.impact),
                    number(update.inherent?.score),
                    number(update.residual?.likelihood), number(update.residual?.impact),
                    number(update.residual?.score),
                    update.current.flatMap { graph.site.riskKey.band(for: $0.score)?.name } ?? "",
                    update.direction?.rawValue ?? "",
                ])
            }
        }
        return table
    }

    /// Every measure update, or only one measure's, or only one quarter's.
    public func measures(id: String? = nil, quarter: QuarterID? = nil) -> CSVTable {
        var table = CSVTable(header: Self.measureColumns)
        // One measure's table looks it up rather than scanning them all (once per measure).
        let measures = id.map { graph.measure($0).map { [$0] } ?? [] } ?? graph.measures
        for measure in measures {
            for update in graph.measureHistory(measure.id) where quarter == nil || update.quarter == quarter {
                table.rows.append(measureRow(measure, update))
            }
        }
        return table
    }

    public func actions(id: String? = nil, quarter: QuarterID? = nil) -> CSVTable {
        var table = CSVTable(header: Self.actionColumns)
        for action in graph.actions where id == nil || action.id == id {
            for update in graph.actionHistory(action.id) where quarter == nil || update.quarter == quarter {
                table.rows.append([
                    action.id, update.ref(for: action), update.title ?? action.title, action.outcomeID,
                    update.quarter.slug, periodEnd(update.quarter), update.milestone ?? action.milestone ?? "",
                    update.rag.rawValue, update.direction?.rawValue ?? "", update.computedDirection?.rawValue ?? "",
                    action.leadOfficer ?? "", action.portfolioHolder ?? "",
                ])
            }
        }
        return table
    }

    private func measureRow(_ measure: Measure, _ update: AssessedMeasureUpdate) -> [String] {
        [
            measure.id, update.ref(for: measure), update.title ?? measure.title, measure.outcomeID,
            update.quarter.slug, periodEnd(update.quarter), update.period ?? update.quarter.label,
            update.value?.text ?? "",
            update.value == nil ? "" : (update.display ?? measure.unit.format(update.value!.text)),
            measure.unit.rawValue, update.effectiveTarget?.text ?? "",
            update.rag?.rawValue ?? "", update.ragSource.rawValue, update.computedRAG.rag?.rawValue ?? "",
            update.ragReason ?? "", update.direction?.rawValue ?? "",
            update.computedDirection?.direction.rawValue ?? "",
            measure.polarity.rawValue,
        ]
    }

    private func periodEnd(_ quarter: QuarterID) -> String {
        (graph.quarter(quarter)?.periodEnd ?? quarter.periodEnd(financialYearStart: graph.site.financialYearStart)).iso
    }
}
