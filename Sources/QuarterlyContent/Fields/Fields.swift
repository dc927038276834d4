import Foundation
import QuarterlyModel
import Yams

/// Typed reading of one YAML mapping (a file's front matter, or `site.yml`).
///
/// Every accessor records a diagnostic instead of throwing, so one pass over a file
/// reports all of its problems; `finish` then reports keys nobody asked for.
final class Fields {
    let path: String
    private let firstLine: Int
    private let entries: [String: (key: Node, value: Node)]
    private let keyOrder: [String]
    private var read: Set<String> = []
    /// The YAML is not `key: value` lines at all: that one error says it, so no key is reported missing.
    private var rootIsInvalid = false
    private(set) var diagnostics: [Diagnostic] = []

    /// - Parameters:
    ///   - node: the parsed YAML root, nil for empty YAML.
    ///   - firstLine: the file line on which the YAML starts.
    init(node: Node?, firstLine: Int, path: String) {
        self.path = path
        self.firstLine = firstLine
        var entries: [String: (Node, Node)] = [:]
        var order: [String] = []
        var rootProblem: Diagnostic?
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                let name = key.scalar?.string ?? ""
                entries[name] = (key, value)
                order.append(name)
            }
        case nil:
            break
        case .some(let other):
            rootProblem = Diagnostic(
                path: path, position: TextPosition(line: firstLine, column: 1), code: .wrongType,
                message: "expected `key: value` lines, found \(Fields.kind(of: other))",
                hint: "Write one `key: value` per line, e.g. `title: Superfast broadband`.")
        }
        self.entries = entries
        self.keyOrder = order
        if let rootProblem {
            diagnostics.append(rootProblem)
            rootIsInvalid = true
        }
    }

    // MARK: Positions

    func position(of node: Node) -> TextPosition {
        guard let mark = node.mark else { return TextPosition(line: firstLine, column: 1) }
        return TextPosition(line: mark.line + firstLine - 1, column: mark.column)
    }

    /// Where a key's value is (or where the front matter starts, for a missing key).
    func position(ofValue key: String) -> TextPosition {
        guard let entry = entries[key] else { return TextPosition(line: max(1, firstLine - 1), column: 1) }
        return position(of: entry.value)
    }

    func has(_ key: String) -> Bool { value(key) != nil }

    // MARK: Typed values

    func text(_ key: String, required: Bool = false, example: String = "…") -> String? {
        guard let node = value(key, required: required, example: example) else { return nil }
        guard let scalar = node.scalar else {
            report(
                .wrongType, at: node, "`\(key)` must be text, not \(Fields.kind(of: node))",
                hint: "Write it on one line: `\(key): \(example)`.")
            return nil
        }
        let trimmed = scalar.string.trimmed()
        if trimmed.isEmpty, required {
            report(.missingField, at: node, "`\(key)` is empty", hint: "Give a value: `\(key): \(example)`.")
            return nil
        }
        return trimmed.isEmpty ? nil : trimmed
    }

    func word<W: ContentWord>(_ key: String, as type: W.Type, required: Bool = false) -> W? {
        guard let node = value(key, required: required, example: W.allCases.first?.rawValue ?? "") else { return nil }
        guard let scalar = node.scalar else {
            report(
                .wrongType, at: node, "`\(key)` must be one word, not \(Fields.kind(of: node))",
                hint: "Use one of \(W.allowedWords).")
            return nil
        }
        guard let word = W(word: scalar.string) else {
            let suggestion = Suggestion.closest(
                to: scalar.string.trimmingCharacters(in: .whitespaces),
                among: W.allCases.map(\.rawValue))
            report(
                .unknownWord, at: node, "`\(scalar.string)` is not a valid `\(key)`",
                hint: (suggestion.map { "Did you mean `\($0)`? " } ?? "") + "Use one of \(W.allowedWords).")
            return nil
        }
        return word
    }

    func figure(_ key: String, required: Bool = false) -> Figure? {
        guard let node = value(key, required: required, example: "65") else { return nil }
        return figure(node, name: "`\(key)`")
    }

    func figure(_ node: Node, name: String) -> Figure? {
        guard let scalar = node.scalar, let figure = Figure(text: scalar.string) else {
            let shown = node.scalar.map { "`\($0.string)`" } ?? Fields.kind(of: node)
            report(
                .wrongType, at: node, "\(name) must be a number, not \(shown)",
                hint: "Write digits only, e.g. 65 or 89.19 or -0.16: no %, £ or commas"
                    + (name == "`value`" ? " (put formatted text in `display`)." : "."))
            return nil
        }
        return figure
    }

    func integer(_ key: String) -> Int? {
        guard let node = value(key) else { return nil }
        guard let scalar = node.scalar, let number = Int(scalar.string.trimmingCharacters(in: .whitespaces)) else {
            report(
                .wrongType, at: node, "`\(key)` must be a whole number",
                hint: "Write digits only, e.g. `\(key): 3`.")
            return nil
        }
        return number
    }

    func bool(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        switch node.scalar?.string.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            report(.wrongType, at: node, "`\(key)` must be `true` or `false`", hint: "For example `\(key): true`.")
            return nil
        }
    }

    func date(_ key: String) -> CalendarDate? {
        guard let node = value(key) else { return nil }
        let text = node.scalar?.string.trimmingCharacters(in: .whitespaces) ?? ""
        guard let date = CalendarDate(iso: text) else {
            let shape =
                text.count == 10
                && text.enumerated().allSatisfy {
                    $0.offset == 4 || $0.offset == 7 ? $0.element == "-" : $0.element.isNumber
                }
            report(
                .invalidDate, at: node,
                shape ? "`\(text)` is not a day in the calendar" : "`\(key)` must be a date written yyyy-mm-dd",
                hint: "For example `\(key): 2019-09-30`.")
            return nil
        }
        return date
    }

    func textList(_ key: String) -> [(String, TextPosition)] {
        guard let node = value(key) else { return [] }
        if let scalar = node.scalar { return [(scalar.string, position(of: node))] }
        guard let sequence = node.sequence else {
            report(
                .wrongType, at: node, "`\(key)` must be a list",
                hint: "Write one item per line, each starting with `- `.")
            return []
        }
        var items: [(String, TextPosition)] = []
        for item in sequence {
            guard let scalar = item.scalar else {
                report(
                    .wrongType, at: item, "each item of `\(key)` must be text", hint: "Write `- name` on its own line.")
                continue
            }
            let text = scalar.string.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { items.append((text, position(of: item))) }
        }
        return items
    }

    /// A `name: value` mapping, e.g. `targets` or `comparators`, in file order.
    func entries(_ key: String) -> [(name: String, value: Node, position: TextPosition)] {
        guard let node = value(key) else { return [] }
        guard let mapping = node.mapping else {
            report(
                .wrongType, at: node, "`\(key)` must be `name: value` lines",
                hint: "Indent each entry under `\(key):` on its own line, e.g. `  England: 72`.")
            return []
        }
        return mapping.map { (($0.key.scalar?.string ?? ""), $0.value, position(of: $0.key)) }
    }

    /// A nested mapping such as `licence:` read with its own fields.
    func nested(_ key: String) -> Fields? {
        guard let node = value(key) else { return nil }
        guard node.mapping != nil else {
            report(
                .wrongType, at: node, "`\(key)` must be indented `name: value` lines",
                hint: "Put each of its keys on its own line, indented under `\(key):`.")
            return nil
        }
        return Fields(node: node, firstLine: firstLine, path: path, prefix: key + ".")
    }

    private var prefix = ""
    private convenience init(node: Node, firstLine: Int, path: String, prefix: String) {
        self.init(node: node, firstLine: firstLine, path: path)
        self.prefix = prefix
    }

    // MARK: Finishing

    /// Reports every key that was not read, suggesting the nearest allowed one.
    func finish(allowed: [String]) {
        for name in keyOrder where !read.contains(name) {
            guard let entry = entries[name] else { continue }
            let suggestion = Suggestion.closest(to: name, among: allowed)
            let list = allowed.map { "`\($0)`" }.joined(separator: ", ")
            let hint =
                allowed.isEmpty
                ? "This file takes no front-matter keys: delete the key, or the whole `---` block, and write the text below."
                : suggestion.map { "Did you mean `\($0)`? Allowed keys: \(list)." } ?? "Allowed keys: \(list)."
            report(.unknownKey, at: entry.key, "unknown key `\(prefix)\(name)`", hint: hint)
        }
    }

    /// Merges a nested reader's problems into this one.
    func absorb(_ other: Fields) { diagnostics += other.diagnostics }

    func report(_ code: DiagnosticCode, at node: Node, _ message: String, hint: String?) {
        diagnostics.append(
            Diagnostic(path: path, position: position(of: node), code: code, message: message, hint: hint))
    }

    func report(_ code: DiagnosticCode, at position: TextPosition, _ message: String, hint: String?) {
        diagnostics.append(Diagnostic(path: path, position: position, code: code, message: message, hint: hint))
    }

    // MARK: Private

    /// The value for a key, marking it read; a YAML null counts as absent.
    private func value(_ key: String, required: Bool = false, example: String = "…") -> Node? {
        read.insert(key)
        if let entry = entries[key],
            !(entry.value.scalar.map { $0.style == .plain && Fields.isNull($0.string) } ?? false)
        {
            return entry.value
        }
        if required, !rootIsInvalid {
            let at = entries[key].map { position(of: $0.key) } ?? TextPosition(line: max(1, firstLine - 1), column: 1)
            report(
                .missingField, at: at, "missing required key `\(prefix)\(key)`",
                hint: "Add a line `\(key): \(example)`.")
        }
        return nil
    }

    private static func isNull(_ text: String) -> Bool {
        ["", "~", "null", "Null", "NULL"].contains(text)
    }

    static func kind(of node: Node) -> String {
        switch node {
        case .mapping: "a set of `key: value` lines"
        case .sequence: "a list"
        case .scalar(let scalar): "`\(scalar.string)`"
        case .alias: "an alias"
        }
    }
}
