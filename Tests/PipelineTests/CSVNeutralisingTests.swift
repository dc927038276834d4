import Foundation
import QuarterlyModel
import QuarterlyRender
import QuarterlyTestSupport
import Testing

/// Issue 20 (7): no CSV cell can become a spreadsheet formula. Text starting with `=`,
/// `+`, `-`, `@`, tab or carriage return gets a leading apostrophe (OWASP's advice for
/// CSV exports); plain numbers stay numbers.
@Suite struct CSVNeutralisingTests {
    @Test(arguments: [
        (
            "=HYPERLINK(\"https://evil.example/\",\"Click\")",
            "\"'=HYPERLINK(\"\"https://evil.example/\"\",\"\"Click\"\")\""
        ),
        ("=1+2", "'=1+2"),
        ("+44 1228 000000", "'+44 1228 000000"),
        ("-2.52%", "'-2.52%"),
        ("-0.16 (provisional)", "'-0.16 (provisional)"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\tdata", "'\tdata"),
        ("\r=1", "\"'\r=1\""),
        ("-", "'-"),
        ("-.5", "'-.5"),
        ("1-2", "1-2"),
        ("-0.16", "-0.16"),
        ("+5", "+5"),
        ("-12", "-12"),
        ("89.19", "89.19"),
        ("", ""),
        ("Superfast broadband", "Superfast broadband"),
        // A line break of two characters (one Character in Swift) is quoted too.
        ("On track\r\nas planned", "\"On track\r\nas planned\""),
        ("a,b", "\"a,b\""),
    ])
    func cell(_ value: String, _ written: String) {
        #expect(CSVTable.field(value) == written)
    }

    /// The title in a built site: every CSV that holds it holds it neutralised,
    /// and the figures beside it are unchanged.
    @Test func aFormulaInATitleReachesNoCSVAsAFormula() throws {
        let formula = "=HYPERLINK(\"https://evil.example/\",\"Click\")"
        let content = try Fixtures.minimalSite(with: [
            "measures/foi-responses.md": """
            ---
            ref: M4.4
            title: '\(formula)'
            outcome: healthy
            unit: percent
            polarity: higher
            targets:
              2019/20: 90
            ---

            """
        ])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try Fixtures.withBuiltSite(content) { output, _ in
            let files = (FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".csv") }
            let holding = files.filter { Fixtures.read(output.appendingPathComponent($0)).contains("HYPERLINK") }
            #expect(holding.count >= 3, "\(files)")
            for file in holding {
                let rows = DataFileTests.parseCSV(Fixtures.read(output.appendingPathComponent(file)))
                let cells = rows.flatMap { $0 }.filter { $0.contains("HYPERLINK") }
                #expect(cells.allSatisfy { $0 == "'" + formula }, "\(file): \(cells)")
            }
            let measures = DataFileTests.parseCSV(Fixtures.read(output.appendingPathComponent("data/measures.csv")))
            let value = try #require(measures.first?.firstIndex(of: "value"))
            #expect(measures.dropFirst().allSatisfy { $0[value].isEmpty || Double($0[value]) != nil })
        }
    }
}
