import Foundation
import QuarterlyBuild
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// Hostile text in every field a content file or site.yml can hold must reach the built
/// site as inert text: no script element, no event-handler attribute, no script URL.
@Suite struct UntrustedTextTests {
    static let payloads = [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(2)>",
        "\"><svg onload=alert(3)>",
        "'><iframe src=javascript:alert(4)>",
        "javascript:alert(5)",
        "{{site.title}}{{{html}}}{{> layout}}",
        "<a href=\"javascript:alert(6)\">x</a>",
        "</title><script>alert(7)</script>",
        "]]></desc><script>alert(8)</script>",
    ]

    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Markdown bodies: the payloads as raw HTML, plus links and images with script URLs.
    static let markdown =
        payloads.joined(separator: "\n\n") + """


            [click](javascript:alert(9)) [data](data:text/html;base64,PHNjcmlwdD4=) [vb](vbscript:msgbox(1))
            ![img](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMTApPg==) [ok](https://example.org/) <javascript:alert(11)>

            | a | b |
            |---|---|
            | <script>alert(12)</script> | <b onmouseover=alert(13)>x</b> |

            """

    static func hostileSite() throws -> URL {
        let p = payloads.map(yamlQuoted)
        return try Fixtures.minimalSite(with: [
            "site.yml": """
            organisation: \(p[0])
            title: \(p[1])
            description: \(p[2])
            base_url: https://example.org/plan/
            repository:
              url: "https://example.org/\\\"><script>alert(14)</script>"
              edit_url: "https://example.org/edit/{path}?x=\\\"onmouseover=alert(15)"
            licence:
              name: \(p[3])
              url: "https://example.org/'><svg onload=alert(16)>"
            accessibility:
              email: \(p[6])
              phone: \(p[7])
              issues:
                - \(p[8])

            """,
            "outcomes/healthy.md": "---\ntitle: \(p[5])\nref: \(p[7])\n---\n" + markdown,
            "actions/care-communities.md":
                "---\nref: \(p[2])\ntitle: \(p[0])\noutcome: healthy\nmilestone: \(p[1])\nlead_officer: \(p[3])\nportfolio_holder: \(p[4])\n---\n"
                + markdown,
            "measures/foster-carers.md": """
            ---
            ref: \(p[8])
            title: \(p[6])
            outcome: healthy
            unit: count
            polarity: higher
            baseline: 179
            baseline_period: \(p[0])
            target: 199
            directorate: \(p[1])
            source: \(p[2])
            comparators:
              - \(p[3])
            ---

            """ + markdown,
            "quarters/2019-20-q2/index.md": "---\nstatus: published\nmeeting: \(p[4])\nplan: \(p[5])\n---\n" + markdown,
            "quarters/2019-20-q2/measures/foster-carers.md": """
            ---
            value: 184
            display: \(p[7])
            period: \(p[1])
            rag: green
            rag_reason: \(p[0])
            title: \(p[2])
            comparators:
              \(p[3]): 190
            ---

            """ + markdown,
            "quarters/2019-20-q2/actions/care-communities.md":
                "---\nrag: amber\ntitle: \(p[6])\nmilestone: \(p[8])\n---\n" + markdown,
            "quarters/2019-20-q2/outcomes/protected.md": markdown + "\n## Risk\n\n" + markdown + "\n## Finance\n\n"
                + markdown,
            "risks/workforce.md":
                "---\nref: \(p[1])\ntitle: \(p[0])\ncategory: \(p[2])\nowner: \(p[3])\nconsequences:\n  - \(p[4])\ncontrols:\n  - \(p[5])\nmitigations:\n  - \(p[6])\nactions: [care-communities]\nmeasures: [foster-carers]\n---\n"
                + markdown,
            "quarters/2019-20-q2/risks/workforce.md": "---\nlikelihood: 3\nimpact: 4\nscore: 12\n---\n" + markdown,
        ])
    }

    /// Every start tag in a document, as (name, attributes text).
    static func tags(in text: String) -> [(String, String)] {
        let pattern = try! NSRegularExpression(pattern: "<([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>")
        let range = NSRange(text.startIndex..., in: text)
        return pattern.matches(in: text, range: range).map { match in
            (
                String(text[Range(match.range(at: 1), in: text)!]).lowercased(),
                String(text[Range(match.range(at: 2), in: text)!])
            )
        }
    }

