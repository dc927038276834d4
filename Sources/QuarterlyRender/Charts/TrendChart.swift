import QuarterlyModel

/// A measure's values by quarter against its target, baseline and comparators.
public struct TrendChart: Sendable {
    public struct Series: Sendable {
        public let name: String
        public let values: [Double?]
        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    /// Unique within the page: prefixes the ids that `aria-labelledby` points to.
    public var id: String
    public var title: String
    /// A summary in words: first and last value, target, direction.
    public var description: String
    /// One label per quarter, oldest first: each a short first line and a second ("Q2", "2019/20").
    public var quarters: [(String, String)]
    public var values: [Double?]
    public var rags: [RAGStatus?]
    /// The target in force each quarter (nil where there is none): drawn as a step line.
    /// Where the target is a range, this is its low end.
    public var targets: [Double?]
    /// The high end of a target range, where the target is one: a second step line.
    public var targetTops: [Double?] = []
    public var baseline: Double?
    /// The words of its labels and axis titles.
    public var words: Catalogue
    /// The baseline's label, e.g. "Baseline 2018/19" (the catalogue's `chart.baseline` unless set).
    public var baselineLabel: String?
    public var comparators: [Series]
    public var unit: MeasureUnit
    /// The value line's name (the catalogue's `chart.value` unless set).
    public var valueName: String?
    /// True for each quarter that holds figures only, quoted by later reports: its label
    /// is starred and a note says what the star means.
    public var figuresOnly: [Bool] = []
    /// The size it is drawn at: the phone layout shows the latest quarters only.
    public var layout: ChartLayout = .wide

    public init(
        id: String, title: String, description: String, quarters: [(String, String)], values: [Double?],
        rags: [RAGStatus?], targets: [Double?], baseline: Double? = nil, comparators: [Series] = [],
        unit: MeasureUnit, words: Catalogue
    ) {
        self.words = words
        self.id = id
        self.title = title
        self.description = description
        self.quarters = quarters
        self.values = values
        self.rags = rags
        self.targets = targets
        self.baseline = baseline
        self.comparators = comparators
        self.unit = unit
    }

    // Geometry of the viewBox; text is 14 units so it stays legible when scaled down.
    static let height = 320.0, top = 24.0, bottom = 52.0
    /// Room for the y axis's labels, and for the labels at the lines' ends.
    var left: Double { layout.isPhone ? 52 : 64 }
    var right: Double { layout.isPhone ? 86 : 150 }
    /// Dash patterns for comparators, in order: distinguishable without colour.
    static let dashes = ["10 5", "3 4", "14 4 3 4", "6 3 1 3"]

