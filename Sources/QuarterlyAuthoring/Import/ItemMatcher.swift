import QuarterlyModel

/// Finds the action or measure a row names: by id (its file name) or by the ref it has
/// in the quarter, in either the `id` or the `ref` column (people paste one into the
/// other), and by `kind` where both an action and a measure answer to it.
struct ItemMatcher {
    struct Failure: Error {
        let column: String?
        let message: String
        let hint: String
    }

    let graph: ContentGraph
    let quarter: QuarterID
    private let measureRefs: [String: [String]]
    private let actionRefs: [String: [String]]

    init(graph: ContentGraph, quarter: QuarterID) {
        self.graph = graph
        self.quarter = quarter
        // Two items may fall back to one ref when the plan renumbered: such a ref names neither.
        measureRefs = Dictionary(grouping: graph.measures) { measure in
            (graph.measureUpdate(measure.id, in: quarter)?.ref ?? measure.ref(in: quarter)).lowercased()
        }.mapValues { $0.map(\.id) }
        actionRefs = Dictionary(grouping: graph.actions) { action in
            (graph.actionUpdate(action.id, in: quarter)?.ref ?? action.ref(in: quarter)).lowercased()
        }.mapValues { $0.map(\.id) }
    }

    func match(_ row: ImportRow) -> Result<(kind: UpdateEdit.Kind, id: String), Failure> {
        var kinds: [UpdateEdit.Kind] = [.measure, .action]
        if let word = row["kind"] {
            switch word.lowercased() {
            case "measure", "measures", "indicator": kinds = [.measure]
            case "action", "actions": kinds = [.action]
            default:
                return .failure(
                    Failure(
                        column: "kind", message: "`\(word)` is not a kind of item",
                        hint: "Write `action` or `measure`, or leave the cell empty."))
            }
        }
        let keys = [("id", row["id"]), ("ref", row["ref"])].compactMap { column, text in text.map { (column, $0) } }
        guard !keys.isEmpty else {
            return .failure(
                Failure(
                    column: nil, message: "this row names no item",
                    hint: "Give the item's id or its ref in this quarter."))
        }
        for (column, key) in keys {
            var found: [(UpdateEdit.Kind, String)] = []
            for kind in kinds {
                let byRef = kind == .measure ? measureRefs : actionRefs
                // Ids are lower case: one typed in capitals means the same item.
                let id = key.lowercased()
                let exists = kind == .measure ? graph.measure(id) != nil : graph.action(id) != nil
                if exists {
                    found.append((kind, id))
                } else if let ids = byRef[key.lowercased()] {
                    guard ids.count == 1 else {
                        return .failure(
                            Failure(
                                column: column,
                                message:
                                    "ref `\(key)` belongs to more than one \(kind == .measure ? "measure" : "action") in \(quarter.label): \(ids.joined(separator: ", "))",
                                hint: "Use the item's id (its file name) in an `id` column instead."))
                    }
                    found.append((kind, ids[0]))
                }
            }
            if found.count > 1 {
                return .failure(
                    Failure(
                        column: column,
                        message: "`\(key)` names both action `\(found[1].1)` and measure `\(found[0].1)`",
                        hint: "Add a `kind` column saying `action` or `measure`, or use the id."))
            }
            if let (kind, id) = found.first { return .success((kind, id)) }
        }
        let (column, key) = keys[0]
        let ids = graph.measures.map(\.id) + graph.actions.map(\.id)
        let refs = graph.measures.map { $0.ref(in: quarter) } + graph.actions.map { $0.ref(in: quarter) }
        let suggestion = Suggestion.closest(to: key, among: column == "id" ? ids : refs)
        return .failure(
            Failure(
                column: column,
                message: "this row names \(column) `\(key)`, which is no measure or action in \(quarter.label)",
                hint: (suggestion.map { "Did you mean `\($0)`? " } ?? "")
                    + "Use the item's file name (id) or its ref in that quarter's plan."))
    }
}
