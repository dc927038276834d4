/// `/search/`: Pagefind's search box when the site is indexed; otherwise a pointer to
/// the A to Z.
final class SearchPage: TemplateContext {
    let searchable: Bool
    let links: Links

    init(fragments: Fragments) {
        searchable = fragments.searchable
        links = fragments.links
    }

    static func content(_ fragments: Fragments) -> PageContent<SearchPage> {
        PageContent(
            body: SearchPage(fragments: fragments), title: "Search", current: "Search", section: "search")
    }

    static let fields = FieldTable<SearchPage>([
        .flag("searchable", "Whether the build indexed the site, so Pagefind's interface can load.") {
            $0.searchable
        },
        .text("bundle", "The address of Pagefind's files, ending in `/`.") { $0.links.base + "pagefind/" },
        .text("aToZ", "The A to Z's address.") { $0.links.url(.aToZ) },
    ])
}