    public var svg: SVG {
        if layout.windows(quarters.count) { return windowed.svg }
        let id = layout.id(self.id)
        let left = self.left
        let plotRight = layout.width - right
        let plotBottom = Self.height - Self.bottom
        let all =
            values.compactMap { $0 } + targets.compactMap { $0 } + targetTops.compactMap { $0 }
            + [baseline].compactMap { $0 }
            + comparators.flatMap { $0.values.compactMap { $0 } }
        let (ticks, fitted) = ChartNumbers.lineAxis(low: all.min() ?? 0, high: all.max() ?? 1, unit: unit)
        let y = LinearScale(domain: ticks.lower...ticks.upper, range: (plotBottom, Self.top))
        let band = (plotRight - left) / Double(max(1, quarters.count))
        let x = { (index: Int) in left + (Double(index) + 0.5) * band }

        var body: [SVG] = []
        // Grid and y axis labels.
        var grid: [SVG] = []
        for tick in ticks.values {
            grid.append(
                .el(
                    "line",
                    [
                        ("class", "grid"), ("x1", coordinate(left)), ("x2", coordinate(plotRight)),
                        ("y1", coordinate(y(tick))), ("y2", coordinate(y(tick))),
                    ]))
            grid.append(
                .el(
                    "text",
                    [
                        ("class", "tick"), ("x", coordinate(left - 8)), ("y", coordinate(y(tick) + 5)),
                        ("text-anchor", "end"),
                    ], [.text(ChartNumbers.axisLabel(ticks.text(tick), unit: unit))]))
        }
        body.append(.el("g", [("class", "axis")], grid))
        // An axis that does not start at zero says so in its title and breaks at its foot.
        let axisStart = ChartNumbers.axisLabel(ticks.text(ticks.lower), unit: unit)
        let fittedTitle =
            layout.isPhone
            ? words.text("chart.axisFrom", ["unit": .message(unit.name), "start": .text(axisStart)])
            : words.text("chart.axisNotZero", ["unit": .message(unit.name), "start": .text(axisStart)])
        body.append(
            .el(
                "text", [("class", "axis-title"), ("x", "0"), ("y", "14")],
                [.text(fitted ? fittedTitle : words.text(unit.name))]))
        if fitted {
            let foot = plotBottom
            body.append(
                .el(
                    "path",
                    [
                        ("class", "axis-break"),
                        (
                            "d",
                            "M\(coordinate(left - 6)) \(coordinate(foot - 4)) l6 -4 l6 4 M\(coordinate(left - 6)) \(coordinate(foot + 2)) l6 -4 l6 4"
                        ),
                        ("fill", "none"), ("stroke", "currentColor"), ("stroke-width", "1.5"),
                    ]))
        }
        // Quarter labels on two lines.
        var labels: [SVG] = []
        let starred = { (index: Int) in self.figuresOnly.indices.contains(index) && self.figuresOnly[index] }
        for (index, label) in quarters.enumerated() {
            let label = (starred(index) ? label.0 + "*" : label.0, label.1)
            labels.append(
                .el(
                    "text",
                    [
                        ("class", "tick"), ("x", coordinate(x(index))), ("y", coordinate(plotBottom + 20)),
                        ("text-anchor", "middle"),
                    ],
                    [
                        .el("tspan", [("x", coordinate(x(index)))], [.text(label.0)]),
                        .el("tspan", [("x", coordinate(x(index))), ("dy", "17")], [.text(label.1)]),
                    ]))
        }
        body.append(.el("g", [("class", "axis")], labels))
        let hasNote = quarters.indices.contains(where: starred)
        if hasNote {
            // Beside the axis title where there is room; on a phone, under the chart.
            let place: [(String, String)] =
                layout.isPhone
                ? [("x", "0"), ("y", coordinate(Self.height + 14))]
                : [("x", coordinate(plotRight)), ("y", "14"), ("text-anchor", "end")]
            body.append(
                .el("text", [("class", "axis-note")] + place, [.text("* figures only: no report that quarter")]))
        }
        body.append(
            .el(
                "line",
                [
                    ("class", "axis-line"), ("x1", coordinate(left)), ("x2", coordinate(plotRight)),
                    ("y1", coordinate(plotBottom)), ("y2", coordinate(plotBottom)),
                ]))

        var endLabels: [(text: String, y: Double, cls: String)] = []
        if let baseline {
            body.append(
                .el(
                    "path",
                    [
                        ("class", "line baseline"),
                        ("d", "M\(coordinate(left)) \(coordinate(y(baseline))) H\(coordinate(plotRight))"),
                    ]))
            endLabels.append((baselineLabel ?? words["chart.baseline"], y(baseline), "label-baseline"))
        }
        if targets.contains(where: { $0 != nil }) {
            body.append(
                .el(
                    "path",
                    [("class", "line target"), ("d", LinePath.steps(targets, x: x, halfBand: band / 2, y: { y($0) }))]))
            let lastTop = targetTops.last(where: { $0 != nil }) ?? nil
            if let last = targets.last(where: { $0 != nil }) ?? nil {
                endLabels.append((words[lastTop == nil ? "chart.target" : "chart.targetLow"], y(last), "label-target"))
            }
            if targetTops.contains(where: { $0 != nil }) {
                body.append(
                    .el(
                        "path",
                        [
                            ("class", "line target"),
                            ("d", LinePath.steps(targetTops, x: x, halfBand: band / 2, y: { y($0) })),
                        ]))
                if let lastTop { endLabels.append((words["chart.targetHigh"], y(lastTop), "label-target")) }
            }
        }
        for (index, series) in comparators.enumerated() {
            let points = series.values.enumerated().map { i, v in v.map { (x(i), y($0)) } }
            body.append(
                .el(
                    "path",
                    [
                        ("class", "line comparator"), ("stroke-dasharray", Self.dashes[index % Self.dashes.count]),
                        ("d", LinePath.data(points)),
                    ]))
            for (i, v) in series.values.enumerated() {
                guard let v, series.values.indices.contains(i),
                    (i == 0 || series.values[i - 1] == nil)
                        && (i + 1 == series.values.count || series.values[i + 1] == nil)
                else { continue }
                // A lone point has no line to show it: mark it.
                body.append(
                    .el(
                        "circle",
                        [("class", "comparator-point"), ("cx", coordinate(x(i))), ("cy", coordinate(y(v))), ("r", "3")])
                )
            }
            if let lastIndex = series.values.lastIndex(where: { $0 != nil }), let last = series.values[lastIndex] {
                endLabels.append((series.name, y(last), "label-comparator"))
            }
        }
        let points = values.enumerated().map { i, v in v.map { (x(i), y($0)) } }
        body.append(.el("path", [("class", "line value"), ("d", LinePath.data(points))]))
        for (index, value) in values.enumerated() {
            guard let value else { continue }
            body.append(
                RAGMark.shape(rags.indices.contains(index) ? rags[index] : nil, x: x(index), y: y(value), size: 14))
        }
        if let lastIndex = values.lastIndex(where: { $0 != nil }), let last = values[lastIndex] {
            endLabels.append((valueName ?? words["chart.value"], y(last), "label-value"))
        }
        body.append(
            .el(
                "g", [("class", "end-labels")],
                Self.placeLabels(
                    endLabels, x: plotRight + 10, top: Self.top, bottom: plotBottom, wrap: layout.isPhone ? 9 : 16)))

        return .chart(
            class: "trend-chart" + layout.cssClass, width: layout.width,
            height: Self.height + (hasNote && layout.isPhone ? 22 : 0),
            id: id, title: title, description: description, body: body)
    }

