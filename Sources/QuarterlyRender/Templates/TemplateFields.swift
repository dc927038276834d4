import QuarterlyModel

/// Finds tags that name a field no page provides, e.g. `{{titel}}` for `{{title}}`.
///
/// Mustache renders an unknown name as nothing, so a typo in an edited template would
/// silently blank part of every page; this check turns it into an error with the
/// template's file, line and column. The names pages provide are listed in
/// `TemplateVocabulary` (a test keeps that list equal to what the pages really hold).
enum TemplateFields {
    struct Use: Equatable {
        enum Kind { case field, partial }
        let name: String
        var kind: Kind = .field
        let position: TextPosition
    }

    /// Every field name a template's tags look up, with where each tag starts.
    /// Templates that change the delimiters (`{{=<% %>=}}`) are not scanned.
    static func uses(in text: String) -> [Use] {
        guard !text.contains("{{=") else { return [] }
        var uses: [Use] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var line = 1
        var column = 1
        func advance(_ count: Int) {
            for _ in 0..<count where index < scalars.count {
                if scalars[index] == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += 1
            }
        }
        while index + 1 < scalars.count {
            guard scalars[index] == "{", scalars[index + 1] == "{" else {
                advance(1)
                continue
            }
            let start = TextPosition(line: line, column: column)
            advance(2)
            var tag = ""
            while index + 1 < scalars.count, !(scalars[index] == "}" && scalars[index + 1] == "}") {
                tag.unicodeScalars.append(scalars[index])
                advance(1)
            }
            advance(2)
            if let partial = partialName(inTag: tag) {
                uses.append(Use(name: partial, kind: .partial, position: start))
            } else {
                uses += names(inTag: tag).map { Use(name: $0, position: start) }
            }
        }
        return uses
    }

    /// `partials/rag` for `{{> partials/rag}}`, `layout` for `{{<layout}}`.
    static func partialName(inTag tag: String) -> String? {
        let trimmed = tag.trimmingCharacters(in: .whitespaces)
        guard let sigil = trimmed.first, sigil == ">" || sigil == "<" else { return nil }
        return trimmed.dropFirst().trimmingCharacters(in: .whitespaces)
    }

    /// The field names one tag's text refers to (none for comments, partials and blocks).
    static func names(inTag raw: String) -> [String] {
        var tag = Substring(raw)
        if tag.hasPrefix("{") { tag = tag.dropFirst() }  // {{{name}}}
        if tag.hasSuffix("}") { tag = tag.dropLast() }
        tag = Substring(tag.trimmingCharacters(in: .whitespaces))
        guard let sigil = tag.first else { return [] }
        switch sigil {
        // Comments, partials, parents, blocks, delimiters; a closing tag repeats its opening tag's name.
        case "!", ">", "<", "$", "=", "/": return []
        case "#", "^", "&": tag = Substring(tag.dropFirst().trimmingCharacters(in: .whitespaces))
        default: break
        }
        // `transform(name)`: the transform is the library's; the argument is ours.
        if let open = tag.firstIndex(of: "("), let close = tag.lastIndex(of: ")"), open < close {
            tag = Substring(tag[tag.index(after: open)..<close].trimmingCharacters(in: .whitespaces))
        }
        guard !tag.isEmpty, tag != "." else { return [] }
        return tag.split(separator: ".").map(String.init)
    }

    /// Errors for every name no page provides and every partial that does not exist
    /// (Mustache would render both as nothing).
    static func check(_ source: TemplateSource, vocabulary: Set<String>, templates: Set<String>) -> [Diagnostic] {
        let uses = uses(in: source.text)
        let partials = uses.filter { $0.kind == .partial && !templates.contains($0.name) }.map { use in
            Diagnostic(
                path: source.displayPath, position: use.position, code: .missingTemplate,
                message: "the partial `\(use.name)` does not exist",
                hint: (Suggestion.closest(to: use.name, among: templates.sorted()).map { "Did you mean `\($0)`? " }
                    ?? "")
                    + "Partials are named by their path under templates/ without .mustache, e.g. `{{> partials/rag}}`.")
        }
        return partials
            + uses.filter { $0.kind == .field && !vocabulary.contains($0.name) }.map { use in
                let suggestion = Suggestion.closest(to: use.name, among: vocabulary.sorted())
                return Diagnostic(
                    path: source.displayPath, position: use.position, code: .unknownTemplateField,
                    message: "`\(use.name)` is not a field any page provides, so it would always render empty",
                    hint: (suggestion.map { "Did you mean `\($0)`? " } ?? "")
                        + "Check the spelling against the fields listed in docs/templates.md.")
            }
    }
}
