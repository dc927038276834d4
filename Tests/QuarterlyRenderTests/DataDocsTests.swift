import QuarterlyRender
import QuarterlyTestSupport
import Testing

/// docs/data.md lists each table's columns as their declarations describe them.
@Suite struct DataDocsTests {
    @Test func theColumnListsAreUpToDate() throws {
        try GeneratedSection(file: "docs/data.md", name: "the open data columns").check(
            DataDocs.markdown(words: Fixtures.catalogue))
    }

    /// Every column, a registry one too, has its title and description in each built-in
    /// catalogue: a missing key would show as `[data.columns.…]`.
    @Test(arguments: ["en", "cy"]) func everyColumnHasItsWords(language: String) throws {
        let markdown = DataDocs.markdown(words: try BuiltinStrings.catalogue(language))
        #expect(!markdown.contains("[data."), "\(markdown)")
        #expect(markdown.contains("| `value` | \(language == "cy" ? "Gwerth" : "Value") | decimal |"))
    }
}