    /// The same chart, showing only the quarters its layout shows.
    var windowed: TrendChart {
        var chart = self
        chart.title = layout.window(title: title, words: words)
        chart.quarters = layout.window(quarters: quarters)
        chart.values = layout.window(values)
        chart.rags = layout.window(rags)
        chart.targets = layout.window(targets)
        chart.targetTops = layout.window(targetTops)
        chart.figuresOnly = layout.window(figuresOnly)
        chart.comparators = comparators.map { Series(name: $0.name, values: layout.window($0.values)) }
        return chart
    }

    /// Labels at the ends of lines, nudged apart so none overlap (at least 18 units between baselines).
    package static func placeLabels(
        _ labels: [(text: String, y: Double, cls: String)], x: Double, top: Double, bottom: Double, wrap: Int = 16
    )
        -> [SVG]
    {
        let gap = 18.0
        var placed = labels.sorted { $0.y < $1.y }.map { (text: $0.text, y: $0.y + 5, cls: $0.cls) }
        for index in placed.indices.dropFirst() where placed[index].y - placed[index - 1].y < gap {
            placed[index].y = placed[index - 1].y + gap
        }
        // If pushed off the bottom, slide the whole stack up.
        if let last = placed.last, last.y > bottom + 5 {
            let shift = last.y - (bottom + 5)
            for index in placed.indices { placed[index].y -= shift }
        }
        return placed.map { label in
            .el(
                "text", [("class", "end-label " + label.cls), ("x", coordinate(x)), ("y", coordinate(label.y))],
                Self.wrap(label.text, width: wrap).enumerated().map { line, text in
                    .el("tspan", [("x", coordinate(x))] + (line > 0 ? [("dy", "16")] : []), [.text(text)])
                })
        }
    }

    /// Splits a label into lines of about `width` characters, at spaces.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = String(word)
            } else {
                current += (current.isEmpty ? "" : " ") + word
            }
        }
        if !current.isEmpty { lines.append(current) }
        // Never drop words: anything past two lines joins the second.
        return lines.count > 2 ? [lines[0], lines[1...].joined(separator: " ")] : lines
    }
}
