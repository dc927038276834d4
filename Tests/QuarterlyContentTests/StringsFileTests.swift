import QuarterlyContent
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// A site's own strings file is laid over the built-in one key by key, and every way it
/// can be wrong is one located error.
@Suite struct StringsFileTests {
    @Test(arguments: [
        ("rag:\n  red: Off track\n", "en", nil as String?, nil as TextPosition?),
        ("rag:\n  redd: Off track\n", "en", "unknown-string", TextPosition(line: 2, column: 3)),
        ("chart:\n  oneValue: \"Un gwerth: {valeu}\"\n", "en", "invalid-strings", TextPosition(line: 2, column: 3)),
        (
            "chart:\n  riskCount:\n    one: \"{count} risk\"\n", "en", "invalid-strings",
            TextPosition(line: 2, column: 3)
        ),
        (
            "chart:\n  riskCount:\n    two: \"{count}\"\n    other: \"{count}\"\n", "en", "invalid-strings",
            TextPosition(line: 3, column: 5)
        ),
        ("chart:\n  riskCount:\n    two: \"{count} risg\"\n    other: \"{count} risg\"\n", "cy", nil, nil),
        ("rag:\n  red:\n", "en", "invalid-strings", TextPosition(line: 2, column: 7)),
        ("rag: [Red, Amber]\n", "en", "invalid-strings", TextPosition(line: 1, column: 6)),
        ("rag:\n  red: Red\n  red: Coch\n", "en", "duplicate-key", TextPosition(line: 2, column: 3)),
    ])
    func aSitesStrings(text: String, language: String, code: String?, position: TextPosition?) throws {
        let known = try BuiltinStrings.catalogue(language)
        let read = StringsFile.read(text, path: "templates/strings/\(language).yml", language: language, known: known)
        #expect(read.diagnostics.first?.code.rawValue == code, "\(read.diagnostics.map(\.description))")
        if let position { #expect(read.diagnostics.first?.position == position) }
        if code == nil { #expect(!read.entries.isEmpty) }
    }

    /// The override wins; every other string stays the built-in one.
    @Test func anOverrideReplacesOnlyItsKeys() throws {
        let english = Fixtures.catalogue
        let read = StringsFile.read("rag:\n  red: Off track\n", path: "en.yml", language: "en", known: english)
        let merged = english.merging(read.entries)
        #expect(merged["rag.red"] == "Off track")
        #expect(merged["rag.amber"] == english["rag.amber"])
        #expect(merged.keys == english.keys)
    }
}
