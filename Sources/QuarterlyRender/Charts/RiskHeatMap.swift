import QuarterlyModel

/// The 5×5 risk heat map: likelihood across, impact up. Each cell is shaded by its
/// rating band and says, in text, its band, how many risks sit there and their refs.
public struct RiskHeatMap: Sendable {
    public struct Cell: Sendable {
        public let likelihood: Int
        public let impact: Int
        public let band: String
        /// 0 (lowest band) upwards, for the shading class.
        public let bandIndex: Int
        public let refs: [String]
        public init(likelihood: Int, impact: Int, band: String, bandIndex: Int, refs: [String]) {
            self.likelihood = likelihood
            self.impact = impact
            self.band = band
            self.bandIndex = bandIndex
            self.refs = refs
        }
    }

    public var id: String
    public var title: String
    public var description: String
    public var likelihoodWords: [String]
    public var impactWords: [String]
    /// 25 cells.
    public var cells: [Cell]
    /// The size it is drawn at. On a phone each cell gives its score and how many risks
    /// sit there, and the axes their numbers: the table under the map names them.
    public var layout: ChartLayout = .wide
    /// The words of its labels.
    public var words: Catalogue

    public init(
        id: String, title: String, description: String, likelihoodWords: [String], impactWords: [String], cells: [Cell],
        words: Catalogue
    ) {
        self.words = words
        self.id = id
        self.title = title
        self.description = description
        self.likelihoodWords = likelihoodWords
        self.impactWords = impactWords
        self.cells = cells
    }

    static let top = 28.0
    var left: Double { layout.isPhone ? 28 : 120 }
    var cellWidth: Double { layout.isPhone ? (layout.width - left - 4) / 5 : 104 }
    var cellHeight: Double { layout.isPhone ? 52 : 64 }

    public var svg: SVG {
        let id = layout.id(self.id)
        let (left, cellWidth, cellHeight) = (self.left, self.cellWidth, self.cellHeight)
        let bottom = Self.top + 5 * cellHeight
        var body: [SVG] = []
        for cell in cells {
            let x = left + Double(cell.likelihood - 1) * cellWidth
            let y = Self.top + Double(5 - cell.impact) * cellHeight
            body.append(
                .el(
                    "rect",
                    [
                        ("class", "heat heat-\(cell.bandIndex)"), ("x", coordinate(x)), ("y", coordinate(y)),
                        ("width", coordinate(cellWidth)), ("height", coordinate(cellHeight)),
                    ]))
            if layout.isPhone {
                body.append(
                    .el(
                        "text", [("class", "heat-band"), ("x", coordinate(x + 5)), ("y", coordinate(y + 17))],
                        [.text(String(cell.likelihood * cell.impact))]))
                if !cell.refs.isEmpty {
                    body.append(
                        .el(
                            "text", [("class", "heat-count"), ("x", coordinate(x + 5)), ("y", coordinate(y + 40))],
                            [.text(String(cell.refs.count))]))
                }
                continue
            }
            body.append(
                .el(
                    "text", [("class", "heat-band"), ("x", coordinate(x + 6)), ("y", coordinate(y + 16))],
                    [
                        .text(
                            words.text(
                                "chart.heatMapCell",
                                ["band": .text(cell.band), "score": .text(String(cell.likelihood * cell.impact))]))
                    ]))
            if !cell.refs.isEmpty {
                let refs =
                    cell.refs.count > 3
                    ? cell.refs.prefix(2).joined(separator: ", ") + " +\(cell.refs.count - 2)"
                    : cell.refs.joined(separator: ", ")
                body.append(
                    .el(
                        "text", [("class", "heat-count"), ("x", coordinate(x + 6)), ("y", coordinate(y + 36))],
                        [.text(words.text("chart.riskCount", ["count": .count(cell.refs.count)]))]))
                body.append(
                    .el(
                        "text", [("class", "heat-refs"), ("x", coordinate(x + 6)), ("y", coordinate(y + 54))],
                        [.text(refs)]))
            }
        }
        for (index, word) in likelihoodWords.prefix(5).enumerated() {
            body.append(
                .el(
                    "text",
                    [
                        ("class", "tick"), ("x", coordinate(left + (Double(index) + 0.5) * cellWidth)),
                        ("y", coordinate(bottom + 20)), ("text-anchor", "middle"),
                    ], [.text(layout.isPhone ? "\(index + 1)" : "\(index + 1) \(word)")]))
        }
        for (index, word) in impactWords.prefix(5).enumerated() {
            body.append(
                .el(
                    "text",
                    [
                        ("class", "tick"), ("x", coordinate(left - 8)),
                        ("y", coordinate(Self.top + (4.5 - Double(index)) * cellHeight + 5)),
                        ("text-anchor", "end"),
                    ],
                    [.text(layout.isPhone ? "\(index + 1)" : "\(index + 1) \(word)")]))
        }
        body.append(
            .el(
                "text",
                [
                    ("class", "axis-title"), ("x", coordinate(left + 2.5 * cellWidth)),
                    ("y", coordinate(bottom + 44)),
                    ("text-anchor", "middle"),
                ], [.text(words[layout.isPhone ? "chart.likelihoodArrow" : "chart.likelihood"])]))
        body.append(
            .el(
                "text",
                layout.isPhone
                    ? [("class", "axis-title"), ("x", "0"), ("y", "18")]
                    : [("class", "axis-title"), ("x", coordinate(left - 8)), ("y", "18"), ("text-anchor", "end")],
                [.text(words[layout.isPhone ? "chart.impactArrow" : "chart.impact"])]))
        if layout.isPhone {
            body.append(
                .el(
                    "text", [("class", "axis-note"), ("x", "0"), ("y", coordinate(bottom + 68))],
                    [
                        .el("tspan", [("x", "0")], [.text(words["chart.heatMapNote1"])]),
                        .el("tspan", [("x", "0"), ("dy", "17")], [.text(words["chart.heatMapNote2"])]),
                    ]))
        }
        return .chart(
            class: "heat-map" + layout.cssClass, width: layout.isPhone ? layout.width : left + 5 * cellWidth + 10,
            height: bottom + (layout.isPhone ? 92 : 54), id: id, title: title,
            description: description, body: body)
    }
}
