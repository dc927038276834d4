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

    public init(
        id: String, title: String, description: String, likelihoodWords: [String], impactWords: [String], cells: [Cell]
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.likelihoodWords = likelihoodWords
        self.impactWords = impactWords
        self.cells = cells
    }

    static let cellWidth = 104.0, cellHeight = 64.0, left = 120.0, top = 28.0

    public var svg: SVG {
        let bottom = Self.top + 5 * Self.cellHeight
        var body: [SVG] = []
        for cell in cells {
            let x = Self.left + Double(cell.likelihood - 1) * Self.cellWidth
            let y = Self.top + Double(5 - cell.impact) * Self.cellHeight
            body.append(
                .el(
                    "rect",
                    [
                        ("class", "heat heat-\(cell.bandIndex)"), ("x", coordinate(x)), ("y", coordinate(y)),
                        ("width", coordinate(Self.cellWidth)), ("height", coordinate(Self.cellHeight)),
                    ]))
            body.append(
                .el(
                    "text", [("class", "heat-band"), ("x", coordinate(x + 6)), ("y", coordinate(y + 16))],
                    [.text("\(cell.band) · \(cell.likelihood * cell.impact)")]))
            if !cell.refs.isEmpty {
                let refs =
                    cell.refs.count > 3
                    ? cell.refs.prefix(2).joined(separator: ", ") + " +\(cell.refs.count - 2)"
                    : cell.refs.joined(separator: ", ")
                body.append(
                    .el(
                        "text", [("class", "heat-count"), ("x", coordinate(x + 6)), ("y", coordinate(y + 36))],
                        [.text("\(cell.refs.count) risk\(cell.refs.count == 1 ? "" : "s")")]))
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
                        ("class", "tick"), ("x", coordinate(Self.left + (Double(index) + 0.5) * Self.cellWidth)),
                        ("y", coordinate(bottom + 20)), ("text-anchor", "middle"),
                    ], [.text("\(index + 1) \(word)")]))
        }
        for (index, word) in impactWords.prefix(5).enumerated() {
            body.append(
                .el(
                    "text",
                    [
                        ("class", "tick"), ("x", coordinate(Self.left - 8)),
                        ("y", coordinate(Self.top + (4.5 - Double(index)) * Self.cellHeight + 5)),
                        ("text-anchor", "end"),
                    ],
                    [.text("\(index + 1) \(word)")]))
        }
        body.append(
            .el(
                "text",
                [
                    ("class", "axis-title"), ("x", coordinate(Self.left + 2.5 * Self.cellWidth)),
                    ("y", coordinate(bottom + 44)),
                    ("text-anchor", "middle"),
                ], [.text("Likelihood")]))
        body.append(
            .el(
                "text",
                [("class", "axis-title"), ("x", coordinate(Self.left - 8)), ("y", "18"), ("text-anchor", "end")],
                [.text("Impact")]))
        return .chart(
            class: "heat-map", width: Self.left + 5 * Self.cellWidth + 10, height: bottom + 54, id: id, title: title,
            description: description, body: body)
    }
}
