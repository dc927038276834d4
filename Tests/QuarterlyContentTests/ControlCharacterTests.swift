import Foundation
import QuarterlyContent
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// Issue 20 (6, 8): control characters, which break feed.xml and reach terminals and
/// spreadsheets, are refused in every file, front matter and body alike, at their line
/// and column, whether typed or written as a YAML escape.
@Suite struct ControlCharacterTests {
    /// `[line:column code]` of each error, for a file at `kind`'s place.
    static func errors(_ text: String, at kind: ContentKind = .actionUpdate) -> [String] {
        SingleFileCheck.diagnostics(for: Array(text.utf8), at: kind).filter(\.isError).map {
            "\($0.line):\($0.column) \($0.code.rawValue)"
        }
    }

    static let cases: [(name: String, kind: ContentKind, text: String, errors: [String])] = [
        // Typed into the file (pasted): found by SourceText before YAML or Markdown sees them.
        (
            "NUL in front matter (was 1:1)", .actionUpdate, "---\nrag: green\ndirection: up\u{0}\n---\n",
            ["3:14 control-character"]
        ),
        (
            "ESC in front matter (was 1:1)", .actionUpdate, "---\nrag: green\ntitle: \u{1B}[2J\n---\n",
            ["3:8 control-character"]
        ),
        (
            "NUL in a body (was accepted)", .actionUpdate, "---\nrag: green\n---\nOn track.\nThe hub\u{0} opened.\n",
            ["5:8 control-character"]
        ),
        ("DEL in a body", .measureUpdate, "---\nvalue: 5\n---\nUp\u{7F}.\n", ["4:3 control-character"]),
        ("a C1 control (U+0085) in a title", .action, "---\ntitle: Care\u{85}\n---\n", ["2:12 control-character"]),
        ("U+FFFE in site.yml", .site, "organisation: A\ntitle: B\u{FFFE}\n", ["2:9 control-character"]),
        // £ and U+FFFD share their first byte with refused characters, and are text.
        (
            "U+0085 after £ and U+FFFD", .measureUpdate, "---\nvalue: 5\n---\n£5 \u{FFFD} up\u{85}\n",
            ["4:8 control-character"]
        ),
        ("£ and U+FFFD alone", .measureUpdate, "---\nvalue: 5\n---\n£5 \u{FFFD} \u{00A0}up\n", []),
        (
            "a vertical tab from Word in a body", .quarter, "---\nstatus: draft\n---\nLine one\u{0B}line two\n",
            ["4:9 control-character"]
        ),
        (
            "the first of several is reported", .actionUpdate, "---\nrag: green\n---\n\u{7}\u{7}\n\u{7}\n",
            ["4:1 control-character"]
        ),
        // Tabs and line breaks are text.
        ("tabs and line breaks", .actionUpdate, "---\nrag: green\ntitle: \"A\\tB\\nC\"\n---\nOne\ttwo\n\nthree\n", []),
        ("CRLF line ends", .actionUpdate, "---\r\nrag: green\r\n---\r\nOn track.\r\n", []),
        // Written as escapes in a double-quoted value: reported at the backslash.
        (
            "\\e in site.yml's title (the issue's feed.xml)", .site, "organisation: A\ntitle: \"Plan \\e[2J\"\n",
            ["2:14 control-character"]
        ),
        ("\\0 in a title", .action, "---\ntitle: \"Care\\0\"\n---\n", ["2:13 control-character"]),
        ("\\x07 after an allowed \\t", .action, "---\ntitle: \"A\\tB\\x07\"\n---\n", ["2:13 control-character"]),
        (
            "\\u0085 on the second line of a value", .action, "---\ntitle: \"Care\n  home\\u0085\"\n---\n",
            ["3:7 control-character"]
        ),
        (
            "\\r in a list item", .risk, "---\nref: R1\ntitle: T\nowner: O\ncontrols:\n  - \"a\\rb\"\n---\n",
            ["6:7 control-character"]
        ),
        ("\\e in a key", .action, "---\n\"ti\\etle\": Care\n---\n", ["2:4 control-character", "2:1 unknown-key"]),
    ]

    @Test(arguments: cases.indices)
    func refusedAtTheirPlace(_ index: Int) {
        let (name, kind, text, expected) = Self.cases[index]
        let found = Self.errors(text, at: kind).filter { !$0.hasSuffix("missing-field") }
        #expect(found == expected, "\(name)")
    }

    /// What an officer reads: the character named by its code point, and what to do.
    @Test func theMessageNamesTheCharacter() throws {
        let diagnostic = try #require(
            SingleFileCheck.diagnostics(for: Array("---\nrag: green\n---\na\u{1B}b\nc\u{1B}\n".utf8), at: .actionUpdate)
                .first)
        #expect(diagnostic.message == "a control character, U+001B (escape), is in the text (and 1 more in this file)")
        #expect(diagnostic.hint?.hasPrefix("Delete it") == true)
    }

    /// The scan looks at every byte of every file: at a megabyte it must stay cheap (CPU time
    /// of this thread, so a loaded machine does not count; a debug build takes a few ms).
    @Test func scanningAMegabyteIsQuick() {
        let text = String(repeating: "Progress on the plan’s actions — “on track”.\n", count: 22_000)
        let seconds = ThreadCPUTime.seconds { #expect(ControlCharacters.first(in: text) == nil) }
        #expect(seconds < 0.5, "\(seconds) s")
    }
}
