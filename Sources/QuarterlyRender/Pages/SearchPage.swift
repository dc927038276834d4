import QuarterlyModel

/// `/search/`: Pagefind's search box when the site is indexed; otherwise a pointer to
/// the A to Z.
final class SearchPage: TemplateContext {
    let searchable: Bool
    let links: Links
    /// Pagefind's files: one index at the site's root for every language (it searches
    /// the pages of the language the page is in).
    let bundle: String
    let needsJavaScript: String
    let browse: String
    let unavailable: String

    init(fragments: Fragments) {
        searchable = fragments.searchable
        links = fragments.links
        bundle = fragments.siteRoot + "pagefind/"
        let words = fragments.words
        let aToZ = words.link(links.url(.aToZ), "search.aToZLink")
        needsJavaScript = words.linkedSentence("search.needsJavaScript", ["link": aToZ])
        browse = words.linkedSentence("search.browse", ["link": aToZ])
        unavailable = words.linkedSentence("search.unavailable", ["link": aToZ])
    }

    static func content(_ fragments: Fragments) -> PageContent<SearchPage> {
        PageContent(
            body: SearchPage(fragments: fragments), title: fragments.words["search.title"],
            current: fragments.words["nav.search"], section: "search")
    }

    static let fields = FieldTable<SearchPage>([
        .flag("searchable", "Whether the build indexed the site, so Pagefind's interface can load.") {
            $0.searchable
        },
        .text("bundle", "The address of Pagefind's files, ending in `/`.") { $0.bundle },
        .text("aToZ", "The A to Z's address.") { $0.links.url(.aToZ) },
        .html("needsJavaScript", "That search needs JavaScript, linking the A to Z (`search.needsJavaScript`).") {
            $0.needsJavaScript
        },
        .html("browse", "That the A to Z lists everything too, with its link (`search.browse`).") { $0.browse },
        .html("unavailable", "That the site has no search index, linking the A to Z (`search.unavailable`).") {
            $0.unavailable
        },
    ])
}
