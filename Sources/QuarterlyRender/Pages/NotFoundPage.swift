/// `/404.html`: what a web server shows for an address the site does not have.
final class NotFoundPage: TemplateContext {
    let links: Links

    init(fragments: Fragments) { links = fragments.links }

    static func content(_ fragments: Fragments) -> PageContent<NotFoundPage> {
        PageContent(
            body: NotFoundPage(fragments: fragments), title: "Page not found", current: "Page not found",
            section: "none")
    }

    static let fields = FieldTable<NotFoundPage>([
        .text("aToZ", "The A to Z's address.") { $0.links.url(.aToZ) },
        .text("search", "The search page's address.") { $0.links.url(.search) },
    ])
}
