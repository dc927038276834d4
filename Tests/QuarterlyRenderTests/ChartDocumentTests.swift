import QuarterlyRender
import Testing

/// A chart made a standalone SVG document: namespace, size, language, its title and
/// description first, and only the stylesheet's rules for the classes it uses.
@Suite struct ChartDocumentTests {
    static let chart = SVG.el(
        "svg", [("class", "chart trend"), ("viewBox", "0 0 640 320")],
        [
            .el("title", [], [.text("Fires: values by quarter")]), .el("desc", [], [.text("From 3 to 4.")]),
            .el("line", [("class", "line value")]), .el("path", [("class", "mark mark-red")]),
        ])

    static let stylesheet = """
        /* Site colours. */
        :root { --red: #b3261e; --brand: #0b3b60; }
        body { margin: 0; font-family: Arial, sans-serif; color: var(--text); }
        a:visited { color: purple; }
        .wrap { max-width: 72rem; }
        .chart .line.value { stroke: var(--brand); }
        .chart .line.target { stroke: black; }
        .mark-red, .bar-red { fill: var(--red); }
        .chart-scroll .chart { min-width: 30rem; }
        @media print { .chart .line.value { stroke: black; } }
        @import url(print.css);
        .mark { stroke-width: 1.5; }
        """

    @Test func keepsOnlyTheRulesForItsClasses() {
        let text = ChartDocument(svg: Self.chart, language: "en-GB").text(stylesheet: Self.stylesheet)
        #expect(
            text == """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" lang="en-GB" class="chart trend" viewBox="0 0 640 320" width="640" height="320"><title>Fires: values by quarter</title><desc>From 3 to 4.</desc><style>:root { --red: #b3261e; --brand: #0b3b60; }
                svg { font-family: Arial, sans-serif; color: var(--text); }
                .chart .line.value { stroke: var(--brand); }
                .mark-red { fill: var(--red); }
                .mark { stroke-width: 1.5; }</style><line class="line value"/><path class="mark mark-red"/></svg>

                """)
    }

    /// The build parses the site's stylesheet once and filters it for every chart file:
    /// each chart gets its own classes' rules, whatever was asked for before it.
    @Test(arguments: [
        (["chart", "line", "value"], ".chart .line.value { stroke: var(--brand); }"),
        (["bar-red"], ".bar-red { fill: var(--red); }"),
        (["mark", "mark-red", "bar-red"], ".mark-red, .bar-red { fill: var(--red); }\n.mark { stroke-width: 1.5; }"),
        (["wrap"], ".wrap { max-width: 72rem; }"),
        ([], ""),
    ])
    func oneParsedStylesheetServesEveryChart(classes: [String], own: String) {
        let root =
            ":root { --red: #b3261e; --brand: #0b3b60; }\nsvg { font-family: Arial, sans-serif; color: var(--text); }"
        let expected = own.isEmpty ? root : root + "\n" + own
        let parsed = Self.parsed
        for _ in 0..<2 {
            #expect(parsed.rules(for: Set(classes)) == expected)
        }
        #expect(ChartStylesheet.rules(for: Set(classes), in: Self.stylesheet) == expected)
    }

    static let parsed = ChartStylesheet(stylesheet)

    @Test func knowsItsSizeAndClasses() {
        let document = ChartDocument(svg: Self.chart, language: "cy")
        #expect(document.size?.width == "640" && document.size?.height == "320")
        #expect(document.classes == ["chart", "trend", "line", "value", "mark", "mark-red"])
    }
}
