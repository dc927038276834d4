import Foundation
import QuarterlyContent
import QuarterlyModel
import QuarterlyRender
import QuarterlyTestSupport
import Testing

@Suite("Reading files")
struct FileTests {
    @Test(arguments: [
        ("superfast-broadband", true), ("a", true), ("m1-10", true), ("2019", true),
        ("", false), ("-a", false), ("a-", false), ("a--b", false), ("A", false), ("a_b", false),
        ("a.b", false), ("a b", false), ("café", false), ("ａ", false),
    ])
    func fileNamesAreIDsOfLowerCaseLettersDigitsAndSingleHyphens(id: String, valid: Bool) {
        #expect(ContentTree.isValidID(id) == valid, "\(id)")
    }

    @Test func frontMatterSplits() throws {
        let split = try FrontMatter.split("---\nrag: red\n---\nBody\n").get()
        #expect(split.yaml == "rag: red\n")
        #expect(split.body == "Body\n")
        #expect(split.bodyFirstLine == 4)
    }

    @Test func bodyOnly() throws {
        let split = try FrontMatter.split("Just text.\n").get()
        #expect(split.yaml == nil)
        #expect(split.body == "Just text.\n")
    }

    @Test func unclosed() {
        #expect(FrontMatter.split("---\nrag: red\n") == .failure(.unclosed))
    }

    @Test func bomAndCRLFAreAccepted() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\nrag: red\r\n---\r\n".utf8)
        let source = try SourceText.decode(bytes: bytes, displayPath: "x.md", relativePath: "x.md").get()
        #expect(source.text == "---\nrag: red\n---\n")
    }

    @Test func invalidUTF8NamesTheByte() {
        let bytes = Array("ok\nCaf".utf8) + [0xE9, 0x21]
        guard case .failure(let problem) = SourceText.decode(bytes: bytes, displayPath: "x.md", relativePath: "x.md")
        else {
            Issue.record("invalid UTF-8 was accepted")
            return
        }
        #expect(problem.code == .invalidEncoding)
        #expect(problem.position == TextPosition(line: 2, column: 4))
        #expect(problem.message.contains("byte offset 6"))
    }
}

@Suite("Loading and validating")
struct ValidationTests {
    @Test func minimalSiteIsValid() throws {
        let result = Fixtures.validate(Fixtures.minimal)
        #expect(result.diagnostics.errors.isEmpty, "\(result.diagnostics)")
        let graph = try #require(result.graph)
        #expect(graph.site.organisation == "Exampleshire County Council")
        #expect(Deployment(siteBaseURL: graph.site.baseURL).basePath == "/plan/")
        #expect(graph.outcomes.map(\.id) == ["healthy", "protected"])
        #expect(graph.actions.map(\.ref) == ["1.10", "1.1"])
        #expect(graph.quarters.map(\.id.slug) == ["2019-20-q1", "2019-20-q2", "2019-20-q3"])
        let q2 = try #require(QuarterID("2019-20-q2"))
        #expect(graph.quarter(q2)?.meeting == "Cabinet, 5 December 2019")
        #expect(graph.actionUpdate("care-communities", in: q2)?.rag == .amber)
        #expect(
            graph.measureUpdate("foster-carers", in: q2)?.comparators == [
                ComparatorValue(name: "England", value: Figure(text: "190")!)
            ])
        #expect(graph.commentary(on: "protected", in: q2)?.risk.contains("rated 10") == true)
        #expect(graph.measure("foi-responses")?.target(in: q2)?.text == "90")
    }

    @Test func draftsAreLeftOutOfThePublishedGraph() throws {
        let graph = try #require(Fixtures.validate(Fixtures.minimal).graph)
        #expect(graph.containsDrafts)
        let published = graph.publishedOnly()
        #expect(!published.containsDrafts)
        #expect(published.quarters.count == 2)
        #expect(published.actionUpdates(in: QuarterID("2019-20-q3")!).isEmpty)
    }

    /// Each folder under Tests/Fixtures/invalid is laid over the minimal site and must
    /// fail with exactly the errors its expected.txt names, at those lines and columns.
    @Test("invalid content", arguments: Fixtures.invalidCases)
    func invalidCase(name: String) throws {
        let content = try Fixtures.invalidSite(name)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let result = Fixtures.validate(content)
        #expect(result.graph == nil)
        let prefix = content.path + "/"
        let found = result.diagnostics.errors.map { d in
            "\(d.path.replacingOccurrences(of: prefix, with: "")):\(d.line):\(d.column): \(d.code.rawValue)"
        }
        let expected = Fixtures.read(Fixtures.root.appendingPathComponent("invalid/\(name)/expected.txt"))
            .split(separator: "\n").map(String.init)
        #expect(found == expected, "\(result.diagnostics.map(\.description).joined(separator: "\n"))")
        for diagnostic in result.diagnostics.errors {
            #expect(diagnostic.hint?.isEmpty == false, "every error has a hint: \(diagnostic.headline)")
        }
    }

    /// A whole build of each invalid case, over the output of an earlier good build:
    /// it fails within a second at the validate step and leaves that output byte for byte.
    @Test("invalid content never touches the published site", arguments: Fixtures.invalidCases)
    func invalidCaseLeavesTheOutputAlone(name: String) throws {
        let content = try Fixtures.invalidSite(name)
        let output = content.deletingLastPathComponent().appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        _ = try Fixtures.build(content: Fixtures.minimal, output: output)
        let before = Fixtures.snapshot(output)
        let start = ContinuousClock.now
        do {
            _ = try Fixtures.build(content: content, output: output)
            Issue.record("\(name) built")
        } catch {
            #expect(error.step == .validate || error.step == .loadContent)
        }
        #expect(start.duration(to: .now) < .seconds(1))
        #expect(Fixtures.snapshot(output) == before)
    }

    @Test func unknownKeySuggestsTheNearest() throws {
        let content = try Fixtures.invalidSite("unknown-key")
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let diagnostic = try #require(Fixtures.validate(content).diagnostics.errors.first)
        #expect(diagnostic.hint?.hasPrefix("Did you mean `milestone`?") == true)
    }

    @Test func unknownRAGListsTheAllowedWords() throws {
        let content = try Fixtures.invalidSite("unknown-rag")
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let diagnostic = try #require(Fixtures.validate(content).diagnostics.errors.first)
        #expect(diagnostic.description.contains("`red`, `amber`, `green` or `complete`"))
        #expect(diagnostic.headline.hasSuffix("error: `Amber/Green` is not a valid `rag` [unknown-word]"))
    }

    @Test func strayFilesAreIgnoredWithAWarning() throws {
        let content = try Fixtures.invalidSite("undefined-action")
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try Data("notes".utf8).write(to: content.appendingPathComponent("actions/notes.txt"))
        let warnings = Fixtures.validate(content).diagnostics.warnings
        #expect(warnings.map(\.code) == [.ignoredFile])
    }
}
