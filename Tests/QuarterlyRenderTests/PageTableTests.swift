import Foundation
import QuarterlyBuild
import QuarterlyModel
import QuarterlyRender
import QuarterlyTestSupport
import Testing

/// Every page kind is declared once; addresses, files and required templates follow from it.
@Suite struct PageTableTests {
    static let links = Links(deployment: Deployment(siteBaseURL: "https://example.org/plan/"))

    /// The public addresses committee papers link to, and the files they are written to.
    @Test(arguments: [
        (Page(.home), "/plan/", "index.html"),
        (Page(.quarters), "/plan/quarters/", "quarters/index.html"),
        (Page(.quarter, "2019-20-q2"), "/plan/quarters/2019-20-q2/", "quarters/2019-20-q2/index.html"),
        (Page(.action, "broadband"), "/plan/actions/broadband/", "actions/broadband/index.html"),
        (Page(.measure, "m1"), "/plan/measures/m1/", "measures/m1/index.html"),
        (Page(.outcome, "healthy"), "/plan/outcomes/healthy/", "outcomes/healthy/index.html"),
        (Page(.trends), "/plan/trends/", "trends/index.html"),
        (Page(.risks), "/plan/risks/", "risks/index.html"),
        (Page(.risk, "cr1"), "/plan/risks/cr1/", "risks/cr1/index.html"),
        (Page(.aToZ), "/plan/a-z/", "a-z/index.html"),
        (Page(.search), "/plan/search/", "search/index.html"),
        (Page(.accessibility), "/plan/accessibility/", "accessibility/index.html"),
        // Shown at any address the site lacks; its canonical address is the home page's.
        (Page(.notFound), "/plan/", "404.html"),
    ])
    func addressesAndFiles(page: Page, url: String, file: String) {
        #expect(Self.links.url(of: page) == url)
        #expect(page.outputPath == file)
    }

    @Test func dataFilesAreLinkedWhereTheyAreWritten() {
        let quarter = QuarterID("2019-20-q2")!
        #expect(Self.links.url(of: .siteJSON) == "/plan/data/site.json")
        #expect(Self.links.url(of: .measureCSV("m1")) == "/plan/measures/m1.csv")
        #expect(Self.links.url(of: .quarterMeasures(quarter)) == "/plan/quarters/2019-20-q2/measures.csv")
        #expect(SiteFile.quarterActions(quarter).path == "quarters/2019-20-q2/actions.csv")
    }

    @Test func theSiteHasOnePagePerItemOfEachKind() throws {
        let graph = try #require(Fixtures.validate(Fixtures.minimal).graph).assessed().graph
        let pages = Page.all(in: graph)
        #expect(Set(pages).count == pages.count)
        #expect(pages.filter { $0.kind == .measure }.map(\.item) == graph.measures.map(\.id))
        #expect(pages.filter { $0.kind == .quarter }.map(\.item) == graph.quarters.map(\.id.slug))
        // The register and risk pages exist only when the site has risks.
        #expect(pages.contains { $0.kind == .risks } == !graph.risks.isEmpty)
    }

    @Test func everyKindHasItsTemplateAndAUniqueName() throws {
        let shipped = Set(try TemplateFolder.readTemplates(from: Fixtures.templates.path).map(\.name))
        #expect(TemplateSet.required == ["layout"] + PageKind.all.map(\.template))
        #expect(Set(TemplateSet.required).isSubset(of: shipped))
        #expect(Set(PageKind.all.map(\.name)).count == PageKind.all.count)
        #expect(Set(PageKind.all.map { $0.file ?? $0.url }).count == PageKind.all.count)
    }
}
