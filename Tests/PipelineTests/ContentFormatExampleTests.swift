import Foundation
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// The examples in content-format.md's "Kinds of measure" are a site: each file shown is
/// written where its label says, with only what every site needs around them (site.yml,
/// the outcome, each quarter's index.md), and every page sentence the section quotes must
/// be on the page the examples build.
@Suite("The docs' examples of each kind of measure")
struct ContentFormatExampleTests {
    struct Example {
        var files: [String: String] = [:]
        /// Each subsection's measure and the sentences quoted for it.
        var sentences: [(measure: String, sentence: String)] = []
    }

    static func example() throws -> Example {
        let text = Fixtures.read(Fixtures.packageRoot.appendingPathComponent("docs/content-format.md"))
        let start = try #require(text.range(of: "\n## Kinds of measure\n"))
        let rest = text[start.upperBound...]
        let section = rest.range(of: "\n## ").map { rest[..<$0.lowerBound] } ?? rest
        var example = Example()
        var path: String?
        var block: [Substring]?
        var measure = ""
        var prose = ""
        func takeSentences() {
            var remaining = Substring(prose)
            while let open = remaining.range(of: "“"), let close = remaining[open.upperBound...].range(of: "”") {
                example.sentences.append((measure, String(remaining[open.upperBound..<close.lowerBound])))
                remaining = remaining[close.upperBound...]
            }
            prose = ""
        }
        for line in section.split(separator: "\n", omittingEmptySubsequences: false) {
            if var lines = block {
                if line == "```" {
                    example.files[path!] = lines.joined(separator: "\n") + "\n"
                    (block, path) = (nil, nil)
                } else {
                    lines.append(line)
                    block = lines
                }
            } else if line.hasPrefix("`"), line.hasSuffix(".md`"), !line.contains(" ") {
                path = String(line.dropFirst().dropLast())
                if path!.hasPrefix("measures/") {
                    takeSentences()
                    measure = String(path!.dropFirst("measures/".count).dropLast(".md".count))
                }
            } else if line == "```markdown", path != nil {
                block = []
            } else if line.hasPrefix("### ") {
                takeSentences()
            } else {
                prose += " " + line.trimmingCharacters(in: .whitespaces)
            }
        }
        takeSentences()
        return example
    }

    /// The examples, with what every site needs around them.
    static func site(_ example: Example) throws -> URL {
        let folder = Fixtures.temporaryFolder().appendingPathComponent("content")
        var files = example.files
        files["site.yml"] = "organisation: Exampleshire County Council\ntitle: Council Plan\n"
        for text in example.files.values {
            for line in text.split(separator: "\n") where line.hasPrefix("outcome: ") {
                files["outcomes/\(line.dropFirst("outcome: ".count)).md"] = "---\ntitle: An outcome\n---\n"
            }
        }
        for path in example.files.keys where path.hasPrefix("quarters/") {
            let quarter = path.split(separator: "/")[1]
            files["quarters/\(quarter)/index.md"] = "---\nstatus: published\n---\n"
        }
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    @Test func everyKindHasAnExample() throws {
        let example = try Self.example()
        let definitions = example.files.filter { $0.key.hasPrefix("measures/") }.values
        #expect(definitions.contains { $0.contains("target: 90 to 94") })
        #expect(definitions.contains { $0.contains("cumulative: true") })
        #expect(definitions.contains { $0.contains("polarity: none") })
        #expect(example.files.keys.filter { $0.hasPrefix("quarters/") }.count >= 8)
        #expect(Set(example.sentences.map(\.measure)).count == 4)
    }

    @Test func theExamplesBuildAndSayWhatTheDocsSay() throws {
        let example = try Self.example()
        let content = try Self.site(example)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let result = Fixtures.validate(content)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description).joined(separator: "\n"))")
        try Fixtures.withBuiltSite(content) { output, _ in
            for (measure, sentence) in example.sentences {
                let page = Fixtures.read(output.appendingPathComponent("measures/\(measure)/index.html"))
                #expect(page.contains(sentence), "measures/\(measure)/ says: \(sentence)")
            }
        }
    }

    /// A range and a pro-rata target reach the open data as what they are.
    @Test func theirTargetsAreOpenData() throws {
        let content = try Self.site(try Self.example())
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try Fixtures.withBuiltSite(content) { output, _ in
            let csv = DataFileTests.parseCSV(Fixtures.read(output.appendingPathComponent("data/measures.csv")))
            func row(_ id: String, _ quarter: String) -> [String: String] {
                let cells = csv.first { $0.first == id && $0.contains(quarter) } ?? []
                return Dictionary(zip(csv[0], cells), uniquingKeysWith: { a, _ in a })
            }
            let occupancy = row("care-home-occupancy", "2019-20-q2")
            #expect([occupancy["target"], occupancy["target_low"], occupancy["target_high"]] == ["", "90", "94"])
            let funding = row("external-funding", "2019-20-q2")
            #expect([funding["target"], funding["target_basis"]] == ["1000000", "pro-rata"])
            #expect(row("external-funding", "2019-20-q4")["target_basis"] == "year-end")
            let calls = row("calls-received", "2019-20-q2")
            #expect([calls["rag"], calls["direction"], calls["polarity"]] == ["", "up", "none"])
            let json = try JSONSerialization.jsonObject(
                with: Data(contentsOf: output.appendingPathComponent("measures/care-home-occupancy.json")))
            let measure = try #require((json as? [String: Any])?["measure"] as? [String: Any])
            #expect((measure["target"] as? [String: Int]) == ["low": 90, "high": 94])
        }
    }
}
