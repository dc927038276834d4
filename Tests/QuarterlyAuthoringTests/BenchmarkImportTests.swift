import Foundation
import QuarterlyAuthoring
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// Comparator figures from a benchmarking export (area, period, value), mapped to
/// comparators and measures by `benchmarks:` in site.yml.
@Suite struct BenchmarkImportTests {
    static let quarter = QuarterID("2019-20-q2")!
    static let export = Fixtures.root.appendingPathComponent("spreadsheets/benchmarks.csv")
    static let site = """
        organisation: Exampleshire County Council
        title: Council Plan
        base_url: https://example.org/plan/
        benchmarks:
          areas:
            England: E92000001
            Statistical neighbours: Exampleshire statistical neighbours
          metrics:
            foster-carers: Foster care households

        """
    static let fosterCarers =
        "---\nref: M1.3\ntitle: Foster care households\noutcome: healthy\nunit: count\ntarget: 199\ncomparators:\n  - England\n  - Statistical neighbours\n---\n"

    static func site(_ siteYML: String = site) throws -> URL {
        try Fixtures.minimalSite(with: ["site.yml": siteYML, "measures/foster-carers.md": fosterCarers])
    }

    static func run(
        _ content: URL, _ data: Data? = nil, options: BenchmarkOptions = BenchmarkOptions()
    ) throws -> SpreadsheetImport {
        try SpreadsheetImport(
            file: try data ?? Data(contentsOf: export), path: "benchmarks.csv", quarter: quarter,
            graph: try ContentSnapshot.graph(of: content.path), contentDirectory: content.path, force: false,
            benchmark: options)
    }

    /// The quarter's row for each mapped area (by name or code) of each mapped metric; a
    /// figure held back (`-`) is a warning and leaves the measure's own.
    @Test func takesTheQuartersFiguresForTheMappedAreas() throws {
        let content = try Self.site()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let result = try Self.run(content)
        #expect(result.note?.hasPrefix("benchmarking data") == true)
        #expect(
            result.warnings.map(\.headline) == [
                "benchmarks.csv:6:1: warning: no figure for Statistical neighbours (`-`): measure `foster-carers` keeps what it has [wrong-type]"
            ])
        #expect(result.changes.map(\.details) == [["England 190 → 191.0"]])
        try result.write(into: content.path)
        let graph = try #require(Fixtures.validate(content).graph)
        #expect(
            graph.measureUpdate("foster-carers", in: Self.quarter)?.comparators.map { "\($0.name) \($0.value.text)" }
                == ["England 191.0"])
    }

    @Test func aPeriodCanBeChosen() throws {
        let content = try Self.site()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let result = try Self.run(content, options: BenchmarkOptions(period: "2018/19"))
        #expect(result.changes.map(\.details) == [["England 190 → 188.5"]])
    }

    @Test func nothingForTheQuarterSaysWhichPeriodsThereAre() throws {
        let content = try Self.site()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        #expect {
            _ = try Self.run(content, options: BenchmarkOptions(period: "2017/18"))
        } throws: { error in
            (error as? DiagnosticList)?.diagnostics.first?.hint?.hasPrefix(
                "Its periods are `2019/20 Q2`, `2019/20 Q1`, `2018/19`: choose one with `--period`") == true
        }
    }

    /// What is refused, as a table: the site's mapping or the file, and the problem.
    @Test(
        arguments: [
            // No mapping in site.yml.
            (nil, nil, "site.yml:1:1: missing-field"),
            // A metric mapped to a measure that does not exist.
            (
                "benchmarks:\n  areas:\n    England: England\n  metrics:\n    foster-carer: Foster care households\n",
                nil,
                "site.yml:1:1: missing-field"
            ),
            // An area mapped to a comparator the measure does not declare.
            (
                "benchmarks:\n  areas:\n    North West: England\n  metrics:\n    foster-carers: Foster care households\n",
                nil,
                "benchmarks.csv:3:1: undeclared-comparator"
            ),
            // A file without a metric column and no --measure.
            (nil, "area,period,value\nEngland,2019/20 Q2,3\n", "benchmarks.csv:1:1: missing-column"),
            // Two rows for one measure, area and period.
            (
                nil,
                "metric,area,period,value\nFoster care households,E92000001,Q2 2019/20,3\nFoster care households,E92000001,2019-20 Q2,4\n",
                "benchmarks.csv:3:1: duplicate-row"
            ),
        ] as [(String?, String?, String)])
    func refusals(mapping: String?, file: String?, problem: String) throws {
        let base = "organisation: Exampleshire County Council\ntitle: Council Plan\n"
        let content = try Self.site(mapping.map { base + $0 } ?? (file == nil ? base : Self.site))
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        #expect {
            _ = try Self.run(content, file.map { Data($0.utf8) })
        } throws: { error in
            let first = (error as? DiagnosticList)?.diagnostics.errors.first
            return first.map { "\($0.path):\($0.line):\($0.column): \($0.code.rawValue)" } == problem
        }
    }

    @Test(
        arguments: [
            ("2019/20 Q2", "2019-20-q2"), ("Q2 2019/20", "2019-20-q2"), ("Quarter 2 2019/20", "2019-20-q2"),
            ("2019-20 Q2", "2019-20-q2"), ("2019-20-q2", "2019-20-q2"), ("2019/20 quarter 4", "2019-20-q4"),
            ("2019/20", nil), ("Q2 2019/21", nil), ("Q5 2019/20", nil), ("2019/20 Q12", nil), ("Sep 2019", nil),
        ] as [(String, String?)])
    func periods(text: String, quarter: String?) {
        #expect(SpreadsheetImport.quarter(named: text)?.slug == quarter)
    }
}
