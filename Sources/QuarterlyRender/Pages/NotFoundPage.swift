import QuarterlyModel

/// `/404.html`: what a web server shows for an address the site does not have.
final class NotFoundPage: TemplateContext {
    let links: Links
    let help: String

    init(fragments: Fragments) {
        links = fragments.links
        let words = fragments.words
        help = words.linkedSentence(
            "notFound.help",
            [
                "aToZ": words.link(links.url(.aToZ), "notFound.aToZLink"),
                "search": words.link(links.url(.search), "notFound.searchLink"),
            ])
    }

    static func content(_ fragments: Fragments) -> PageContent<NotFoundPage> {
        let title = fragments.words["notFound.title"]
        return PageContent(body: NotFoundPage(fragments: fragments), title: title, current: title, section: "none")
    }

    static let fields = FieldTable<NotFoundPage>([
        .text("aToZ", "The A to Z's address.") { $0.links.url(.aToZ) },
        .text("search", "The search page's address.") { $0.links.url(.search) },
        .html("help", "What to do next, linking the A to Z and the search page (`notFound.help`).") { $0.help },
    ])
}
