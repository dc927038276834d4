import QuarterlyModel

/// The rows of an update table checked and matched to the quarter's actions and
/// measures. Columns: `id` or `ref` (either may hold either); then any of `value`,
/// `display`, `rag`, `rag_reason`, `commentary`, one column per comparator named as the
/// measures declare it (`England`), and `kind` (`action` or `measure`) where an id or ref
/// could be either.
struct UpdateRows {
    let rows: ImportRows

    static let keyColumns = ["id", "ref", "kind"]
    static let dataColumns = ["value", "display", "rag", "rag_reason", "commentary"]

    init(table: ImportTable, quarter: QuarterID, graph: ContentGraph) throws(DiagnosticList) {
        var problems: [Diagnostic] = []
        // Comparator columns, by the name the measures declare (matched as column names are).
        let declared = graph.measures.flatMap(\.comparators)
        let comparatorColumns = Dictionary(
            declared.map { (ImportTable.columnName($0), $0) }, uniquingKeysWith: { first, _ in first })
        let known = Set(Self.keyColumns + Self.dataColumns).union(comparatorColumns.keys)
        for column in table.columns where !known.contains(column.name) {
            problems.append(
                table.diagnostic(
                    at: column.place, .ignoredColumn, "column `\(column.header)` is not read",
                    hint:
                        "The columns read are \((Self.keyColumns + Self.dataColumns).map { "`\($0)`" }.joined(separator: ", "))"
                        + (declared.isEmpty
                            ? ""
                            : ", and one per comparator: "
                                + Set(declared).sorted().map { "`\($0)`" }.joined(separator: ", ")) + ".",
                    severity: .warning))
        }
        let names = table.columns.map(\.name)
        guard names.contains("id") || names.contains("ref"),
            names.contains(where: { Self.dataColumns.contains($0) || comparatorColumns[$0] != nil })
        else {
            throw DiagnosticList([
                Diagnostic(
                    path: table.path, code: .missingColumn,
                    message:
                        "the first row must name an `id` or `ref` column and what to write: `value`, `rag`, `commentary`…",
                    hint:
                        "Headers found: \(table.columns.map { "`\($0.header)`" }.joined(separator: ", ")). See docs/import-sample.csv."
                )
            ])
        }
        let matcher = ItemMatcher(graph: graph, quarter: quarter)
        var seen: [String: CellPlace] = [:]
        var edits: [UpdateEdit] = []
        for row in table.rows {
            var rowProblems: [Diagnostic] = []
            func problem(_ column: String?, _ code: DiagnosticCode, _ message: String, _ hint: String) {
                rowProblems.append(
                    table.diagnostic(at: column.map(row.place(of:)) ?? row.place, code, message, hint: hint))
            }
            let item: (kind: UpdateEdit.Kind, id: String)
            switch matcher.match(row) {
            case .success(let found): item = found
            case .failure(let failure):
                problem(failure.column, .unknownRow, failure.message, failure.hint)
                problems += rowProblems
                continue
            }
            let name = item.kind == .measure ? "measure `\(item.id)`" : "action `\(item.id)`"
            if let first = seen["\(item.kind)/\(item.id)"] {
                problem(nil, .duplicateRow, "\(name) is already on \(first.words)", "Keep one row per item.")
                problems += rowProblems
                continue
            }
            seen["\(item.kind)/\(item.id)"] = row.place
            for (column, cell) in row.cells.sorted(by: { $0.key < $1.key }) where cell.error != nil {
                problem(
                    column, .wrongType, "the cell shows the error `\(cell.error!)`, not a \(column)",
                    "Correct the formula or type the figure in, or leave the cell empty.")
            }
            var edit = UpdateEdit(kind: item.kind, id: item.id)
            edit.commentary = row["commentary"]
            if let word = row["rag"] {
                let allowed = item.kind == .measure ? RAGStatus.measureStatuses : RAGStatus.allCases
                if let rag = RAGStatus(word: word), allowed.contains(rag) {
                    edit.rag = rag
                } else {
                    problem(
                        "rag", .unknownWord,
                        "`\(word)` is not a valid `rag` for \(item.kind == .measure ? "a measure" : "an action")",
                        "Use \(allowed.map { "`\($0.rawValue)`" }.joined(separator: ", ")): for mixed statuses, choose one and explain in the commentary."
                    )
                }
            }
            switch item.kind {
            case .action:
                for column in ["value", "display", "rag_reason"] + comparatorColumns.keys.sorted()
                where row[column] != nil {
                    problem(
                        column, .invalidValue,
                        "\(name) has no `\(comparatorColumns[column] ?? column)`: that is for measures",
                        "An action's row gives its `rag` and `commentary`; leave this cell empty.")
                }
                if edit.rag == nil, graph.actionUpdate(item.id, in: quarter) == nil, rowProblems.isEmpty {
                    problem(
                        "rag", .missingField, "\(name) has no update in \(quarter.label) yet, so it needs a `rag`",
                        "Give its status: red, amber, green or complete.")
                }
            case .measure:
                if table.has("value") {
                    if let text = row["value"] {
                        if let figure = Figure(text: text) {
                            edit.value = .set(figure)
                        } else if row.cells["value"]?.error == nil {
                            problem(
                                "value", .wrongType, "the value `\(text)` is not a number",
                                "Write digits only, e.g. 65 or 89.19: no %, £ or commas (put formatted text in the `display` column)."
                            )
                        }
                    } else {
                        edit.value = .remove
                    }
                }
                edit.display = row["display"]
                edit.ragReason = row["rag_reason"]
                let measure = graph.measure(item.id)!
                for comparator in measure.comparators {
                    guard let text = row[ImportTable.columnName(comparator)] else { continue }
                    guard let figure = Figure(text: text) else {
                        if row.cells[ImportTable.columnName(comparator)]?.error == nil {
                            problem(
                                ImportTable.columnName(comparator), .wrongType,
                                "the \(comparator) figure `\(text)` is not a number",
                                "Write digits only, e.g. 72 or 89.4.")
                        }
                        continue
                    }
                    edit.comparators.append(ComparatorValue(name: comparator, value: figure))
                }
                for (column, comparator) in comparatorColumns.sorted(by: { $0.key < $1.key })
                where row[column] != nil && !measure.comparators.contains(comparator) {
                    problem(
                        column, .undeclaredComparator, "comparator `\(comparator)` is not declared by \(name)",
                        measure.comparators.isEmpty
                            ? "Leave the cell empty, or add `\(comparator)` to `comparators:` in measures/\(item.id).md."
                            : "It declares \(measure.comparators.map { "`\($0)`" }.joined(separator: ", ")); leave the cell empty or add `\(comparator)` there."
                    )
                }
            }
            problems += rowProblems
            if rowProblems.isEmpty { edits.append(edit) }
        }
        guard problems.errors.isEmpty else { throw DiagnosticList(problems) }
        rows = ImportRows(edits: edits, warnings: problems)
    }
}

extension CellPlace {
    /// "line 4", "cell B4".
    var words: String {
        switch self {
        case .line(let line, _): "line \(line)"
        case .cell(_, let reference): "row \(reference.drop { $0.isLetter })"
        }
    }
}
