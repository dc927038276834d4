import Foundation
import QuarterlyModel

/// A benchmarking export (LG Inform and similar services): one row per area, period and
/// value, with a metric column when the file holds several. `site.yml`'s `benchmarks:`
/// says which area is which comparator and which metric is which measure; rows for other
/// areas, metrics and periods are passed over. The figures become the comparators of the
/// quarter's measure updates.
struct BenchmarkTable {
    static let areaColumns = ["area", "area_name", "area_label", "area_code", "geography"]
    static let periodColumns = ["period", "time_period", "period_label"]
    static let valueColumns = ["value", "data_value"]
    static let metricColumns = ["metric", "metric_name", "metric_type", "indicator"]

    let rows: ImportRows

    /// Whether a table is a benchmarking export rather than a table of updates.
    static func matches(_ table: ImportTable) -> Bool {
        let names = Set(table.columns.map(\.name))
        return !names.contains("id") && !names.contains("ref") && !names.isDisjoint(with: areaColumns)
            && !names.isDisjoint(with: periodColumns) && !names.isDisjoint(with: valueColumns)
    }

    init(table: ImportTable, options: BenchmarkOptions, quarter: QuarterID, graph: ContentGraph)
        throws(DiagnosticList)
    {
        let mapping = graph.site.benchmarks
        func siteProblem(_ message: String, _ hint: String) -> DiagnosticList {
            DiagnosticList([Diagnostic(path: "site.yml", code: .missingField, message: message, hint: hint)])
        }
        guard !mapping.areas.isEmpty else {
            throw siteProblem(
                "\(table.path) is benchmarking data (area, period, value), but site.yml says which area is which comparator under no `benchmarks: areas:`",
                "Add, for example:\n  benchmarks:\n    areas:\n      England: England\n      Statistical neighbours: \"Cumbria's statistical neighbours\""
            )
        }
        for metric in mapping.metrics where graph.measure(metric.name) == nil {
            throw siteProblem(
                "`benchmarks: metrics:` names `\(metric.name)`, which is no measure",
                "Name each measure by its id (its file name)"
                    + (Suggestion.closest(to: metric.name, among: graph.measures.map(\.id)).map {
                        ": did you mean `\($0)`?"
                    }
                        ?? "."))
        }
        let names = table.columns.map(\.name)
        let metricColumn = names.first { Self.metricColumns.contains($0) }
        let periodColumn = names.first { Self.periodColumns.contains($0) }!
        let valueColumn = names.first { Self.valueColumns.contains($0) }!
        let areaColumns = names.filter { Self.areaColumns.contains($0) }
        if metricColumn == nil {
            guard let measure = options.measure else {
                throw DiagnosticList([
                    Diagnostic(
                        path: table.path, code: .missingColumn,
                        message: "this benchmarking file has no metric column, so which measure it is for is not known",
                        hint: "Name the measure: `--measure ID`.")
                ])
            }
            guard graph.measure(measure) != nil else {
                throw DiagnosticList([
                    Diagnostic(
                        path: table.path, code: .unknownRow, message: "`--measure \(measure)` names no measure",
                        hint: "Give the measure's id (its file name).")
                ])
            }
        }
        func key(_ text: String) -> String { text.trimmed().lowercased() }
        let comparatorOfArea = Dictionary(
            mapping.areas.map { (key($0.text), $0.name) }, uniquingKeysWith: { first, _ in first })
        let measureOfMetric = Dictionary(
            mapping.metrics.map { (key($0.text), $0.name) }, uniquingKeysWith: { first, _ in first })

        var problems: [Diagnostic] = []
        var found: [String: [String: (figure: Figure, place: CellPlace)]] = [:]
        var periodsSeen: [String] = []
        for row in table.rows {
            guard let period = row[periodColumn] else { continue }
            if !periodsSeen.contains(period) { periodsSeen.append(period) }
            let wanted = options.period.map { key($0) == key(period) } ?? (PeriodWords.quarter(period) == quarter)
            guard wanted,
                let measureID = metricColumn.map({ row[$0].flatMap { measureOfMetric[key($0)] } }) ?? options.measure,
                let comparator = areaColumns.lazy.compactMap({ row[$0].flatMap { comparatorOfArea[key($0)] } }).first
            else { continue }
            let place = row.place(of: valueColumn)
            let measure = graph.measure(measureID)!
            guard measure.comparators.contains(comparator) else {
                problems.append(
                    table.diagnostic(
                        at: place, .undeclaredComparator,
                        "comparator `\(comparator)` is not declared by measure `\(measureID)`",
                        hint:
                            "Add `\(comparator)` to `comparators:` in measures/\(measureID).md, or take the area out of `benchmarks: areas:`."
                    ))
                continue
            }
            guard let text = row[valueColumn], let figure = Figure(text: text) else {
                problems.append(
                    table.diagnostic(
                        at: place, .wrongType,
                        "no figure for \(comparator) (`\(row[valueColumn] ?? "")`): measure `\(measureID)` keeps what it has",
                        hint: "Benchmarking services mark figures they hold back; nothing is written for this one.",
                        severity: .warning))
                continue
            }
            if let first = found[measureID]?[comparator] {
                problems.append(
                    table.diagnostic(
                        at: place, .duplicateRow,
                        "a second \(comparator) figure for measure `\(measureID)` (the first is at \(first.place.words))",
                        hint: "Keep one row per measure, area and period, or choose the period with `--period`."))
                continue
            }
            found[measureID, default: [:]][comparator] = (figure, place)
        }
        guard problems.errors.isEmpty else { throw DiagnosticList(problems) }
        guard !found.isEmpty else {
            throw DiagnosticList([
                Diagnostic(
                    path: table.path, code: .unknownRow,
                    message: "no row is for a mapped metric and area in "
                        + (options.period.map { "period `\($0)`" } ?? quarter.label),
                    hint:
                        "Its periods are \(periodsSeen.prefix(8).map { "`\($0)`" }.joined(separator: ", ")): choose one with `--period`, and check `benchmarks:` in site.yml names the file's areas and metrics exactly."
                )
            ])
        }
        var edits: [UpdateEdit] = []
        for measure in graph.measures {
            guard let figures = found[measure.id] else { continue }
            guard graph.measureUpdate(measure.id, in: quarter) != nil else {
                problems.append(
                    Diagnostic(
                        path: table.path, severity: .warning, code: .unknownRow,
                        message:
                            "measure `\(measure.id)` has no update in \(quarter.label), so its comparators were not written",
                        hint:
                            "Create its update first (for example by importing its value), then import this file again."
                    ))
                continue
            }
            var edit = UpdateEdit(kind: .measure, id: measure.id)
            edit.comparators = measure.comparators.compactMap { name in
                figures[name].map { ComparatorValue(name: name, value: $0.figure) }
            }
            edits.append(edit)
        }
        rows = ImportRows(edits: edits, warnings: problems)
    }
}

/// The ways benchmarking services and spreadsheets write a quarter: `2019/20 Q2`,
/// `Q2 2019/20`, `Quarter 2 2019/20`, `2019-20 Q2`, `2019-20-q2`.
enum PeriodWords {
    static func quarter(_ text: String) -> QuarterID? {
        if let id = QuarterID(text.trimmed().lowercased()) { return id }
        let words = text.lowercased().replacingOccurrences(of: "quarter", with: "q")
        guard let year = words.firstMatch(of: /([0-9]{4})[\/-]([0-9]{2})/),
            let number = words.firstMatch(of: /(^|[^a-z])q\s*([1-4])([^0-9]|$)/),
            let start = Int(year.1), let end = Int(year.2), end == (start + 1) % 100,
            let quarter = Int(number.2)
        else { return nil }
        return QuarterID(startYear: start, number: quarter)
    }
}
