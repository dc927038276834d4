import Foundation
import QuarterlyModel

/// What one row changes in one update file: only what its cells give, the rest of the
/// file as the officer wrote it.
struct UpdateEdit {
    enum Kind {
        case action, measure

        var folder: String { self == .action ? "actions" : "measures" }
    }

    /// A figure's cell: absent (leave the file's), empty (no data: remove it), or a figure.
    enum FigureEdit {
        case keep, remove
        case set(Figure)
    }

    let kind: Kind
    let id: String
    var value = FigureEdit.keep
    var display: String?
    var rag: RAGStatus?
    var ragReason: String?
    /// In the order the measure declares them.
    var comparators: [ComparatorValue] = []
    var commentary: String?

    func change(
        path: String, existing: String?, graph: ContentGraph, quarter: QuarterID, force: Bool
    ) -> SpreadsheetImport.Change {
        var editor = existing.flatMap(FrontMatterEditor.init(text:)) ?? FrontMatterEditor(keys: [], body: "")
        var details: [String] = []
        let oldValue = editor.value(of: "value")
        switch value {
        case .keep: break
        case .set(let figure):
            if oldValue != figure.text { details.append("value \(oldValue ?? "none") → \(figure.text)") }
            editor.set("value", figure.text)
        case .remove:
            if let oldValue {
                details.append("value \(oldValue) → none (no data)")
                editor.remove("value")
            }
        }
        func set(_ key: String, _ text: String?, shown: String?) {
            guard let text, let shown else { return }
            if editor.value(of: key) != text { details.append("\(key) → \(shown)") }
            editor.set(key, text)
        }
        // The same status in other letters (`Amber`) is left as written.
        if let rag, editor.value(of: "rag").flatMap(RAGStatus.init(word:)) != rag {
            set("rag", rag.rawValue, shown: rag.label)
        }
        set("rag_reason", ragReason.map(YAMLText.quoted), shown: ragReason)
        set("display", display.map(YAMLText.quoted), shown: display)
        if !comparators.isEmpty {
            // Figures already in the file for other comparators stay.
            var merged = graph.measureUpdate(id, in: quarter)?.comparators ?? []
            for comparator in comparators {
                if let index = merged.firstIndex(where: { $0.name == comparator.name }) {
                    guard merged[index].value.text != comparator.value.text else { continue }
                    details.append("\(comparator.name) \(merged[index].value.text) → \(comparator.value.text)")
                    merged[index] = comparator
                } else {
                    details.append("\(comparator.name) → \(comparator.value.text)")
                    merged.append(comparator)
                }
            }
            var update = MeasureUpdate(measureID: id, quarter: quarter, sourcePath: path)
            update.comparators = merged
            if let yaml = MeasureUpdate.fields.yaml(of: "comparators", in: update) {
                editor.set("comparators", lines: yaml)
            }
        }
        if let commentary {
            let hasCommentary = !editor.body.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            let text =
                commentary.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
                + "\n"
            if !hasCommentary || force {
                if editor.body != text {
                    details.append(hasCommentary ? "commentary replaced" : "commentary added")
                    editor.body = text
                }
            } else if editor.body.trimmingCharacters(in: .whitespacesAndNewlines) + "\n" != text {
                details.append("commentary kept (use --force to replace it)")
            }
        }
        return SpreadsheetImport.Change(
            path: path, itemID: id, created: existing == nil, details: details, text: editor.text)
    }
}
