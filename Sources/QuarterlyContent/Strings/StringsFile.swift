import QuarterlyModel

/// A strings file (`templates/strings/en.yml`): the words a reader sees, as nested
/// `key: words` lines read as dotted keys (`rag: {red: Red}` is `rag.red`). A map whose
/// keys are plural categories (`one:`, `other:`…) is one string's plural forms.
///
/// A site's own file is laid over the built-in one of its language key by key, and is
/// checked against it: every key must be one Quarterly shows, and every `{placeholder}`
/// one Quarterly fills for that key.
package enum StringsFile {
    package struct Read: Sendable {
        package let entries: [String: Catalogue.Entry]
        package let diagnostics: [Diagnostic]
    }

    /// The entries of one file. `known`, when given, holds the built-in entries the file
    /// may override (a site's file); the built-in file itself has none.
    package static func read(_ text: String, path: String, language: String, known: Catalogue? = nil) -> Read {
        var problems: [Diagnostic] = []
        func problem(_ position: TextPosition, _ code: DiagnosticCode, _ message: String, _ hint: String) {
            problems.append(Diagnostic(path: path, position: position, code: code, message: message, hint: hint))
        }
        let document: ParsedValue?
        switch YAMLParser.parse(text, firstLine: 1, path: path) {
        case .failure(let failure): return Read(entries: [:], diagnostics: [failure])
        case .success(let node): document = node.map { ParsedValue($0, firstLine: 1) }
        }
        guard let document, !document.isNull else { return Read(entries: [:], diagnostics: []) }
        guard case .map(let top, _) = document else {
            problem(document.position, .invalidStrings, "a strings file is `key: words` lines", example)
            return Read(entries: [:], diagnostics: problems)
        }
        let used = PluralCategory.used(by: language)
        var entries: [String: Catalogue.Entry] = [:]
        var positions: [String: TextPosition] = [:]

        func visit(_ lines: [ParsedEntry], prefix: String) {
            for line in lines {
                let key = prefix + line.key
                switch line.value {
                case .text(let words, let isNull, let position):
                    guard !isNull else {
                        problem(
                            position, .invalidStrings, "`\(key)` has no words",
                            "Write the words after `\(line.key):`, or remove the line to keep Quarterly's.")
                        continue
                    }
                    entries[key] = .text(MessagePattern(words))
                    positions[key] = line.keyPosition
                case .list(_, let position):
                    problem(position, .invalidStrings, "`\(key)` is a list, not words", example)
                case .map(let inner, _):
                    let categories = inner.map { PluralCategory(rawValue: $0.key) }
                    guard !inner.isEmpty, categories.allSatisfy({ $0 != nil }) else {
                        visit(inner, prefix: key + ".")
                        continue
                    }
                    var forms: [PluralCategory: MessagePattern] = [:]
                    for (form, category) in zip(inner, categories.map { $0! }) {
                        guard let words = form.value.text, !form.value.isNull else {
                            problem(
                                form.value.position, .invalidStrings, "the `\(form.key)` form of `\(key)` is not words",
                                example)
                            continue
                        }
                        if !used.contains(category) {
                            problem(
                                form.keyPosition, .invalidStrings,
                                "`\(language)` has no `\(category.rawValue)` plural form",
                                "Its forms are "
                                    + PluralCategory.allCases.filter(used.contains).map { "`\($0.rawValue)`" }.joined(
                                        separator: ", ") + ".")
                        }
                        forms[category] = MessagePattern(words)
                    }
                    if forms[.other] == nil {
                        problem(
                            line.keyPosition, .invalidStrings, "the plural forms of `\(key)` have no `other`",
                            "Add `other:`, the form for every number the others do not name.")
                    }
                    entries[key] = .plural(forms)
                    positions[key] = line.keyPosition
                }
            }
        }
        visit(top, prefix: "")

        if let known {
            for key in entries.keys.sorted() {
                let position = positions[key] ?? .start
                guard let builtin = known.entry(key) else {
                    problem(
                        position, .unknownString, "`\(key)` is not a string Quarterly shows",
                        (Suggestion.closest(to: key, among: known.keys).map { "Did you mean `\($0)`? " } ?? "")
                            + "`quarterly templates eject strings/\(LanguageCode.primary(language)).yml` writes every string with its key."
                    )
                    entries[key] = nil
                    continue
                }
                let allowed = builtin.patterns.reduce(into: Set<String>()) { $0.formUnion($1.placeholders) }
                let unknown = entries[key]!.patterns.reduce(into: Set<String>()) { $0.formUnion($1.placeholders) }
                    .subtracting(allowed)
                if !unknown.isEmpty {
                    problem(
                        position, .invalidStrings,
                        "`\(key)` uses " + unknown.sorted().map { "`{\($0)}`" }.joined(separator: ", ")
                            + ", which Quarterly does not fill in there",
                        allowed.isEmpty
                            ? "This string has no placeholders."
                            : "Its placeholders are " + allowed.sorted().map { "`{\($0)}`" }.joined(separator: ", ")
                                + ".")
                    entries[key] = nil
                }
            }
        }
        return Read(entries: entries, diagnostics: problems)
    }

    private static let example =
        "Write each string as `key: words`, grouped under headings, e.g. `rag:` then `  red: Red` on the next line."
}
