import Foundation
import QuarterlyModel
import QuarterlyRender
import QuarterlyTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The open data, the feed and the sitemap, read back as a reuser would.
@Suite("Open data and feeds")
struct DataFileTests {
    /// RFC 4180: enough of a reader to check what the writer wrote.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text.unicodeScalars)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" {
                        field.unicodeScalars.append(characters.removeFirst())
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\r" {
                continue
            } else if c == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        return rows
    }

    @Test(
        "CSV quoting",
        arguments: [
            ("plain", "plain"), ("a, b", "\"a, b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
        ])
    func quoting(value: String, written: String) {
        #expect(CSVTable.field(value) == written)
        var table = CSVTable(header: ["x"])
        table.rows = [[value]]
        #expect(Self.parseCSV(table.text) == [["x"], [value]])
    }

    /// Every value and RAG in measures.csv is the one its measure page shows for that quarter.
    @Test func measuresCSVAgreesWithThePages() throws {
        try Fixtures.withBuiltSite(Fixtures.exampleContent) { output, _ in
            let rows = Self.parseCSV(Fixtures.read(output.appendingPathComponent("data/measures.csv")))
            let header = try #require(rows.first)
            let graph = try #require(Fixtures.validate(Fixtures.exampleContent).graph).assessed().graph
            #expect(header == DataTables(graph: graph, words: Fixtures.catalogue).measureColumns.map(\.name))
            let column = Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0) })
            #expect(rows.count > 100)
            for row in rows.dropFirst() {
                #expect(row.count == header.count)
                let page = Fixtures.read(output.appendingPathComponent("measures/\(row[column["id"]!])/index.html"))
                let quarter = try #require(QuarterID(row[column["quarter"]!]))
                // The row whose header links the quarter (marked after the link when it holds
                // figures only or was corrected).
                let head = "<tr><th scope=\"row\"><a href=\"/quarters/\(quarter.slug)/\">\(quarter.label)</a>"
                let shown =
                    page.range(of: head).map { String(page[$0.lowerBound...]) }?
                    .components(separatedBy: "</tr>").first ?? ""
                // A spreadsheet shows a neutralised cell (`'-2.52%`) without its apostrophe.
                let cell = row[column["display_value"]!]
                let shownCell = cell.hasPrefix("'") ? String(cell.dropFirst()) : cell
                let display = shownCell.isEmpty ? "No data" : shownCell
                #expect(shown.contains("<td data-label=\"Value\">\(Self.html(display))</td>"), "\(row[0]) \(quarter)")
                let rag = row[column["rag"]!]
                #expect(
                    shown.contains(">\(rag.isEmpty ? "Not rated" : rag.capitalized)</span>"),
                    "\(row[0]) \(quarter) \(rag)")
                #expect(row[column["value"]!].allSatisfy { $0.isNumber || $0 == "." || $0 == "-" })
            }
        }
    }

    @Test func actionsCSVAgreesWithTheQuarterReports() throws {
        try Fixtures.withBuiltSite(Fixtures.exampleContent) { output, _ in
            let rows = Self.parseCSV(Fixtures.read(output.appendingPathComponent("data/actions.csv")))
            let column = Dictionary(uniqueKeysWithValues: rows[0].enumerated().map { ($1, $0) })
            #expect(rows.count > 50)
            for row in rows.dropFirst() {
                let report = Fixtures.read(
                    output.appendingPathComponent("quarters/\(row[column["quarter"]!])/index.html"))
                let shown = Fixtures.row(in: report, ref: row[column["ref"]!])
                #expect(shown.contains(">\(row[column["rag"]!].capitalized)</span>"), "\(row[0])")
                #expect(shown.contains("/actions/\(row[0])/"))
            }
        }
    }

    @Test func siteJSONHoldsTheWholeModel() throws {
        try Fixtures.withBuiltSite(Fixtures.minimal) { output, _ in
            let data = try Data(contentsOf: output.appendingPathComponent("data/site.json"))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(
                Set(json.keys) == [
                    "$schema", "licence", "site", "outcomes", "actions", "measures", "risks", "quarters",
                ])
            let quarters = try #require(json["quarters"] as? [[String: Any]])
            #expect(quarters.map { $0["id"] as? String } == ["2019-20-q1", "2019-20-q2"])
            let updates = try #require(quarters[1]["measure_updates"] as? [[String: Any]])
            let foi = try #require(updates.first { $0["measure"] as? String == "foi-responses" })
            #expect((foi["value"] as? NSNumber)?.doubleValue == 65)
            // Stated as Red, as the figures give: the council's rating.
            #expect(foi["rag_source"] as? String == "stated")
            #expect((foi["commentary"] as? [String: String])?["html"]?.contains("<table>") == true)
            let schema = try Data(contentsOf: output.appendingPathComponent("data/site.schema.json"))
            #expect((try JSONSerialization.jsonObject(with: schema) as? [String: Any])?["$schema"] != nil)
        }
    }

    /// The schema is made from site.json's declarations: every shared definition it
    /// names exists, and every member site.json writes is one the schema declares.
    @Test func theSchemaIsMadeFromWhatSiteJSONWrites() throws {
        let schema = try #require(
            try JSONSerialization.jsonObject(with: Data(SiteSchema.text.utf8)) as? [String: Any])
        let definitions = try #require(schema["$defs"] as? [String: Any])
        var references: [String] = []
        func collect(_ node: Any) {
            if let object = node as? [String: Any] {
                if let reference = object["$ref"] as? String { references.append(reference) }
                object.values.forEach(collect)
            } else if let list = node as? [Any] {
                list.forEach(collect)
            }
        }
        collect(schema)
        #expect(!references.isEmpty)
        for reference in references {
            #expect(definitions[String(reference.dropFirst("#/$defs/".count))] != nil, "\(reference)")
        }
        let graph = try #require(Fixtures.validate(Fixtures.exampleContent).graph).assessed().graph
        let json = SiteJSON(
            graph: graph, links: Links(deployment: Deployment(siteBaseURL: "/")), words: Fixtures.catalogue)
        let document = try #require(try JSONSerialization.jsonObject(with: json.data) as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: Any])
        #expect(Set(document.keys).isSubset(of: Set(properties.keys)))
        let measures = try #require(
            ((properties["measures"] as? [String: Any])?["items"] as? [String: Any])?["properties"] as? [String: Any])
        for measure in try #require(document["measures"] as? [[String: Any]]) {
            #expect(Set(measure.keys).isSubset(of: Set(measures.keys)), "\(measure["id"] ?? "")")
        }
    }

    @Test func feedAndSitemapAreWellFormedAndComplete() throws {
        try Fixtures.withBuiltSite(Fixtures.minimal) { output, report in
            let feed = try Data(contentsOf: output.appendingPathComponent("feed.xml"))
            let entries = try Self.elements(named: "entry", in: feed)
            #expect(entries == 2)
            let feedText = String(decoding: feed, as: UTF8.self)
            #expect(
                feedText.contains(
                    "<link rel=\"alternate\" type=\"text/html\" href=\"https://example.org/plan/quarters/2019-20-q2/\"/>"
                ))
            #expect(feedText.contains("Actions: 1 amber, 1 complete."))
            let sitemap = try Data(contentsOf: output.appendingPathComponent("sitemap.xml"))
            // Every page but the search page and the 404 page.
            #expect(try Self.elements(named: "url", in: sitemap) == report.pages - 2)
            #expect(
                String(decoding: sitemap, as: UTF8.self).contains(
                    "<loc>https://example.org/plan/measures/foi-responses/</loc><lastmod>2019-09-30</lastmod>"))
            #expect(
                Fixtures.read(output.appendingPathComponent("robots.txt")).contains(
                    "Sitemap: https://example.org/plan/sitemap.xml"))
        }
    }

    @Test func aSubPathReachesEveryLinkAndTheCanonicalAddress() throws {
        try Fixtures.withBuiltSite(Fixtures.minimal, baseURL: "/council-plan/") { output, _ in
            let page = Fixtures.read(output.appendingPathComponent("measures/foi-responses/index.html"))
            #expect(
                page.contains(
                    "<link rel=\"canonical\" href=\"https://example.org/council-plan/measures/foi-responses/\">"))
            #expect(page.contains("href=\"/council-plan/measures/foi-responses.csv\""))
            let hrefs = page.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
            for href in hrefs where href.hasPrefix("/") { #expect(href.hasPrefix("/council-plan/"), "\(href)") }
        }
    }

    @Test func footerLinksToTheSourceAndToTheFileBehindEachPage() throws {
        let site = try String(contentsOf: Fixtures.minimal.appendingPathComponent("site.yml"), encoding: .utf8)
        let content = try Fixtures.minimalSite(with: [
            "site.yml": site + """
                repository:
                  url: https://github.com/exampleshire/council-plan
                  edit_url: https://github.com/exampleshire/council-plan/edit/main/content/{path}

                """
        ])
        try Fixtures.withBuiltSite(content) { output, _ in
            let page = Fixtures.read(output.appendingPathComponent("measures/foi-responses/index.html"))
            #expect(page.contains("<a href=\"https://github.com/exampleshire/council-plan\">Source</a>"))
            #expect(
                page.contains(
                    "<a href=\"https://github.com/exampleshire/council-plan/edit/main/content/measures/foi-responses.md\">Suggest a correction to this page</a>"
                ))
            #expect(
                page.contains(
                    "<a href=\"https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/\">Open Government Licence v3.0</a>"
                ))
        }
    }

    static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    /// Parses XML (failing on malformed input) and counts elements with this name.
    static func elements(named name: String, in data: Data) throws -> Int {
        final class Counter: NSObject, XMLParserDelegate {
            let name: String
            var count = 0
            init(name: String) { self.name = name }
            func parser(
                _ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) { if element == name { count += 1 } }
        }
        let parser = XMLParser(data: data)
        let counter = Counter(name: name)
        parser.delegate = counter
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        return counter.count
    }
}

/// The hand-written JSON writer the data files use, against Foundation's reader.
