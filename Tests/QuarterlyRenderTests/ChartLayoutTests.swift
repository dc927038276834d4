import Foundation
import QuarterlyModel
import QuarterlyRender
import QuarterlyTestSupport
import Testing

/// Each chart drawn for a phone: 320 units across (so its 14-unit text is at least 12 px
/// on a 320 px screen), only the latest quarters, the first of them naming its year, and
/// ids of its own (both drawings are on one page).
@Suite("Charts at phone width")
struct ChartLayoutTests {
    static let quarters = [
        ("Q1", "2019/20"), ("Q2", ""), ("Q3", ""), ("Q4", ""), ("Q1", "2020/21"), ("Q2", ""),
    ]
    static let rags: [RAGStatus?] = [.red, .amber, .green, .green, .amber, .red]

    static var counts: [RAGCount] {
        rags.map { rag in
            var count = RAGCount()
            count.add(rag)
            return count
        }
    }

    static let charts: [(String, any LaidOutChart)] = [
        (
            "trend",
            TrendChart(
                id: "c", title: "T", description: "D", quarters: quarters, values: [1, 2, 3, 4, 5, 6], rags: rags,
                targets: Array(repeating: 4, count: 6), baseline: nil, comparators: [], unit: .count,
                words: Fixtures.catalogue)
        ),
        (
            "timeline",
            RAGTimelineChart(
                id: "c", title: "T", description: "D", quarters: quarters, rags: rags,
                reported: Array(repeating: true, count: 6), words: Fixtures.catalogue)
        ),
        (
            "distribution",
            RAGDistributionChart(
                id: "c", title: "T", description: "D", quarters: quarters, counts: counts, words: Fixtures.catalogue)
        ),
    ]

    @Test("a phone chart shows the latest four quarters", arguments: charts.map(\.0))
    func phoneShowsLatestQuarters(kind: String) throws {
        let chart = try #require(Self.charts.first { $0.0 == kind }?.1)
        let phone = chart.markup(.phone)
        let wide = chart.markup(.wide)
        #expect(phone.contains("viewBox=\"0 0 320 "), "\(phone.prefix(120))")
        #expect(phone.contains("class=\"chart ") && phone.contains(" chart-phone\""))
        #expect(phone.contains("<title id=\"c-phone-title\">T (latest 4 quarters)</title>"))
        #expect(!phone.contains("id=\"c-title\""))
        // Q3 2019/20 onwards: the first shown carries the year in force; the two before are gone.
        #expect(phone.contains(">2019/20</tspan>") && phone.contains(">2020/21</tspan>"))
        #expect(phone.components(separatedBy: ">Q1</tspan>").count - 1 == 1)
        #expect(phone.components(separatedBy: ">Q2</tspan>").count - 1 == 1)
        #expect(wide.components(separatedBy: ">Q1</tspan>").count - 1 == 2)
        #expect(wide.contains("<title id=\"c-title\">T</title>") && !wide.contains("chart-phone"))
    }

    @Test("a chart of four quarters or fewer is drawn whole on a phone")
    func shortChartIsWhole() {
        let chart = RAGTimelineChart(
            id: "c", title: "T", description: "D", quarters: Array(Self.quarters.prefix(3)),
            rags: Array(Self.rags.prefix(3)), reported: [true, true, true], words: Fixtures.catalogue)
        let phone = chart.markup(.phone)
        #expect(phone.contains("<title id=\"c-phone-title\">T</title>"))
        #expect(
            phone.components(separatedBy: "class=\"tick\"").count
                == chart.markup(.wide).components(separatedBy: "class=\"tick\"").count)
    }

    @Test func heatMapFitsAPhone() throws {
        let cells = (1...5).flatMap { likelihood in
            (1...5).map { impact in
                RiskHeatMap.Cell(likelihood: likelihood, impact: impact, band: "High", bandIndex: 2, refs: [])
            }
        }
        let map = RiskHeatMap(
            id: "h", title: "T", description: "D",
            likelihoodWords: ["Rare", "Unlikely", "Possible", "Likely", "Almost certain"],
            impactWords: ["Minor", "Some", "Moderate", "Major", "Critical"], cells: cells, words: Fixtures.catalogue)
        let phone = map.markup(.phone)
        #expect(phone.contains("viewBox=\"0 0 320 "))
        // Axis words do not fit a phone: numbers there, words in the table under the map.
        #expect(!phone.contains("Almost certain") && map.markup(.wide).contains("Almost certain"))
        let rights = phone.components(separatedBy: "<rect class=\"heat ").dropFirst().compactMap { rect -> Double? in
            func number(_ name: String) -> Double? {
                rect.components(separatedBy: "\(name)=\"").dropFirst().first.flatMap {
                    Double($0.prefix { $0 != "\"" })
                }
            }
            guard let x = number("x"), let width = number("width") else { return nil }
            return x + width
        }
        #expect(rights.count == 25)
        #expect(rights.allSatisfy { $0 <= 320 })
    }
}
