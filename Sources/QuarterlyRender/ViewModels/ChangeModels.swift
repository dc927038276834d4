import QuarterlyModel

extension Fragments {
    /// "What changed" rows for a quarter: the item, what changed, and since when.
    func changes(in quarter: QuarterID) -> [ViewModel] {
        graph.changes(in: quarter).compactMap { change in
            var row: ViewModel
            switch change.item {
            case .action(let id):
                guard let action = graph.action(id) else { return nil }
                let update = graph.actionUpdate(id, in: quarter) ?? graph.actionUpdate(id, in: change.since ?? quarter)
                row = [
                    "kind": "Action", "ref": update?.ref(for: action) ?? action.ref, "title": action.title,
                    "url": links.action(id),
                ]
            case .measure(let id):
                guard let measure = graph.measure(id) else { return nil }
                let update =
                    graph.measureUpdate(id, in: quarter) ?? graph.measureUpdate(id, in: change.since ?? quarter)
                row = [
                    "kind": "Measure", "ref": update?.ref(for: measure) ?? measure.ref, "title": measure.title,
                    "url": links.measure(id),
                ]
            }
            switch change.kind {
            case .new:
                row["what"] = "New in this report"
                row["group"] = "new"
            case .completed:
                row["what"] = "Completed"
                row["group"] = "finished"
            case .noLongerReported:
                row["what"] = "Not in this report"
                row["group"] = "finished"
            case .ragChanged(let from, let to):
                row["what"] = "RAG changed"
                row["from"] = rag(from)
                row["to"] = rag(to)
                row["group"] = "rag"
            case .directionChanged(let from, let to):
                row["what"] = "Direction of travel changed"
                row["fromDirection"] = direction(from)
                row["toDirection"] = direction(to)
                row["group"] = "direction"
            }
            row["since"] = change.since?.label ?? "–"
            return row
        }
    }

    /// Changes grouped the way readers ask: status changes first, then new and finished items.
    func changeGroups(in quarter: QuarterID) -> [ViewModel] {
        let rows = changes(in: quarter)
        let groups: [(String, String, String)] = [
            ("rag", "RAG status changed", "changes-rag"),
            ("direction", "Direction of travel changed", "changes-direction"),
            ("new", "New in this report", "changes-new"),
            ("finished", "Completed or no longer reported", "changes-finished"),
        ]
        return groups.compactMap { key, heading, id in
            let items = rows.filter { ($0["group"] as? String) == key }
            guard !items.isEmpty else { return nil }
            return [
                "heading": heading, "id": id, "items": items, "count": items.count,
                "isRAG": key == "rag", "isDirection": key == "direction",
            ]
        }
    }
}
