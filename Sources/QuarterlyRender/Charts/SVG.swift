/// A tiny SVG tree: charts are built as values and written once, so escaping and
/// number formatting live in one place instead of string concatenation everywhere.
public indirect enum SVG: Sendable, Equatable {
    case element(String, [(String, String)], [SVG])
    case text(String)

    public static func == (a: SVG, b: SVG) -> Bool { a.markup == b.markup }

    public static func el(_ name: String, _ attributes: [(String, String)] = [], _ children: [SVG] = []) -> SVG {
        .element(name, attributes, children)
    }

    /// The root of every chart: an image to assistive technology, named by its
    /// `<title>` and described by its `<desc>`, scaling to any width through its viewBox.
    static func chart(
        class name: String, width: Double, height: Double, id: String, title: String,
        description: String, body: [SVG]
    ) -> SVG {
        .el(
            "svg",
            [
                ("class", "chart " + name), ("viewBox", "0 0 \(coordinate(width)) \(coordinate(height))"),
                ("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc"),
            ],
            [
                .el("title", [("id", "\(id)-title")], [.text(title)]),
                .el("desc", [("id", "\(id)-desc")], [.text(description)]),
            ] + body)
    }

    public var markup: String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch self {
        case .text(let text):
            out += SVG.escape(text)
        case .element(let name, let attributes, let children):
            // Appended piece by piece: an interpolated string per attribute was a temporary each.
            out += "<"
            out += name
            for (key, value) in attributes {
                out += " "
                out += key
                out += "=\""
                out += SVG.escape(value)
                out += "\""
            }
            if children.isEmpty {
                out += "/>"
            } else {
                out += ">"
                for child in children { child.write(to: &out) }
                out += "</"
                out += name
                out += ">"
            }
        }
    }

    /// Text made safe inside XML or HTML, in content and in quoted attributes.
    public static func escape(_ text: String) -> String {
        HTMLText.escape(text, apostrophes: false)
    }
}

/// Coordinates to one decimal place: enough for a 600-unit viewBox, and stable output.
func coordinate(_ value: Double) -> String {
    let tenths = (value * 10).rounded()
    let whole = tenths / 10
    if tenths.truncatingRemainder(dividingBy: 10) == 0 { return String(Int(whole)) }
    return String(whole)
}
