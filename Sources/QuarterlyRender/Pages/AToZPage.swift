import QuarterlyModel

/// `/a-z/`: every action and measure by title, A to Z, with its current ref, and the views
/// by exception and by owner (each owner by name): a way in that needs no JavaScript and
/// no search index.
final class AToZPage: TemplateContext {
    let groups: [AToZGroup]
    let count: Int
    let intro: String

    init(fragments: Fragments) {
        let graph = fragments.graph
        let links = fragments.links
        let words = fragments.words
        let entries =
            graph.actions.map {
                AToZEntry(
                    title: $0.title, ref: $0.ref, kind: words.text("aToZ.action", ["ref": .text($0.ref)]),
                    url: links.url(.action, $0.id))
            }
            + graph.measures.map {
                AToZEntry(
                    title: $0.title, ref: $0.ref, kind: words.text("aToZ.measure", ["ref": .text($0.ref)]),
                    url: links.url(.measure, $0.id))
            }
        let views = Self.views(fragments)
        let sorted = (entries + views).sorted {
            $0.title.localizedCaseInsensitiveCompare($1.title) == .orderedAscending
        }
        let byLetter = Dictionary(grouping: sorted) { Self.letter($0.title) }
        groups = byLetter.keys.sorted().map { AToZGroup(letter: $0, items: byLetter[$0]!) }
        count = entries.count
        intro = words.text("aToZ.intro", ["count": .count(count)])
    }

    /// The views by exception and by owner, and every owner's page, as the latest report has them.
    static func views(_ fragments: Fragments) -> [AToZEntry] {
        let graph = fragments.graph
        let links = fragments.links
        guard graph.latestReport != nil else { return [] }
        let words = fragments.words
        let owners = fragments.latestOwners
        let pages =
            [
                AToZEntry(
                    title: words["exceptions.title"], ref: "", kind: words["aToZ.viewByException"],
                    url: links.url(.exceptions))
            ]
            + (owners.isEmpty
                ? []
                : [AToZEntry(title: words["owners.title"], ref: "", kind: words["aToZ.view"], url: links.url(.owners))])
        return pages
            + owners.map {
                AToZEntry(
                    title: $0.name, ref: "", kind: words.list($0.roles.map { words.text($0.name) }),
                    url: links.url(.owner, $0.slug))
            }
    }

    static func content(_ fragments: Fragments) -> PageContent<AToZPage> {
        let words = fragments.words
        return PageContent(
            body: AToZPage(fragments: fragments), title: words["aToZ.title"], current: words["nav.aToZ"],
            section: "a-z", description: words.text("aToZ.description", ["title": .text(fragments.graph.site.title)]))
    }

    /// "A"…"Z", or "#" for titles that start with a digit or symbol.
    static func letter(_ title: String) -> String {
        guard let first = title.first?.uppercased().first, first.isLetter, first.isASCII else { return "#" }
        return String(first)
    }

    static let fields = FieldTable<AToZPage>([
        .number(
            "count",
            "How many actions and measures there are (the views and owners listed beside them are not counted)."
        ) {
            $0.count
        },
        .text("intro", "\"All 120 actions and measures, by title, …\" (`aToZ.intro`).") { $0.intro },
        .list("letters", "The same groups, for the row of links to each letter at the top.") { $0.groups },
        .list("groups", "The items under each letter: actions, measures, the views and each owner.") { $0.groups },
    ])
}

/// One letter of the A to Z and the items whose titles begin with it.
final class AToZGroup: TemplateContext {
    let letter: String
    let id: String
    let items: [AToZEntry]

    init(letter: String, items: [AToZEntry]) {
        self.letter = letter
        id = "letter-" + (letter == "#" ? "other" : letter.lowercased())
        self.items = items
    }

    static let fields = FieldTable<AToZGroup>([
        .text("letter", "A to Z, or # for titles that begin with a digit or a symbol.") { $0.letter },
        .text("id", "The letter's anchor on the page, e.g. `letter-a` or `letter-other`.") { $0.id },
        .list("items", "The actions and measures under this letter, by title.") { $0.items },
    ])
}

/// An entry of the A to Z: an action or measure, a view, or an owner, with what it is.
final class AToZEntry: TemplateContext {
    let title: String
    let ref: String
    let kind: String
    let url: String

    init(title: String, ref: String, kind: String, url: String) {
        self.title = title
        self.ref = ref
        self.kind = kind
        self.url = url
    }

    static let fields = FieldTable<AToZEntry>([
        .text("title", "Its title, or the owner's name.") { $0.title },
        .text("ref", "Its ref in the latest plan (nothing for an owner or a view).") { $0.ref },
        .text(
            "kind",
            "What it is, with its ref: \"Action 1.1\", \"Measure M4.4\" (`aToZ.action`, `aToZ.measure`); \"View by exception\", \"View\" (`aToZ.viewByException`, `aToZ.view`); an owner's roles."
        ) { $0.kind },
        .text("url", "Its page's address.") { $0.url },
    ])
}
