import Foundation
import QuarterlyBuild
import QuarterlyContent
import QuarterlyModel
import QuarterlyRender
import QuarterlyTestSupport
import Testing

/// Files an attacker or an accident could produce: each is refused quickly with a named
/// error, and nothing it holds can run in a reader's browser.
@Suite struct HostileInputTests {
    static func errors(_ files: [String: String]) throws -> [Diagnostic] {
        let content = try Fixtures.minimalSite(with: files)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        return Fixtures.validate(content).diagnostics.errors
    }

    static func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = ContinuousClock.now
        let result = try body()
        let elapsed = start.duration(to: .now)
        return (result, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    @Test func billionLaughsIsRefusedAtOnce() throws {
        var yaml =
            "---\ntitle: Laughs\noutcome: healthy\nref: 9.9\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            previous = name
        }
        let (errors, seconds) = try Self.timed { try Self.errors(["actions/laughs.md": yaml + "---\n"]) }
        #expect(errors.map(\.code) == [.yamlTooComplex])
        #expect(errors.first?.position == TextPosition(line: 6, column: 8))
        #expect(seconds < 1)
    }

    /// Found by the fuzz target: a message quoting the file's own text stays on one line,
    /// and a terminal escape in it is shown, not obeyed.
    @Test func diagnosticsShowControlCharactersInsteadOfPrintingThem() {
        let broken = SingleFileCheck.diagnostics(for: Array(".!\n\n=".utf8), at: .site)
        #expect(
            broken.map(\.headline) == [
                "content/site.yml:1:1: error: expected `key: value` lines, found `.!\\n=` [wrong-type]"
            ])
        let escape = SingleFileCheck.diagnostics(for: Array("---\nrag: \"\\e[2J\"\n---\n".utf8), at: .actionUpdate)
        #expect(escape.contains { $0.message.contains("`\\u{1B}[2J`") })
        #expect(!escape.contains { $0.description.unicodeScalars.contains { $0.value == 0x1B } })
    }

    @Test(arguments: ["[", "{a: "])
    func deepNestingIsRefused(opening: String) throws {
        let closing = opening == "[" ? "]" : "}"
        let deep =
            "---\ntitle: " + String(repeating: opening, count: 100_000) + String(repeating: closing, count: 100_000)
            + "\n---\n"
        let (errors, seconds) = try Self.timed { try Self.errors(["actions/care-communities.md": deep]) }
        #expect(errors.map(\.code) == [.yamlTooComplex])
        #expect(errors.first?.line == 2)
        #expect(seconds < 1)
    }

    /// The shape check (aliases, depth) reads the text only where it can find something,
    /// and finds the same first problem wherever it is: before or after a syntax error,
    /// with or without a `*` elsewhere in the file.
    static let shapes: [(yaml: String, code: DiagnosticCode?, line: Int, column: Int)] = [
        // The front matter's own mapping is the first level: the 16th bracket is the 17th.
        ("title: " + String(repeating: "[", count: 16) + String(repeating: "]", count: 16), .yamlTooComplex, 2, 23),
        ("title: " + String(repeating: "[", count: 15) + String(repeating: "]", count: 15), nil, 0, 0),
        (
            "title: " + String(repeating: "[", count: 17) + String(repeating: "]", count: 17) + "\nbad: \"open",
            .yamlTooComplex, 2, 23
        ),
        (
            "title: \"a*b\"\nx: " + String(repeating: "[", count: 17) + String(repeating: "]", count: 17),
            .yamlTooComplex, 3, 19
        ),
        ("title: x\nlist:\n" + String(repeating: "- ", count: 16) + "y", .yamlTooComplex, 4, 31),
        ("title: x\nlist:\n" + String(repeating: "- ", count: 15) + "y", nil, 0, 0),
        ("title: \"open\nrag: red", .yamlSyntax, 2, 8),
    ]

    @Test(arguments: shapes)
    func theShapeCheckFindsTheFirstProblem(_ shape: (yaml: String, code: DiagnosticCode?, line: Int, column: Int)) {
        let found = SingleFileCheck.diagnostics(for: Array("---\n\(shape.yaml)\n---\n".utf8), at: .actionUpdate)
            .first { $0.code == .yamlTooComplex || $0.code == .yamlSyntax }
        #expect(found?.code == shape.code)
        if shape.code != nil { #expect(found?.position == TextPosition(line: shape.line, column: shape.column)) }
    }

    @Test func shallowNestingIsStillFine() throws {
        let nested = "---\ntitle: Outcome\nrefs:\n  2019/20: \"1\"\nparent: [1, [2, 3]]\n---\n"
        let codes = SingleFileCheck.diagnostics(for: Array(nested.utf8), at: .outcome).map(\.code)
        #expect(!codes.contains(.yamlTooComplex))
        #expect(codes == [.wrongType], "only the list where text belongs")
    }

    @Test func oversizedFilesAreRefusedUnread() throws {
        let huge = "---\ntitle: Big\n---\n" + String(repeating: "All work and no play. ", count: 60_000)
        let errors = try Self.errors(["actions/care-communities.md": huge])
        #expect(errors.map(\.code) == [.fileTooLarge])
        #expect(errors.first?.message.contains("1048576 bytes") == true)
    }

    @Test func linksOutOfTheContentFolderAreRefused() throws {
        let content = try Fixtures.minimalSite(with: [:])
        let outside = content.deletingLastPathComponent().appendingPathComponent("secret.md")
        try Data("---\nrag: green\n---\nNot content.\n".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try FileManager.default.removeItem(
            at: content.appendingPathComponent("quarters/2019-20-q2/actions/safeguarding-board.md"))
        try FileManager.default.createSymbolicLink(
            at: content.appendingPathComponent("quarters/2019-20-q2/actions/safeguarding-board.md"),
            withDestinationURL: outside)
        let errors = Fixtures.validate(content).diagnostics.errors
        #expect(errors.map(\.code) == [.linkOutsideContent])
        #expect(errors.first?.path.hasSuffix("quarters/2019-20-q2/actions/safeguarding-board.md") == true)
    }

    /// A folder that is a link out of the content folder: the ordinary files in it are
    /// refused too (only links are resolved file by file; folders once each).
    @Test func filesInAFolderLinkedFromOutsideAreRefused() throws {
        let content = try Fixtures.minimalSite(with: [:])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let actions = content.appendingPathComponent("quarters/2019-20-q2/actions")
        let outside = content.deletingLastPathComponent().appendingPathComponent("elsewhere")
        try FileManager.default.moveItem(at: actions, to: outside)
        try FileManager.default.createSymbolicLink(at: actions, withDestinationURL: outside)
        let errors = Fixtures.validate(content).diagnostics.errors
        #expect(!errors.isEmpty)
        #expect(
            errors.allSatisfy { $0.code == .linkOutsideContent && $0.path.contains("quarters/2019-20-q2/actions/") })
    }

    @Test func aNamedPipeIsRefusedNotWaitedOn() throws {
        let content = try Fixtures.minimalSite(with: [:])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        #expect(mkfifo(content.appendingPathComponent("actions/pipe.md").path, 0o644) == 0)
        let (errors, seconds) = Self.timed { Fixtures.validate(content).diagnostics.errors }
        #expect(
            errors.map(\.headline).contains { $0.contains("actions/pipe.md:1:1: error: this is not a regular file") })
        #expect(seconds < 1)
    }

    @Test func byteOrderMarksAndWindowsLineEndingsAreAccepted() throws {
        let text = "\u{FEFF}---\r\nvalue: 71\r\n---\r\nUp from 65%.\r\n"
        let content = try Fixtures.minimalSite(with: ["quarters/2019-20-q2/measures/foi-responses.md": text])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let graph = try #require(Fixtures.validate(content).graph)
        let update = try #require(graph.measureUpdate("foi-responses", in: QuarterID("2019-20-q2")!))
        #expect(update.value?.text == "71")
        #expect(update.commentary == "Up from 65%.\n")
    }

    @Test func aPublishedQuarterMustBeOver() throws {
        let today = CalendarDate(year: 2019, month: 11, day: 1)!
        let content = try Fixtures.minimalSite(with: ["quarters/2019-20-q3/index.md": "---\nstatus: published\n---\n"])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let errors = ContentValidator.validate(ContentLoader.load(from: content.path), today: today).diagnostics.errors
        #expect(errors.map(\.code) == [.futureQuarter])
        #expect(errors.first?.position == TextPosition(line: 2, column: 9))
        #expect(
            errors.first?.message
                == "Quarter 3 2019/20 is published but its period ends on 31 December 2019, which is in the future")
        // The same quarter as a draft, or once it is over, is fine.
        #expect(
            ContentValidator.validate(
                ContentLoader.load(from: content.path),
                today: CalendarDate(year: 2020, month: 1, day: 1)!
            ).graph != nil)
        #expect(Fixtures.validate(Fixtures.minimal).graph != nil)
    }

    @Test func todayIsTheCivilDate() {
        #expect(CalendarDate(daysSinceEpoch: 0) == CalendarDate(year: 1970, month: 1, day: 1))
        #expect(CalendarDate(daysSinceEpoch: 18_170) == CalendarDate(year: 2019, month: 10, day: 1))
        #expect(CalendarDate(daysSinceEpoch: 11_016) == CalendarDate(year: 2000, month: 2, day: 29))
    }

    @Test func updatesMarkedForReviewCannotBePublished() throws {
        let review = "---\nrag: amber\nreview: carried over from Quarter 1 2019/20\n---\n"
        // 2019-20-q3 is a draft in the fixture: review notes are expected there.
        #expect(try Self.errors(["quarters/2019-20-q3/actions/care-communities.md": review]).isEmpty)
        let errors = try Self.errors(["quarters/2019-20-q2/actions/care-communities.md": review])
        #expect(errors.map(\.code) == [.unreviewedUpdate])
        #expect(errors.first?.position == TextPosition(line: 3, column: 9))
    }

    // MARK: Templates

    static func buildWithTemplate(_ name: String, _ text: String) throws -> BuildFailure? {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Fixtures.templates, to: templates)
        try Data(text.utf8).write(to: templates.appendingPathComponent(name + ".mustache"))
        let options = BuildOptions(
            contentDirectory: Fixtures.minimal.path, templatesDirectory: templates.path,
            outputDirectory: folder.appendingPathComponent("public").path, searchIndex: false)
        do { _ = try SiteBuilder(options: options).run() } catch { return error }
        return nil
    }

    @Test func aTemplateNamingAnUnknownFieldFails() throws {
        let failure = try #require(
            try Self.buildWithTemplate(
                "404", "{{<layout}}{{$content}}\n<p>{{#site}}{{organisaton}}{{/site}}</p>\n{{/content}}{{/layout}}\n"))
        #expect(failure.step == .loadTemplates)
        let error = try #require(failure.diagnostics.first)
        #expect(error.code == .unknownTemplateField)
        #expect(error.path.hasSuffix("templates/404.mustache"))
        #expect(error.position == TextPosition(line: 2, column: 13))
        #expect(error.hint?.hasPrefix("Did you mean `organisation`?") == true)
    }

    @Test func aMissingPartialFails() throws {
        let failure = try #require(
            try Self.buildWithTemplate("404", "{{<layout}}{{$content}}\n{{> partials/raag}}\n{{/content}}{{/layout}}\n")
        )
        let error = try #require(failure.diagnostics.first)
        #expect(error.code == .missingTemplate)
        #expect(error.position == TextPosition(line: 2, column: 1))
        #expect(error.hint?.hasPrefix("Did you mean `partials/rag`?") == true)
    }
}
