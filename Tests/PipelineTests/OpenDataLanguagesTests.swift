import Foundation
import QuarterlySpreadsheet
import QuarterlyTestSupport
import Testing

/// Each language's open data has its words for people in that language (the columns'
/// titles and descriptions, the files' and datasets' titles, the spreadsheets' sheets),
/// and the same machine names: the CSV headers are identical in every language.
@Suite struct OpenDataLanguagesTests {
    struct Case: Sendable, CustomTestStringConvertible {
        /// Where the language's site is: the default at the root, another under `/<code>/`.
        let prefix: String
        let language: String
        /// Some columns of measures.csv by name, with the title each should have.
        let measureTitles: [String: String]
        let measuresFileTitle: String
        let catalogueTitle: String
        let measuresDatasetTitle: String
        let quarterDatasetTitle: String
        let sheets: [String]
        var testDescription: String { language }
    }

    static let cases = [
        Case(
            prefix: "", language: "cy",
            measureTitles: ["value": "Gwerth", "target": "Targed", "direction": "Cyfeiriad teithio"],
            measuresFileTitle: "Cynllun Corfforaethol 2023–2028: mesurau fesul chwarter",
            catalogueTitle: "Cynllun Corfforaethol 2023–2028: data agored",
            measuresDatasetTitle: "Cynllun Corfforaethol 2023–2028: mesurau fesul chwarter",
            quarterDatasetTitle: "Cynllun Corfforaethol 2023–2028: adroddiad cynnydd Chwarter 2 2023/24",
            sheets: ["Mesurau", "Camau gweithredu", "Risgiau", "Nodiadau"]),
        Case(
            prefix: "en/", language: "en",
            measureTitles: ["value": "Value", "target": "Target", "direction": "Direction of travel"],
            measuresFileTitle: "Corporate Plan 2023–2028: measures by quarter",
            catalogueTitle: "Corporate Plan 2023–2028: open data",
            measuresDatasetTitle: "Corporate Plan 2023–2028: measures by quarter",
            quarterDatasetTitle: "Corporate Plan 2023–2028: Quarter 2 2023/24 progress report",
            sheets: ["Measures", "Actions", "Risks", "Notes"]),
    ]

    static func object(_ data: Data?) throws -> [String: Any] {
        let data = try #require(data)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func eachLanguagesOpenDataIsInItsWordsWithTheSameHeaders() throws {
        try Fixtures.withBuiltSite(LanguagesTests.teifi) { output, _ in
            let files = Fixtures.snapshot(output)
            var headers: [String: [Substring]] = [:]
            for test in Self.cases {
                let words = try BuiltinStrings.catalogue(test.language)
                // The CSVW metadata: the file's title, and each column's title and meaning.
                let metadata = try Self.object(files[test.prefix + "data/measures.csv-metadata.json"])
                #expect(metadata["dc:title"] as? String == test.measuresFileTitle, "\(test.language)")
                let schema = try #require(metadata["tableSchema"] as? [String: Any])
                let columns = try #require(schema["columns"] as? [[String: Any]])
                let titles = Dictionary(
                    columns.map { ($0["name"] as? String ?? "", ($0["titles"] as? [String])?.last ?? "") },
                    uniquingKeysWith: { a, _ in a })
                for (name, title) in test.measureTitles {
                    #expect(titles[name] == title, "\(test.language) \(name)")
                }
                let value = try #require(columns.first { $0["name"] as? String == "value" })
                #expect(
                    value["dc:description"] as? String == words["data.columns.measures.value.description"],
                    "\(test.language)")

                // The DCAT catalogue: its own title and each dataset's.
                let catalogue = try Self.object(files[test.prefix + "data/catalog.jsonld"])
                #expect(catalogue["dct:title"] as? String == test.catalogueTitle, "\(test.language)")
                let datasets = (catalogue["dcat:dataset"] as? [[String: Any]] ?? []).compactMap {
                    $0["dct:title"] as? String
                }
                #expect(datasets.contains(test.measuresDatasetTitle), "\(test.language): \(datasets)")
                #expect(datasets.contains(test.quarterDatasetTitle), "\(test.language): \(datasets)")

                // The spreadsheet of a quarter: its sheets named in the language.
                let workbook = try XLSXFile(
                    data: try #require(files[test.prefix + "quarters/2023-24-q2/2023-24-q2.xlsx"]))
                #expect(workbook.sheetNames == test.sheets, "\(test.language)")

                // No word missing from the catalogue in any of its open-data files.
                for (path, data) in files where path.hasPrefix(test.prefix) && path.hasSuffix(".json") {
                    #expect(!String(decoding: data, as: UTF8.self).contains("[data."), "\(path)")
                }
                for (path, data) in files where path.hasPrefix(test.prefix) && path.hasSuffix(".jsonld") {
                    #expect(!String(decoding: data, as: UTF8.self).contains("[data."), "\(path)")
                }
                let csv = String(decoding: try #require(files[test.prefix + "data/measures.csv"]), as: UTF8.self)
                headers[test.language] = csv.split(separator: "\r\n").first?.split(separator: ",")
                #expect(headers[test.language]?.contains("value") == true)
            }
            #expect(headers["cy"] == headers["en"])
        }
    }
}
