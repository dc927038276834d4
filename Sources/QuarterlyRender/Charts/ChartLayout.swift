import QuarterlyModel

/// The size a chart is drawn at. Its text is 14 units in every layout, so the width
/// decides how large the text is on screen: `wide` fills the content column (14 px at
/// 48rem), and `phone` a phone's (on a 320 px screen the chart is 288 px across and its
/// text 12.6 px). A phone chart shows only the latest quarters, so it fits without
/// scrolling and the latest figure is in view; the table beside every chart gives
/// every quarter. The stylesheet shows one or the other by the screen's width.
public struct ChartLayout: Sendable, Equatable {
    public let width: Double
    /// How many of the latest quarters it shows (nil: every one).
    public let latestQuarters: Int?

    public static let wide = ChartLayout(width: ChartNumbers.contentWidth, latestQuarters: nil)
    public static let phone = ChartLayout(width: 320, latestQuarters: 4)

    public var isPhone: Bool { latestQuarters != nil }

    /// Whether a chart of `count` quarters shows only some of them in this layout.
    func windows(_ count: Int) -> Bool { latestQuarters.map { count > $0 } ?? false }

    /// The last quarters of a series that the layout shows.
    func window<T>(_ values: [T]) -> [T] {
        guard let latest = latestQuarters, values.count > latest else { return values }
        return Array(values.suffix(latest))
    }

    /// The axis labels (quarter, year) of the quarters shown. The first shown names its
    /// year, as the first label of every chart does, from the last year given before it.
    func window(quarters: [(String, String)]) -> [(String, String)] {
        var shown = window(quarters)
        let hidden = quarters.count - shown.count
        if hidden > 0, let first = shown.first, first.1.isEmpty,
            let year = quarters.prefix(hidden + 1).last(where: { !$0.1.isEmpty })?.1
        {
            shown[0] = (first.0, year)
        }
        return shown
    }

    /// A windowed chart's title says it shows only the latest quarters: the table under
    /// every chart gives them all.
    func window(title: String, words: Catalogue) -> String {
        latestQuarters.map { words.text("chart.latestQuarters", ["title": .text(title), "count": .count($0)]) } ?? title
    }

    /// A chart's id in this layout: both layouts of a chart are on one page, and their
    /// ids (and the ids `aria-labelledby` and patterns point to) must differ.
    func id(_ chart: String) -> String { isPhone ? chart + "-phone" : chart }

    /// The class the stylesheet shows the chart by.
    var cssClass: String { isPhone ? " chart-phone" : "" }
}

/// A chart that can be drawn in either layout.
public protocol LaidOutChart: Sendable {
    var title: String { get }
    var description: String { get }
    var layout: ChartLayout { get set }
    var svg: SVG { get }
}

extension LaidOutChart {
    /// The chart drawn in `layout`.
    public func drawn(_ layout: ChartLayout) -> SVG {
        var chart = self
        chart.layout = layout
        return chart.svg
    }

    /// The chart drawn in `layout`, as markup.
    public func markup(_ layout: ChartLayout) -> String { drawn(layout).markup }
}

extension TrendChart: LaidOutChart {}
extension RAGTimelineChart: LaidOutChart {}
extension RAGDistributionChart: LaidOutChart {}
extension RiskHeatMap: LaidOutChart {}
