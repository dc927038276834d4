import Foundation
import QuarterlyTestSupport
import Testing

/// The DCAT catalogue of a site's datasets, and the schema.org markup of the pages that
/// show them: one description of each dataset, so the two agree.
@Suite struct CatalogueTests {
    static func json(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    static func id(_ node: Any?) -> String? { (node as? [String: Any])?["@id"] as? String }

    @Test func theCatalogueDescribesEveryDatasetAndItsFiles() throws {
        try Fixtures.withBuiltSite(Fixtures.exampleContent, baseURL: "/council-plan/") { output, _ in
            let catalogue = try Self.json(output.appendingPathComponent("data/catalog.jsonld"))
            let context = try #require(catalogue["@context"] as? [String: String])
            #expect(context["dcat"] == "http://www.w3.org/ns/dcat#" && context["dct"] == "http://purl.org/dc/terms/")
            #expect(catalogue["@type"] as? String == "dcat:Catalog")
            let home = try #require(Self.id(catalogue["foaf:homepage"]))
            #expect(home == "https://council-plan.cumbria.example/council-plan/")
            let datasets = try #require(catalogue["dcat:dataset"] as? [[String: Any]])
            let ids = datasets.compactMap { $0["@id"] as? String }
            #expect(Set(ids).count == ids.count, "every dataset has its own id")
            for expected in ["data/measures.csv", "data/actions.csv", "data/site.json", "quarters/2019-20-q2/"] {
                #expect(ids.contains(home + expected), "\(expected)")
            }
            for dataset in datasets {
                let name = dataset["@id"] as? String ?? "?"
                #expect(dataset["@type"] as? String == "dcat:Dataset")
                #expect(!(dataset["dct:title"] as? String ?? "").isEmpty)
                #expect(Self.id(dataset["dct:license"])?.hasPrefix("https://www.nationalarchives.gov.uk/") == true)
                #expect(
                    ((dataset["dct:publisher"] as? [String: Any])?["foaf:name"] as? String)
                        == "Cumbria County Council")
                let temporal = try #require(dataset["dct:temporal"] as? [String: Any], "\(name)")
                let start = try #require((temporal["dcat:startDate"] as? [String: String])?["@value"])
                let end = try #require((temporal["dcat:endDate"] as? [String: String])?["@value"])
                #expect(start < end, "\(name)")
                let distributions = try #require(dataset["dcat:distribution"] as? [[String: Any]], "\(name)")
                #expect(!distributions.isEmpty)
                for distribution in distributions {
                    let url = try #require(Self.id(distribution["dcat:downloadURL"]))
                    #expect(url.hasPrefix(home))
                    #expect(
                        FileManager.default.fileExists(
                            atPath: output.appendingPathComponent(String(url.dropFirst(home.count))).path), "\(url)")
                    let format = try #require(distribution["dct:format"] as? String)
                    let mediaType = try #require(Self.id(distribution["dcat:mediaType"]))
                    #expect(url.uppercased().hasSuffix("." + format), "\(url) is \(format)")
                    #expect(mediaType.hasPrefix("https://www.iana.org/assignments/media-types/"))
                }
            }
            // A quarter covers its three months.
            let quarter = try #require(datasets.first { $0["@id"] as? String == home + "quarters/2019-20-q2/" })
            let coverage = try #require(quarter["dct:temporal"] as? [String: Any])
            #expect((coverage["dcat:startDate"] as? [String: String])?["@value"] == "2019-07-01")
            #expect((coverage["dcat:endDate"] as? [String: String])?["@value"] == "2019-09-30")

            // The quarter's page carries the same dataset as schema.org markup.
            let page = Fixtures.read(output.appendingPathComponent("quarters/2019-20-q2/index.html"))
            let script = try #require(
                page.firstMatch(of: /<script type="application\/ld\+json">(.*?)<\/script>/.dotMatchesNewlines())?.1)
            let markup = try #require(
                try JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: Any])
            #expect(markup["@type"] as? String == "Dataset")
            #expect(markup["@id"] as? String == home + "quarters/2019-20-q2/")
            #expect(markup["name"] as? String == quarter["dct:title"] as? String)
            #expect(markup["temporalCoverage"] as? String == "2019-07-01/2019-09-30")
            #expect(markup["license"] as? String == Self.id(quarter["dct:license"]))
            let downloads = try #require(markup["distribution"] as? [[String: Any]])
            #expect(
                downloads.compactMap { $0["contentUrl"] as? String }
                    == (quarter["dcat:distribution"] as? [[String: Any]])?.compactMap {
                        Self.id($0["dcat:downloadURL"])
                    })
            #expect(page.contains("href=\"/council-plan/quarters/2019-20-q2/2019-20-q2.xlsx\" download>"))
        }
    }

    /// Text from content cannot end the markup's script element.
    @Test func theMarkupCannotBeClosedByContent() throws {
        let content = try Fixtures.minimalSite(with: [
            "site.yml":
                "organisation: \"Example </script><script>alert(1)</script>\"\ntitle: Council Plan\nbase_url: https://example.org/plan/\naccessibility:\n  email: access@example.org\n"
        ])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try Fixtures.withBuiltSite(content) { output, _ in
            let page = Fixtures.read(output.appendingPathComponent("quarters/2019-20-q2/index.html"))
            let script = try #require(
                page.firstMatch(of: /<script type="application\/ld\+json">(.*?)<\/script>/.dotMatchesNewlines())?.1)
            #expect(script.contains("Example \\u003c/script>\\u003cscript>alert(1)\\u003c/script>"))
            let markup = try JSONSerialization.jsonObject(with: Data(script.utf8)) as? [String: Any]
            #expect(
                ((markup?["publisher"] as? [String: Any])?["name"] as? String)
                    == "Example </script><script>alert(1)</script>")
        }
    }
}
