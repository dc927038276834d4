import QuarterlyModel

/// A Mustache tag as the field check reads it: what it does, the name it looks up (or
/// the template it includes), and where it starts.
package struct TemplateTag: Equatable {
    package enum Kind: Equatable {
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

    package let kind: Kind
    /// A field path (`outcome.title`, `.`) or a template name (`partials/rag`).
    package let name: String
    /// Whether a transform is applied (`empty(progress)`): the section then opens no context.
    package var transformed = false
    package let position: TextPosition

    package init(kind: Kind, name: String, transformed: Bool = false, position: TextPosition) {
        self.kind = kind
        self.name = name
        self.transformed = transformed
        self.position = position
    }

    /// Every tag of a template, in order. Nil for templates that change the delimiters
    /// (`{{=<% %>=}}`), which are not scanned.
    package static func scan(_ text: String) -> [TemplateTag]? {
        guard !text.contains("{{=") else { return nil }
        var tags: [TemplateTag] = []
        let bytes = Array(text.utf8)
        var index = 0
        var line = 1
        var column = 1
        /// Moves to `end`, counting lines, and columns in Unicode scalars (UTF-8 lead bytes).
        func advance(to end: Int) {
            while index < end {
                if bytes[index] == 0x0A {
                    line += 1
                    column = 1
                } else if bytes[index] & 0xC0 != 0x80 {
                    column += 1
                }
                index += 1
            }
        }
        let brace = UInt8(ascii: "{")
        let close = UInt8(ascii: "}")
        while index + 1 < bytes.count {
            guard bytes[index] == brace, bytes[index + 1] == brace else {
                advance(to: index + 1)
                continue
            }
            let start = TextPosition(line: line, column: column)
            var end = index + 2
            while end + 1 < bytes.count, !(bytes[end] == close && bytes[end + 1] == close) { end += 1 }
            let body = String(decoding: bytes[(index + 2)..<min(end, bytes.count)], as: UTF8.self)
            advance(to: min(end + 2, bytes.count))
            if let parsed = parse(body, at: start) { tags.append(parsed) }
        }
        return tags
    }

    /// One tag's text, between `{{` and `}}`; nil for comments and pragmas.
    package static func parse(_ raw: String, at position: TextPosition) -> TemplateTag? {
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