    /// An attribute list as (lower-cased name, value) pairs, the way a browser splits it.
    static func attributes(_ text: String) -> [(String, String)] {
        let pattern = try! NSRegularExpression(pattern: "([^\\s=/>\"']+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?")
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            let name = String(text[Range(match.range(at: 1), in: text)!]).lowercased()
            var value =
                match.range(at: 2).location == NSNotFound ? "" : String(text[Range(match.range(at: 2), in: text)!])
            if value.hasPrefix("\"") || value.hasPrefix("'") { value = String(value.dropFirst().dropLast()) }
            return (name, value)
        }
    }

    @Test(arguments: [
        "repository:\n  url: javascript:alert(1)\n",
        "repository:\n  url: https://x.org/\n  edit_url: data:text/html,x\n",
        "licence:\n  url: \" JavaScript:alert(1)\"\n",
    ])
    func siteLinksMustBeWebAddresses(yaml: String) throws {
        let site = "organisation: Exampleshire County Council\ntitle: Council Plan\n" + yaml
        let content = try Fixtures.minimalSite(with: ["site.yml": site])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let errors = Fixtures.validate(content).diagnostics.errors
        #expect(errors.map(\.code) == [.invalidValue])
        #expect(errors.first?.line == site.split(separator: "\n").count)
    }

    @Test func attributeSplitting() {
        let pairs = Self.attributes(" content=\"&lt;img onerror=x&gt;\" onload=go() href='javascript:x'")
        #expect(pairs.map(\.0) == ["content", "onload", "href"])
        #expect(pairs[2].1 == "javascript:x")
    }

    @Test func nothingExecutableReachesTheSite() throws {
        let content = try Self.hostileSite()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        // Without search: the search page's own Pagefind script is Quarterly's, not content's.
        let output = content.deletingLastPathComponent().appendingPathComponent("public")
        let report = try SiteBuilder(
            options: BuildOptions(
                contentDirectory: content.path, templatesDirectory: Fixtures.templates.path,
                outputDirectory: output.path, searchIndex: false)
        ).run()
        do {
            #expect(report.pages > 10)
            // Pages, charts and the feed are what a browser runs; CSV and JSON keep text as written, by design.
            let kinds = [".html", ".svg", ".xml"]
            let files = Fixtures.snapshot(output).filter { entry in kinds.contains { entry.key.hasSuffix($0) } }
            var found: [String] = []
            for (path, data) in files {
                let text = String(decoding: data, as: UTF8.self)
                for (name, attributes) in Self.tags(in: text) {
                    // A JSON-LD data block (schema.org Dataset markup) is never run; that content
                    // cannot end it is tested with the markup (CatalogueTests).
                    let dataBlock = name == "script" && attributes == " type=\"application/ld+json\""
                    if ["script", "iframe", "object", "embed", "base", "form"].contains(name), !dataBlock {
                        found.append("\(path): <\(name)\(attributes)>")
                    }
                    for (attribute, value) in Self.attributes(attributes) {
                        if attribute.hasPrefix("on") {
                            found.append("\(path): event handler \(attribute) on <\(name)>")
                        }
                        let scheme = value.trimmingCharacters(in: .whitespaces).lowercased()
                        if ["href", "src", "action", "formaction", "xlink:href"].contains(attribute),
                            ["javascript:", "vbscript:", "data:"].contains(where: { scheme.hasPrefix($0) })
                        {
                            found.append("\(path): script URL in <\(name) \(attribute)=\"\(value)\">")
                        }
                    }
                }
                // Mustache-like text stays as typed: it is never expanded.
                if path.hasSuffix(".html"), text.contains("Exampleshire") {
                    found.append("\(path): a {{ }} payload was expanded")
                }
            }
            #expect(found.isEmpty, "\(found.prefix(20).joined(separator: "\n"))")
            // And the text is still there, escaped: nothing was lost.
            let action = Fixtures.read(output.appendingPathComponent("actions/care-communities/index.html"))
            #expect(action.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(
                action.contains("{{site.title}}")
                    || action.contains("{{site.title}}".replacingOccurrences(of: "{", with: "&#123;")))
        }
    }
}
