import QuarterlyModel

/// The RAG shapes drawn in charts, matching the RAG tags in text: a square for Red, a
/// triangle for Amber, a circle for Green, a tick for Complete and a bar for no rating.
/// Colours come from the stylesheet (`.mark-red` …) so a council restyles them in one place.
enum RAGMark {
    static func shape(_ rag: RAGStatus?, x: Double, y: Double, size: Double = 12) -> SVG {
        let h = size / 2
        let cls = "mark mark-" + (rag?.rawValue ?? "none")
        switch rag {
        case .red:
            return .el(
                "rect",
                [
                    ("class", cls), ("x", coordinate(x - h * 0.85)), ("y", coordinate(y - h * 0.85)),
                    ("width", coordinate(size * 0.85)), ("height", coordinate(size * 0.85)),
                ])
        case .amber:
            let points = [(x, y - h * 1.05), (x + h * 1.05, y + h * 0.85), (x - h * 1.05, y + h * 0.85)]
            return .el(
                "polygon",
                [
                    ("class", cls),
                    ("points", points.map { coordinate($0.0) + "," + coordinate($0.1) }.joined(separator: " ")),
                ])
        case .green:
            return .el(
                "circle", [("class", cls), ("cx", coordinate(x)), ("cy", coordinate(y)), ("r", coordinate(h * 0.9))])
        case .complete:
            return .el(
                "path",
                [
                    ("class", cls + " mark-stroke"),
                    (
                        "d",
                        "M\(coordinate(x - h)) \(coordinate(y)) l\(coordinate(h * 0.7)) \(coordinate(h * 0.7)) l\(coordinate(h * 1.3)) \(coordinate(-h * 1.4))"
                    ),
                ])
        case nil:
            return .el(
                "rect",
                [
                    ("class", cls), ("x", coordinate(x - h * 0.8)), ("y", coordinate(y - h * 0.25)),
                    ("width", coordinate(size * 0.8)), ("height", coordinate(h * 0.5)),
                ])
        }
    }
}
