import Foundation
import QuarterlyModel
import QuarterlyRender
import QuarterlyTestSupport
import Testing

/// Every CSV file carries CSVW metadata that describes it; comparators are columns of
/// measures.csv; risks and their scores are in site.json.
@Suite struct OpenDataTablesTests {
    /// What a cell of each CSVW datatype may hold (empty is no value).
    static let lexical: [DataType: String] = [
        .string: ".*", .decimal: #"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)"#, .integer: "[+-]?[0-9]+",
        .date: "[0-9]{4}-[0-9]{2}-[0-9]{2}", .url: "https?://.+",
    ]

    static func csvFiles(in site: URL) -> [String] {
        (FileManager.default.enumerator(atPath: site.path)?.allObjects as? [String] ?? []).filter {
            $0.hasSuffix(".csv")
        }.sorted()
    }

    @Test(arguments: [Fixtures.minimal, Fixtures.exampleContent, Fixtures.lancashireContent])
    func everyCSVHasMetadataThatDescribesIt(content: URL) throws {
        try Fixtures.withBuiltSite(content) { output, _ in
            let files = Self.csvFiles(in: output)
            #expect(files.contains("data/measures.csv") && files.contains("data/risks.csv"))
            #expect(files.count > 4)
            for file in files {
                let rows = DataFileTests.parseCSV(Fixtures.read(output.appendingPathComponent(file)))
                let metadataURL = output.appendingPathComponent(file + "-metadata.json")
                let metadata = try #require(
                    try JSONSerialization.jsonObject(with: Data(contentsOf: metadataURL)) as? [String: Any], "\(file)")
                #expect(metadata["url"] as? String == (file as NSString).lastPathComponent)
                #expect((metadata["dc:license"] as? [String: String])?["@id"]?.hasPrefix("https://") == true)
                let schema = try #require(metadata["tableSchema"] as? [String: Any])
                let columns = try #require(schema["columns"] as? [[String: Any]])
                let header = try #require(rows.first)
                #expect(columns.map { $0["name"] as? String } == header, "\(file)")
                for (index, column) in columns.enumerated() {
                    let titles = column["titles"] as? [String] ?? [column["titles"] as? String ?? ""]
                    #expect(titles.first == header[index])
                    #expect(!(column["dc:description"] as? String ?? "").isEmpty)
                    let type = try #require(DataType(rawValue: column["datatype"] as? String ?? ""), "\(file)")
                    let pattern = try Regex("^(\(Self.lexical[type]!))$")
                    for (line, row) in rows.dropFirst().enumerated() where !row[index].isEmpty {
                        #expect(
                            row[index].wholeMatch(of: pattern) != nil,
                            "\(file):\(line + 2): \(header[index]) `\(row[index])` is not \(type)")
                    }
                }
            }
        }
    }

    /// Each comparator the measures declare is a column, holding each update's figure as written.
    @Test func comparatorsAreColumnsOfMeasuresCSV() throws {
        let content = try Fixtures.minimalSite(with: [
            "measures/foi-responses.md":
                "---\nref: M4.4\ntitle: Information requests answered on time\noutcome: healthy\nunit: percent\npolarity: higher\ntargets:\n  2019/20: 90\ncomparators:\n  - Statistical neighbours\n  - England\n---\n",
            "quarters/2019-20-q2/measures/foi-responses.md":
                "---\nvalue: 65\ncomparators:\n  England: 80.0\n  Statistical neighbours: 77.5\n---\n",
        ])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try Fixtures.withBuiltSite(content) { output, _ in
            let rows = DataFileTests.parseCSV(Fixtures.read(output.appendingPathComponent("data/measures.csv")))
            let header = rows[0]
            // foster-carers (first by id) declares England; foi-responses adds statistical neighbours.
            #expect(
                Array(header.suffix(3)) == ["comparator_england", "comparator_statistical_neighbours", "source_url"])
            func cell(_ id: String, _ quarter: String, _ column: String) -> String? {
                rows.first { $0[0] == id && $0[header.firstIndex(of: "quarter")!] == quarter }?[
                    header.firstIndex(of: column)!]
            }
            #expect(cell("foi-responses", "2019-20-q2", "comparator_england") == "80.0")
            #expect(cell("foi-responses", "2019-20-q2", "comparator_statistical_neighbours") == "77.5")
            #expect(cell("foster-carers", "2019-20-q2", "comparator_england") == "190")
            #expect(cell("foi-responses", "2019-20-q1", "comparator_england") == "")
        }
    }

    @Test(arguments: [
        ("England", "england"), ("Statistical neighbours", "statistical_neighbours"),
        ("North West (avg.)", "north_west_avg"), ("CIPFA nearest-neighbours", "cipfa_nearest_neighbours"),
        ("Île", "le"), ("££", "series"),
    ])
    func comparatorColumnNames(name: String, column: String) {
        #expect(ComparatorColumns.slug(name) == column)
    }

    /// Every row of risks.csv is a risk update in site.json with the same scores and rating.
    @Test func risksAndTheirScoresAreInSiteJSON() throws {
        try Fixtures.withBuiltSite(Fixtures.lancashireContent) { output, _ in
            let json = try #require(
                try JSONSerialization.jsonObject(
                    with: Data(contentsOf: output.appendingPathComponent("data/site.json"))) as? [String: Any])
            let risks = try #require(json["risks"] as? [[String: Any]])
            #expect(risks.count > 10)
            #expect(risks.allSatisfy { ($0["ref"] as? String)?.isEmpty == false && $0["title"] is String })
            var updates: [String: [String: Any]] = [:]
            for quarter in try #require(json["quarters"] as? [[String: Any]]) {
                for update in quarter["risk_updates"] as? [[String: Any]] ?? [] {
                    updates["\(update["risk"]!) \(quarter["id"]!)"] = update
                }
            }
            let rows = DataFileTests.parseCSV(Fixtures.read(output.appendingPathComponent("data/risks.csv")))
            let header = rows[0]
            #expect(rows.count - 1 == updates.count)
            for row in rows.dropFirst() {
                let update = try #require(updates["\(row[0]) \(row[header.firstIndex(of: "quarter")!])"])
                for column in [
                    "likelihood", "impact", "score", "residual_likelihood", "residual_impact", "residual_score",
                ] {
                    let cell = row[header.firstIndex(of: column)!]
                    #expect((update[column] as? Int).map(String.init) ?? "" == cell, "\(row[0]) \(column)")
                }
                #expect(update["rating"] as? String ?? "" == row[header.firstIndex(of: "rating")!])
                #expect(update["direction"] as? String ?? "" == row[header.firstIndex(of: "direction")!])
            }
        }
    }
}
