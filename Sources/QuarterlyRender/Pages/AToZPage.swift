import Foundation
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
                ItemLink(
                    title: $0.title, ref: $0.ref, kind: words.text("aToZ.action", ["ref": .text($0.ref)]),
                    url: links.url(.action, $0.id))
            }
            + graph.measures.map {
                ItemLink(
                    title: $0.title, ref: $0.ref, kind: words.text("aToZ.measure", ["ref": .text($0.ref)]),
                    url: links.url(.measure, $0.id))
            }
        let views = Self.views(fragments)
        let sorted = Self.collated(entries + views, language: words.language)
        let alphabet = words["aToZ.alphabet"].split(separator: " ").map(String.init)
        let byLetter = Dictionary(grouping: sorted) { Self.letter($0.title, alphabet: alphabet) }
        groups = (["#"] + alphabet).filter { byLetter[$0] != nil }.map { AToZGroup(letter: $0, items: byLetter[$0]!) }
        count = entries.count
        intro = words.text("aToZ.intro", ["count": .count(count)])
    }

    /// The views by exception and by owner, and every owner's page, as the latest report has them.
    static func views(_ fragments: Fragments) -> [ItemLink] {
        let graph = fragments.graph
        let links = fragments.links
        guard graph.latestReport != nil else { return [] }
        let words = fragments.words
        let owners = fragments.latestOwners
        let pages =
            [
                ItemLink(
                    title: words["exceptions.title"], ref: "", kind: words["aToZ.viewByException"],
                    url: links.url(.exceptions))
            ]
            + (owners.isEmpty
                ? []
                : [ItemLink(title: words["owners.title"], ref: "", kind: words["aToZ.view"], url: links.url(.owners))])
        return pages
            + owners.map {
                ItemLink(
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

    /// In the order of the site's language (Welsh "dd" after "d"), whatever the building
    /// machine's locale: `localizedCaseInsensitiveCompare` follows the process's.
    static func collated(_ links: [ItemLink], language: String) -> [ItemLink] {
        Collation.order(of: links.map(\.title), language: language).map { links[$0] }
    }

    /// The letter of the language's alphabet (`aToZ.alphabet`) a title begins with, the
    /// longest that fits ("Ll" before "L" in Welsh: "Llyfrgelloedd" is under Ll), or "#"
    /// for titles that start with a digit, a symbol or a letter outside it.
    static func letter(_ title: String, alphabet: [String]) -> String {
        let start = title.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return alphabet.filter { start.hasPrefix($0.lowercased()) }.max { $0.count < $1.count } ?? "#"
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
    let items: [ItemLink]

    init(letter: String, items: [ItemLink]) {
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
