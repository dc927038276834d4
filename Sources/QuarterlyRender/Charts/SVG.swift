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
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Written as UTF-8 bytes: a `String` appended piece by piece checked its capacity,
    /// uniqueness and encoding at every piece, a twelfth of a real site's build.
    private func write(to out: inout [UInt8]) {
        switch self {
        case .text(let text):
            HTMLText.append(text, apostrophes: false, to: &out)
        case .element(let name, let attributes, let children):
            out.append(UInt8(ascii: "<"))
            out.append(contentsOf: name.utf8)
            for (key, value) in attributes {
                out.append(UInt8(ascii: " "))
                out.append(contentsOf: key.utf8)
                out.append(UInt8(ascii: "="))
                out.append(UInt8(ascii: "\""))
                HTMLText.append(value, apostrophes: false, to: &out)
                out.append(UInt8(ascii: "\""))
            }
            if children.isEmpty {
                out.append(UInt8(ascii: "/"))
                out.append(UInt8(ascii: ">"))
            } else {
                out.append(UInt8(ascii: ">"))
                for child in children { child.write(to: &out) }
                out.append(UInt8(ascii: "<"))
                out.append(UInt8(ascii: "/"))
                out.append(contentsOf: name.utf8)
                out.append(UInt8(ascii: ">"))
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
