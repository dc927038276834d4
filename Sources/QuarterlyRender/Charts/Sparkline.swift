import QuarterlyModel

/// A word-sized line of a measure's recent values, for tables: the last point carries
/// its RAG shape. Its title says the same in words.
public struct Sparkline: Sendable {
    public var id: String
    public var title: String
    /// Every value in words, e.g. "68% in Q1 2019/20, 65% in Q2 2019/20".
    public var description: String
    public var values: [Double?]
    public var lastRAG: RAGStatus?

    public init(id: String, title: String, description: String = "", values: [Double?], lastRAG: RAGStatus?) {
        self.id = id
        self.title = title
        self.description = description
        self.values = values
        self.lastRAG = lastRAG
    }

    static let width = 88.0, height = 28.0, pad = 6.0

    /// Nil when fewer than two values: a single point is not a trend.
    public var svg: SVG? {
        let known = values.compactMap { $0 }
        guard known.count >= 2, let low = known.min(), let high = known.max() else { return nil }
        let x = LinearScale(domain: 0...Double(max(1, values.count - 1)), range: (Self.pad, Self.width - Self.pad))
        let y = LinearScale(domain: low...high, range: (Self.height - Self.pad, Self.pad))
        let points = values.enumerated().map { i, v in v.map { (x(Double(i)), y($0)) } }
        var body: [SVG] = [.el("path", [("class", "line spark"), ("d", LinePath.data(points))])]
        if let lastIndex = values.lastIndex(where: { $0 != nil }), let last = values[lastIndex] {
            body.append(RAGMark.shape(lastRAG, x: x(Double(lastIndex)), y: y(last), size: 9))
        }
        return .chart(
            class: "sparkline", width: Self.width, height: Self.height, id: id, title: title,
            description: description, body: body)
    }
}
