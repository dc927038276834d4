import QuarterlyModel

/// A Mustache tag as the field check reads it: what it does, the name it looks up (or
/// the template it includes), and where it starts.
struct TemplateTag: Equatable {
    enum Kind: Equatable {
        /// `{{name}}`, `{{{name}}}`, `{{&name}}`.
        case variable
        /// `{{#name}}`: opens the named value's context, if it has one.
        case section
        /// `{{^name}}`: rendered when the value is missing, false or empty.
        case invertedSection
        /// `{{$name}}`: a block of a parent template, or a parent's default.
        case block
        /// `{{/name}}`.
        case close
        /// `{{> name}}`.
        case partial
        /// `{{<name}}`: a parent template (the layout), rendered with this context.
        case parent
    }

    let kind: Kind
    /// A field path (`outcome.title`, `.`) or a template name (`partials/rag`).
    let name: String
    /// Whether a transform is applied (`empty(progress)`): the section then opens no context.
    var transformed = false
    let position: TextPosition

    /// Every tag of a template, in order. Nil for templates that change the delimiters
    /// (`{{=<% %>=}}`), which are not scanned.
    static func scan(_ text: String) -> [TemplateTag]? {
        guard !text.contains("{{=") else { return nil }
        var tags: [TemplateTag] = []
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
            if let parsed = parse(tag, at: start) { tags.append(parsed) }
        }
        return tags
    }

    /// One tag's text, between `{{` and `}}`; nil for comments and pragmas.
    static func parse(_ raw: String, at position: TextPosition) -> TemplateTag? {
        var tag = Substring(raw)
        if tag.hasPrefix("{") { tag = tag.dropFirst() }  // {{{name}}}
        if tag.hasSuffix("}") { tag = tag.dropLast() }
        tag = Substring(tag.trimmingCharacters(in: .whitespaces))
        guard let sigil = tag.first else { return nil }
        let kind: Kind
        switch sigil {
        case "!", "%", "=": return nil
        case "#": kind = .section
        case "^": kind = .invertedSection
        case "$": kind = .block
        case "/": kind = .close
        case ">": kind = .partial
        case "<": kind = .parent
        case "&": kind = .variable
        default: return TemplateTag(kind: .variable, name: String(tag), position: position)
        }
        var name = Substring(tag.dropFirst().trimmingCharacters(in: .whitespaces))
        var transformed = false
        // `transform(name)`: the transform is the library's; the argument is ours.
        if kind != .partial, kind != .parent, let open = name.firstIndex(of: "("), let close = name.lastIndex(of: ")"),
            open < close
        {
            name = Substring(name[name.index(after: open)..<close].trimmingCharacters(in: .whitespaces))
            transformed = true
        }
        return TemplateTag(kind: kind, name: String(name), transformed: transformed, position: position)
    }
}
