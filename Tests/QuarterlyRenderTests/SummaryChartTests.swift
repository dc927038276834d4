import QuarterlyModel
import QuarterlyRender
import QuarterlyTestSupport
import Testing

/// A report's RAG bar readable without colour, a measure's quarters of figures only marked.
@Suite struct SummaryChartTests {
    @Test func ragBarReadsWithoutColour() throws {
        var count = RAGCount()
        for rag in [RAGStatus.green, .green, .green, .amber, .amber, .red, nil] { count.add(rag) }
        let bar = RAGBar(id: "b", title: "Actions by RAG status", description: "7 actions", count: count)
        let markup = try #require(bar.svg?.markup)
        #expect(markup.contains("role=\"img\" aria-labelledby=\"b-title b-desc\""))
        #expect(markup.contains("<title id=\"b-title\">Actions by RAG status</title>"))
        // A segment per status present, in order, each textured but Green; the legend
        // (HTML beside it) has a swatch of the same texture.
        #expect(bar.present == [.green, .amber, .red, nil])
        #expect(markup.components(separatedBy: "<rect class=\"bar bar-").count - 1 == 4)
        for status in ["amber", "red", "none"] {
            #expect(markup.contains("fill=\"url(#b-pattern-\(status))\""))
            #expect(
                bar.swatch(status == "none" ? nil : RAGStatus(rawValue: status)).markup.contains("b-pattern-\(status)"))
        }
        #expect(!markup.contains("bar-complete"))
        #expect(RAGBar(id: "b", title: "t", description: "d", count: RAGCount()).svg == nil)
    }

    @Test func quartersOfFiguresOnlyAreStarred() {
        var chart = TrendChart(
            id: "t", title: "t", description: "d", quarters: [("Q1", "2019/20"), ("Q2", "")], values: [1, 2],
            rags: [nil, nil], targets: [nil, nil], unit: .count, words: Fixtures.catalogue)
        #expect(!chart.svg.markup.contains("figures only"))
        chart.figuresOnly = [true, false]
        let markup = chart.svg.markup
        #expect(markup.contains(">Q1*</tspan>") && markup.contains(">Q2</tspan>"))
        #expect(markup.contains(">* figures only: no report that quarter</text>"))
    }
}
