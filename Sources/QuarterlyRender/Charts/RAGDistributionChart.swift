import QuarterlyModel

/// How many items were at each RAG status, quarter by quarter: one stacked bar per
/// quarter, each segment patterned by status and labelled with its count where it is
/// tall enough, so colour is never the only cue.
public struct RAGDistributionChart: Sendable {
    public var id: String
    public var title: String
    public var description: String
    public var quarters: [(String, String)]
    public var counts: [RAGCount]
    /// The size it is drawn at: the phone layout shows the latest quarters only, with its
    /// legend under the bars.
    public var layout: ChartLayout = .wide
    /// The words of its labels.
    public var words: Catalogue

    public init(
        id: String, title: String, description: String, quarters: [(String, String)], counts: [RAGCount],
        words: Catalogue
    ) {
        self.words = words
        self.id = id
        self.title = title
        self.description = description
        self.quarters = quarters
        self.counts = counts
    }

    /// Bottom to top: best first, so the bars read like a rising level of delivery.
    static let order: [RAGStatus?] = [.complete, .green, .amber, .red, nil]
    static let height = 340.0, left = 48.0, top = 20.0, bottom = 56.0, legendWidth = 150.0

    public var svg: SVG {
        if layout.windows(quarters.count) {
            var chart = self
            chart.title = layout.window(title: title, words: words)
            chart.quarters = layout.window(quarters: quarters)
            chart.counts = layout.window(counts)
            return chart.svg
        }
        let id = layout.id(self.id)
        let legendWidth = layout.isPhone ? 8 : Self.legendWidth
        let width =
            layout.isPhone ? layout.width : max(layout.width, Double(quarters.count) * 88 + Self.left + legendWidth)
        let plotRight = width - legendWidth
        let plotBottom = Self.height - Self.bottom
        let ticks = NiceTicks(minimum: 0, maximum: Double(counts.map(\.total).max() ?? 1), count: 5)
        let y = LinearScale(domain: ticks.lower...ticks.upper, range: (plotBottom, Self.top))
        let band = (plotRight - Self.left) / Double(max(1, quarters.count))
        let barWidth = min(56, band * 0.6)
        var body: [SVG] = [RAGPattern.definitions(chart: id)]
        for tick in ticks.values where tick == tick.rounded() {
            body.append(
                .el(
                    "line",
                    [
                        ("class", "grid"), ("x1", coordinate(Self.left)), ("x2", coordinate(plotRight)),
                        ("y1", coordinate(y(tick))), ("y2", coordinate(y(tick))),
                    ]))
            body.append(
                .el(
                    "text",
                    [
                        ("class", "tick"), ("x", coordinate(Self.left - 8)), ("y", coordinate(y(tick) + 5)),
                        ("text-anchor", "end"),
                    ], [.text(String(Int(tick)))]))
        }
        for (index, count) in counts.enumerated() {
            let centre = Self.left + (Double(index) + 0.5) * band
            var base = 0
            for status in Self.order {
                let n = count.count(of: status)
                guard n > 0 else { continue }
                let top = y(Double(base + n))
                let bottomY = y(Double(base))
                body += RAGPattern.segment(
                    status, chart: id, x: centre - barWidth / 2, y: top, width: barWidth, height: bottomY - top)
                if bottomY - top >= 16 {
                    // The count sits on a plain patch of the segment's colour, clear of its texture.
                    body.append(
                        .el(
                            "rect",
                            [
                                ("class", "bar bar-" + (status?.rawValue ?? "none")),
                                ("x", coordinate(centre - 14)), ("y", coordinate((top + bottomY) / 2 - 8)),
                                ("width", "28"), ("height", "16"),
                            ]))
                    body.append(
                        .el(
                            "text",
                            [
                                ("class", "bar-count"), ("x", coordinate(centre)),
                                ("y", coordinate((top + bottomY) / 2 + 5)),
                                ("text-anchor", "middle"),
                            ], [.text(String(n))]))
                }
                base += n
            }
            body.append(
                .el(
                    "text",
                    [
                        ("class", "tick"), ("x", coordinate(centre)), ("y", coordinate(plotBottom + 20)),
                        ("text-anchor", "middle"),
                    ],
                    [
                        .el("tspan", [("x", coordinate(centre))], [.text(quarters[index].0)]),
                        .el("tspan", [("x", coordinate(centre)), ("dy", "17")], [.text(quarters[index].1)]),
                    ]))
        }
        body.append(
            .el(
                "line",
                [
                    ("class", "axis-line"), ("x1", coordinate(Self.left)), ("x2", coordinate(plotRight)),
                    ("y1", coordinate(plotBottom)), ("y2", coordinate(plotBottom)),
                ]))
        // Legend, top to bottom in the same order as the stack reads from the top: each
        // status's texture and shape beside its word.
        // On a phone the legend sits under the bars, in two columns.
        for (row, status) in Self.order.reversed().enumerated() {
            let lx = layout.isPhone ? (row % 2 == 0 ? 8 : layout.width / 2) - 8 : plotRight
            let ly = layout.isPhone ? Self.height + 8 + Double(row / 2) * 26 : Self.top + 12 + Double(row) * 26
            body += RAGPattern.segment(status, chart: id, x: lx + 8, y: ly - 9, width: 18, height: 18)
            body.append(RAGMark.shape(status, x: lx + 48, y: ly, size: 14))
            body.append(
                .el(
                    "text", [("class", "legend"), ("x", coordinate(lx + 62)), ("y", coordinate(ly + 5))],
                    [.text(status.map { words.text($0.name) } ?? words["rag.none"])]))
        }
        return .chart(
            class: "distribution-chart" + layout.cssClass, width: width,
            height: Self.height + (layout.isPhone ? 3 * 26 + 4 : 0), id: id, title: title,
            description: description, body: body)
    }
}
