import Foundation
import QuarterlyBuild
import QuarterlyTestSupport
import Testing

/// Every word a reader sees comes from the content or the strings catalogue, none from
/// Swift or a template's own text: a site whose content is all between ⟦ and ⟧ (the
/// `marked` fixture), built with every catalogue string between ⟦ and ⟧ too, shows no
/// letter outside those marks, in any page's text or in the attributes a reader hears
/// (`alt`, `title`, `aria-label`, the description), nor in any chart file.
@Suite struct UnmarkedTextTests {
    static let marked = Fixtures.root.appendingPathComponent("valid/marked/content")

    /// With and without the draft quarter (its banner and marks), and in Welsh as well
    /// as English (the site's pages under `/cy/` take every word from the Welsh catalogue).
    @Test(arguments: [(false, false), (true, false), (false, true)])
    func everyVisibleWordIsFromTheCatalogueOrTheContent(drafts: Bool, welsh: Bool) throws {
        let output = Fixtures.temporaryFolder().appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        var content = Self.marked
        if welsh {
            content = output.deletingLastPathComponent().appendingPathComponent("content")
            try FileManager.default.createDirectory(
                at: content.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Self.marked, to: content)
            let site = content.appendingPathComponent("site.yml")
            try Data(("languages: [en, cy]\n" + Fixtures.read(site)).utf8).write(to: site)
        }
        var options = BuildOptions(
            contentDirectory: content.path, templatesDirectory: Fixtures.templates.path,
            outputDirectory: output.path, includeDrafts: drafts, searchIndex: false)
        options.stringMarks = ("⟦", "⟧")
        _ = try SiteBuilder(options: options).run()
        if welsh {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("cy/index.html").path))
        }
        var unmarked: [String: Set<String>] = [:]
        for (path, data) in Fixtures.snapshot(output) where path.hasSuffix(".html") || path.hasSuffix(".svg") {
            // A sentence with a link in it is one string, its marks in different pieces.
            var depth = 0
            for text in ReaderText.of(String(decoding: data, as: UTF8.self))
            where ReaderText.hasUnmarkedWords(text, depth: &depth) {
                unmarked[text, default: []].insert(path)
            }
        }
        let report = unmarked.sorted { $0.key < $1.key }.map { text, pages in
            "\(text.debugDescription) on \(pages.count) page(s), e.g. \(pages.sorted().first!)"
        }
        #expect(
            report.isEmpty,
            Comment(rawValue: "\(report.count) texts not from the catalogue:\n" + report.joined(separator: "\n")))
    }

    @Test(arguments: [
        ("⟦Red⟧", false), ("12 ⟦September⟧ 2019", false), ("⟦Of ⟦3⟧ actions⟧", false), ("85%", false),
        ("→", false), ("Red", true), ("⟦Red⟧ (computed)", true), ("access@example.org", false),
        ("https://example.org/plan/", false),
    ])
    func theCheckFindsWordsOutsideMarks(text: String, unmarked: Bool) {
        var depth = 0
        #expect(ReaderText.hasUnmarkedWords(text, depth: &depth) == unmarked)
    }

    /// The pieces of a page in order: a mark opened in one piece holds until it closes in
    /// a later one, as around a sentence with a link inside.
    @Test(arguments: [
        (["⟦Published under the", "⟦Licence⟧", ", except where stated.⟧"], [false, false, false]),
        (["⟦Published⟧", "under the", "⟦Licence⟧"], [false, true, false]),
    ])
    func marksHoldAcrossPieces(pieces: [String], unmarked: [Bool]) {
        var depth = 0
        #expect(pieces.map { ReaderText.hasUnmarkedWords($0, depth: &depth) } == unmarked)
    }
}

/// The text a reader sees or hears in an HTML or SVG file, piece by piece.
enum ReaderText {
    /// Attributes a reader hears or sees.
    static let attributes = ["alt", "title", "aria-label", "placeholder", "aria-description"]

    static func of(_ html: String) -> [String] {
        var texts: [String] = []
        var rest = Substring(html)
        // Script and style bodies are not read; a <title> in SVG is.
        func skip(past closing: String) {
            if let end = rest.range(of: closing, options: .caseInsensitive) {
                rest = rest[end.upperBound...]
            } else {
                rest = ""
            }
        }
        while let open = rest.firstIndex(of: "<") {
            texts.append(String(rest[..<open]))
            rest = rest[open...]
            if rest.hasPrefix("<!--") {
                skip(past: "-->")
                continue
            }
            guard let close = rest.firstIndex(of: ">") else { break }
            let tag = String(rest[rest.index(after: rest.startIndex)..<close])
            rest = rest[rest.index(after: close)...]
            let name = tag.prefix { !$0.isWhitespace && $0 != "/" && $0 != ">" }.lowercased()
            if name == "script" || name == "style" {
                skip(past: "</" + name)
                continue
            }
            for attribute in attributes { texts += values(of: attribute, in: tag) }
            if name == "meta",
                tag.contains("name=\"description\"") || tag.contains("og:title") || tag.contains("og:description")
            {
                texts += values(of: "content", in: tag)
            }
        }
        texts.append(String(rest))
        // HTML shown as text (the "Use this chart" code to copy) is read as HTML in turn.
        return texts.map(unescaped).flatMap { $0.contains("<") ? of($0) : [$0] }
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    private static func values(of attribute: String, in tag: String) -> [String] {
        var found: [String] = []
        var rest = Substring(tag)
        while let at = rest.range(of: " " + attribute + "=\"") {
            let after = rest[at.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            found.append(String(after[..<end]))
            rest = after[end...]
        }
        return found
    }

    private static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Whether letters are left once every ⟦…⟧ is taken out, ignoring addresses. `depth`
    /// is how many marks are open before the text, and after it once read.
    static func hasUnmarkedWords(_ text: String, depth: inout Int) -> Bool {
        var outside = ""
        for character in text {
            if character == "⟦" {
                depth += 1
            } else if character == "⟧" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                outside.append(character)
            }
        }
        return outside.split(whereSeparator: \.isWhitespace).contains { word in
            word.contains(where: \.isLetter) && !word.contains("@") && !word.hasPrefix("http")
                && !word.hasPrefix("(http") && !word.hasPrefix("/")
        }
    }
}
