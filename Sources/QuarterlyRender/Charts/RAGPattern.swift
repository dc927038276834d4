import QuarterlyModel

/// Fill patterns that tell RAG statuses apart without colour: under deuteranopia red,
/// amber and green can all look olive, so each status's bar segments also carry a texture
/// (Red diagonal hatching, Amber dots, Complete horizontal lines, Not rated vertical lines,
/// Green plain). The pattern is drawn in white over the segment's colour class, so a
/// council's colours still apply; the ids are prefixed by the chart's, unique on a page.
enum RAGPattern {
    /// The `<defs>` of a chart's patterns.
    static func definitions(chart id: String) -> SVG {
        let stroke: [(String, String)] = [("stroke", "#fff"), ("stroke-opacity", "0.6"), ("stroke-width", "2")]
        func pattern(_ status: RAGStatus?, _ shapes: [SVG]) -> SVG {
            .el(
                "pattern",
                [
                    ("id", patternID(status, chart: id)!), ("width", "8"), ("height", "8"),
                    ("patternUnits", "userSpaceOnUse"),
                ], shapes)
        }
        return .el(
            "defs", [],
            [
                pattern(.red, [.el("path", [("d", "M-2 2l4-4M0 8l8-8M6 10l4-4")] + stroke)]),
                pattern(
                    .amber,
                    [
                        .el(
                            "circle",
                            [("cx", "4"), ("cy", "4"), ("r", "1.6"), ("fill", "#fff"), ("fill-opacity", "0.7")])
                    ]
                ),
                pattern(.complete, [.el("path", [("d", "M0 4H8")] + stroke)]),
                pattern(nil, [.el("path", [("d", "M4 0V8")] + stroke)]),
            ])
    }

    /// The pattern's id for a status, or nil for Green, which is plain.
    static func patternID(_ status: RAGStatus?, chart id: String) -> String? {
        status == .green ? nil : "\(id)-pattern-\(status?.rawValue ?? "none")"
    }

    /// A segment: its colour (`bar bar-red` in the stylesheet), then its texture over it.
    static func segment(_ status: RAGStatus?, chart id: String, x: Double, y: Double, width: Double, height: Double)
        -> [SVG]
    {
        let frame = [
            ("x", coordinate(x)), ("y", coordinate(y)), ("width", coordinate(width)), ("height", coordinate(height)),
        ]
        let colour = SVG.el("rect", [("class", "bar bar-" + (status?.rawValue ?? "none"))] + frame)
        guard let pattern = patternID(status, chart: id) else { return [colour] }
        return [colour, .el("rect", [("class", "bar-pattern"), ("fill", "url(#\(pattern))")] + frame)]
    }
}
