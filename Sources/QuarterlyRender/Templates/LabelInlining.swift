import QuarterlyModel

/// Writes each `{{t.…}}` label into a template's text before it is parsed for rendering,
/// so a page's labels cost nothing per page. A label is the same in every context of a
/// page of one language (every context answers `t` with the language's labels), and it
/// was a third of the template lookups, each walking the context stack. Given `siteWide`,
/// the layout's fields that are the same on every page (`SiteShell`) are written in too,
/// but only outside every section: there the context is the page's alone, and no page
/// declares a name of the layout's (a test checks).
///
/// The rendered page is unchanged: only plain variable tags (`{{t.a.b}}`, `{{{t.a.b}}}`,
/// `{{& t.a.b}}`) naming a label are replaced, by the text Mustache would write. A label
/// with a brace or a line break, or with nothing but spaces, is left as a tag: it could
/// make a tag or change which tags stand alone on their line. A template that changes its
/// delimiters is left whole.
package enum LabelInlining {
    /// The text with the catalogue's labels written in.
    package static func inline(_ text: String, catalogue: Catalogue, siteWide: ((String) -> String?)? = nil) -> String {
        inline(text, strings: TemplateStrings(catalogue), siteWide: siteWide)
    }

    static func inline(_ text: String, strings: TemplateStrings, siteWide: ((String) -> String?)? = nil) -> String {
        let bytes = Array(text.utf8)
        guard bytes.count >= 4, !text.contains("{{="), !text.contains("{{%"), siteWide != nil || text.contains("t.")
        else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        var copied = 0
        // The tags that a `{{/…}}` closes, and how many of them are sections (`#`, `^`).
        var open: [Bool] = []
        var sections = 0
        while let start = find(bytes, "{{", from: index) {
            let kind = start + 2 < bytes.count ? bytes[start + 2] : 0
            let triple = kind == UInt8(ascii: "{")
            let closing: [UInt8] = triple ? Array("}}}".utf8) : Array("}}".utf8)
            guard let close = find(bytes, closing, from: start + 2) else { break }
            index = close + closing.count
            switch kind {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                open.append(true)
                sections += 1
                continue
            case UInt8(ascii: "$"), UInt8(ascii: "<"):
                open.append(false)
                continue
            case UInt8(ascii: "/"):
                if open.popLast() == true { sections -= 1 }
                continue
            case UInt8(ascii: "!"), UInt8(ascii: ">"):
                continue
            default:
                break
            }
            let raw = triple || kind == UInt8(ascii: "&")
            let nameStart = start + 2 + (raw ? 1 : 0)
            guard nameStart <= close else { continue }
            let name = String(decoding: bytes[nameStart..<close], as: UTF8.self).trimmingSpaces()
            guard let words = label(name, in: strings) ?? (sections == 0 ? siteWide?(name).flatMap(insertable) : nil)
            else { continue }
            out.append(contentsOf: bytes[copied..<start])
            out.append(contentsOf: (raw ? words : HTMLText.escape(words)).utf8)
            copied = index
        }
        guard copied > 0 else { return text }
        out.append(contentsOf: bytes[copied...])
        return String(decoding: out, as: UTF8.self)
    }

    /// The label a tag's name gives, when it can be written in its place.
    private static func label(_ path: String, in strings: TemplateStrings) -> String? {
        guard path.hasPrefix("t."), !path.hasSuffix(".") else { return nil }
        var node: Any = strings
        for part in path.dropFirst(2).split(separator: ".", omittingEmptySubsequences: false) {
            guard !part.isEmpty, let parent = node as? TemplateStrings, let child = parent.child(named: String(part))
            else { return nil }
            node = child
        }
        return (node as? String).flatMap(insertable)
    }

    /// Text that can stand in a tag's place: not blank, and with no brace or line break.
    private static func insertable(_ words: String) -> String? {
        guard words.utf8.contains(where: { $0 != 0x20 && $0 != 0x09 }),
            !words.utf8.contains(where: { $0 == 0x7B || $0 == 0x7D || $0 == 0x0A || $0 == 0x0D })
        else { return nil }
        return words
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
