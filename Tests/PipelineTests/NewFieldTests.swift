import Foundation
import QuarterlyContent
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// A field declared once in the measure's registry (`source_url`, added with only
/// Measure.swift, the measure template and the generated docs) reaches every place a
/// measure's facts go: decoding and its errors, the schema, the page, site.json and its
/// schema, and measures.csv.
@Suite struct NewFieldTests {
    static let address = "https://www.gov.uk/government/collections/statistics-looked-after-children"

    static func site(sourceURL: String) throws -> URL {
        try Fixtures.minimalSite(with: [
            "measures/foster-carers.md":
                "---\nref: M1.3\ntitle: Foster care households\noutcome: healthy\nunit: count\ntarget: 199\ncomparators:\n  - England\nsource_url: \(sourceURL)\n---\n"
        ])
    }

    @Test func aDeclaredFieldReachesThePageTheDataAndTheSchemas() throws {
        try Fixtures.withBuiltSite(try Self.site(sourceURL: Self.address)) { output, _ in
            let page = Fixtures.read(output.appendingPathComponent("measures/foster-carers/index.html"))
            #expect(page.contains("<dt>Published figures</dt><dd><a href=\"\(Self.address)\">\(Self.address)</a></dd>"))

            // A registry column comes after the table's own columns (and its comparators').
            let csv = Fixtures.read(output.appendingPathComponent("data/measures.csv")).split(separator: "\r\n")
            #expect(csv.first?.hasSuffix(",polarity,comparator_england,source_url") == true, "\(csv.first ?? "")")
            let rows = csv.filter { $0.hasPrefix("foster-carers,") }
            #expect(!rows.isEmpty)
            #expect(rows.allSatisfy { $0.hasSuffix(",\(Self.address)") })

            let json =
                try JSONSerialization.jsonObject(
                    with: Data(contentsOf: output.appendingPathComponent("data/site.json"))) as? [String: Any]
            let measure = try #require(
                (json?["measures"] as? [[String: Any]])?.first { $0["id"] as? String == "foster-carers" })
            #expect(measure["source_url"] as? String == Self.address)
            let schema = Fixtures.read(output.appendingPathComponent("data/site.schema.json"))
            #expect(schema.contains("\"source_url\""))
        }
        let frontMatter = try #require(FrontMatterSchema.document(.measure)["properties"] as? [String: Any])
        #expect(frontMatter["source_url"] != nil)
    }

    /// It is checked as its type says: a web address, so no `javascript:` reaches a page.
    @Test func aDeclaredFieldIsCheckedByItsType() throws {
        let errors = Fixtures.validate(try Self.site(sourceURL: "javascript:alert(1)")).diagnostics.filter(\.isError)
        #expect(
            errors.map {
                "\($0.path.split(separator: "/").suffix(2).joined(separator: "/")):\($0.line) \($0.code.rawValue)"
            }
                == ["measures/foster-carers.md:9 invalid-value"])
    }
}
