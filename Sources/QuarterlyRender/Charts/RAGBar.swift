import QuarterlyModel

/// One report's items as a single bar across the page, a segment per RAG status
/// (Complete and Green first, then Amber, Red and Not rated), each segment textured
/// (`RAGPattern`). It stretches to any width at a fixed height, so it holds no text: its
/// legend is HTML beside it, each status's word, shape and count with a swatch of its
/// texture (`swatch`), and its title and description say the same for a screen reader.
public struct RAGBar: Sendable {
    public var id: String
    public var title: String
    public var description: String
    public var count: RAGCount

    public init(id: String, title: String, description: String, count: RAGCount) {
        self.id = id
        self.title = title
        self.description = description
        self.count = count
    }

    /// Left to right: on track, need attention, off track, not rated.
    public static let order: [RAGStatus?] = [.complete, .green, .amber, .red, nil]
    static let width = 768.0, height = 28.0

    /// The statuses with any items, in the bar's order.
    public var present: [RAGStatus?] { Self.order.filter { count.count(of: $0) > 0 } }

    /// Nil when there is nothing to draw.
    public var svg: SVG? {
        guard count.total > 0 else { return nil }
        let unit = Self.width / Double(count.total)
        var body: [SVG] = [
            .el("title", [("id", "\(id)-title")], [.text(title)]),
            .el("desc", [("id", "\(id)-desc")], [.text(description)]),
            RAGPattern.definitions(chart: id),
        ]
        var x = 0.0
        for status in present {
            let segment = Double(count.count(of: status)) * unit
            body += RAGPattern.segment(status, chart: id, x: x, y: 0, width: segment, height: Self.height)
            x += segment
        }
        return .el(
            "svg",
            [
                ("class", "rag-bar"), ("viewBox", "0 0 \(coordinate(Self.width)) \(coordinate(Self.height))"),
                ("width", "100%"), ("height", coordinate(Self.height)), ("preserveAspectRatio", "none"),
                ("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc"),
            ], body)
    }

    /// A small square of a status's colour and texture for the legend, drawn with the
    /// bar's patterns (so it belongs on the same page as the bar).
    public func swatch(_ status: RAGStatus?) -> SVG {
        .el(
            "svg",
            [
                ("class", "rag-swatch"), ("viewBox", "0 0 16 16"), ("width", "16"), ("height", "16"),
                ("aria-hidden", "true"), ("focusable", "false"),
            ], RAGPattern.segment(status, chart: id, x: 0, y: 0, width: 16, height: 16))
    }
}
