import QuarterlyRender
import QuarterlyTestSupport
import Testing

/// docs/data.md lists each table's columns as their declarations describe them.
@Suite struct DataDocsTests {
    @Test func theColumnListsAreUpToDate() throws {
        try GeneratedSection(file: "docs/data.md", name: "the open data columns").check(
            DataDocs.markdown(words: Fixtures.catalogue))
    }
}
