import QuarterlyModel

/// An action's RAG quarter by quarter: a mark and its word per quarter on a line,
/// a gap where the action was not reported.
public struct RAGTimelineChart: Sendable {
    public var id: String
    public var title: String
    public var description: String
    public var quarters: [(String, String)]
    public var rags: [RAGStatus?]
    /// False where the action had no update that quarter.
    public var reported: [Bool]
    /// The size it is drawn at: the phone layout shows the latest quarters only.
    public var layout: ChartLayout = .wide
    /// The words of its labels.
    public var words: Catalogue

    public init(
        id: String, title: String, description: String, quarters: [(String, String)], rags: [RAGStatus?],
        reported: [Bool], words: Catalogue
    ) {
        self.words = words
        self.id = id
        self.title = title
        self.description = description
        self.quarters = quarters
        self.rags = rags
        self.reported = reported
    }

    static let column = 96.0, height = 112.0, lineY = 48.0

    public var svg: SVG {
        if layout.windows(quarters.count) {
            var chart = self
            chart.title = layout.window(title: title, words: words)
            chart.quarters = layout.window(quarters: quarters)
            chart.rags = layout.window(rags)
            chart.reported = layout.window(reported)
            return chart.svg
        }
        let id = layout.id(self.id)
        let width = layout.isPhone ? layout.width : max(layout.width, Double(quarters.count) * Self.column)
        let band = width / Double(max(1, quarters.count))
        let x = { (index: Int) in (Double(index) + 0.5) * band }
        var body: [SVG] = []
        let points = reported.enumerated().map { i, shown in shown ? (x(i), Self.lineY) : nil }
        body.append(.el("path", [("class", "line timeline"), ("d", LinePath.data(points))]))
        for index in quarters.indices {
            if reported[index] {
                body.append(RAGMark.shape(rags[index], x: x(index), y: Self.lineY, size: 18))
                body.append(
                    .el(
                        "text",
                        [
                            ("class", "mark-word"), ("x", coordinate(x(index))), ("y", coordinate(Self.lineY - 18)),
                            ("text-anchor", "middle"),
                        ], [.text(rags[index].map { words.text($0.name) } ?? words["rag.none"])]))
            } else {
                // A short dash: "not reported" in words would crowd when several quarters run together.
                body.append(
                    .el(
                        "text",
                        [
                            ("class", "mark-word muted"), ("x", coordinate(x(index))),
                            ("y", coordinate(Self.lineY + 5)),
                            ("text-anchor", "middle"),
                        ], [.text("–")]))
            }
            body.append(
                .el(
                    "text",
                    [
                        ("class", "tick"), ("x", coordinate(x(index))), ("y", coordinate(Self.lineY + 36)),
                        ("text-anchor", "middle"),
                    ],
                    [
                        .el("tspan", [("x", coordinate(x(index)))], [.text(quarters[index].0)]),
                        .el("tspan", [("x", coordinate(x(index))), ("dy", "17")], [.text(quarters[index].1)]),
                    ]))
        }
        return .chart(
            class: "timeline-chart" + layout.cssClass, width: width, height: Self.height, id: id, title: title,
            description: description,
            body: body)
    }
}
