import QuarterlyModel

/// Writes each `{{t.…}}` label into a template's text before it is parsed for rendering,
/// so a page's labels cost nothing per page. A label is the same in every context of a
/// page of one language (every context answers `t` with the language's labels), and it
/// was a third of the template lookups, each walking the context stack.
///
/// The rendered page is unchanged: only plain variable tags (`{{t.a.b}}`, `{{{t.a.b}}}`,
/// `{{& t.a.b}}`) naming a label are replaced, by the text Mustache would write. A label
/// with a brace or a line break, or with nothing but spaces, is left as a tag: it could
/// make a tag or change which tags stand alone on their line. A template that changes its
/// delimiters is left whole.
package enum LabelInlining {
    /// The text with the catalogue's labels written in.
    package static func inline(_ text: String, catalogue: Catalogue) -> String {
        inline(text, strings: TemplateStrings(catalogue))
    }

    static func inline(_ text: String, strings: TemplateStrings) -> String {
        let bytes = Array(text.utf8)
        guard bytes.count >= 4, !text.contains("{{="), !text.contains("{{%"), text.contains("t.") else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        var copied = 0
        while let open = find(bytes, "{{", from: index) {
            let kind = open + 2 < bytes.count ? bytes[open + 2] : 0
            let triple = kind == UInt8(ascii: "{")
            let closing: [UInt8] = triple ? Array("}}}".utf8) : Array("}}".utf8)
            guard let close = find(bytes, closing, from: open + 2) else { break }
            index = close + closing.count
            let nameStart = open + 2 + (triple || kind == UInt8(ascii: "&") ? 1 : 0)
            guard triple || kind == UInt8(ascii: "&") || isNameStart(kind), nameStart <= close,
                let words = label(String(decoding: bytes[nameStart..<close], as: UTF8.self), in: strings)
            else { continue }
            out.append(contentsOf: bytes[copied..<open])
            out.append(contentsOf: (triple || kind == UInt8(ascii: "&") ? words : HTMLText.escape(words)).utf8)
            copied = index
        }
        guard copied > 0 else { return text }
        out.append(contentsOf: bytes[copied...])
        return String(decoding: out, as: UTF8.self)
    }

    /// The label a tag's name gives, when it can be written in its place.
    private static func label(_ name: String, in strings: TemplateStrings) -> String? {
        let path = name.trimmingSpaces()
        guard path.hasPrefix("t."), !path.hasSuffix(".") else { return nil }
        var node: Any = strings
        for part in path.dropFirst(2).split(separator: ".", omittingEmptySubsequences: false) {
            guard !part.isEmpty, let parent = node as? TemplateStrings, let child = parent.child(named: String(part))
            else { return nil }
            node = child
        }
        guard let words = node as? String,
            words.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 }),
            !words.utf8.contains(where: { $0 == 0x7B || $0 == 0x7D || $0 == 0x0A || $0 == 0x0D })
        else { return nil }
        return words
    }

    /// A variable tag's name starts here; other tags start with a sigil (`#`, `^`, `/`,
    /// `!`, `>`, `<`, `$`, `%`, `=`).
    private static func isNameStart(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: "t")
    }

    private static func find(_ bytes: [UInt8], _ needle: String, from start: Int) -> Int? {
        find(bytes, Array(needle.utf8), from: start)
    }

    private static func find(_ bytes: [UInt8], _ needle: [UInt8], from start: Int) -> Int? {
        guard start <= bytes.count - needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0] && bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var view = Substring(self)
        while let first = view.first, first == " " || first == "\t" { view = view.dropFirst() }
        while let last = view.last, last == " " || last == "\t" { view = view.dropLast() }
        return String(view)
    }
}
