import Foundation
import QuarterlyBuild
import QuarterlyTestSupport
import Testing

@Suite("Search")
struct SearchTests {
    @Test func pagefindIsFoundOnThePathOnly() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(SearchIndexer.locate(environment: ["PATH": folder.path]) == nil)
        let program = folder.appendingPathComponent("pagefind")
        try Data("#!/bin/sh\n".utf8).write(to: program)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
        #expect(
            SearchIndexer.locate(environment: ["PATH": "/nonexistent:" + folder.path])?.executable.path == program.path)
    }

    /// Without an index the search page still helps: it points to the A to Z.
    @Test func withoutAnIndexTheSearchPagePointsToTheAToZ() throws {
        let output = Fixtures.temporaryFolder().appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        let report = try SiteBuilder(
            options: BuildOptions(
                contentDirectory: Fixtures.minimal.path, templatesDirectory: Fixtures.templates.path,
                outputDirectory: output.path, searchIndex: false)
        ).run()
        #expect(!report.timings.contains { $0.step == .indexSearch })
        let page = Fixtures.read(output.appendingPathComponent("search/index.html"))
        #expect(page.contains("Search is not available on this copy of the site"))
        #expect(page.contains("<a href=\"/plan/a-z/\">A to Z</a>"))
        #expect(!page.contains("pagefind-ui.js"))
        // Only pages with something to find are indexed: not the search page or the not-found page.
        #expect(!page.contains("data-pagefind-body"))
        #expect(!Fixtures.read(output.appendingPathComponent("404.html")).contains("data-pagefind-body"))
        let aToZ = Fixtures.read(output.appendingPathComponent("a-z/index.html"))
        #expect(
            aToZ.contains(
                "<a href=\"/plan/measures/foi-responses/\">Information requests answered on time</a> <span class=\"item-kind\">Measure M4.4</span>"
            ))
        #expect(aToZ.contains("<main id=\"main\" class=\"wrap\" tabindex=\"-1\" data-pagefind-body>"))
    }
}
