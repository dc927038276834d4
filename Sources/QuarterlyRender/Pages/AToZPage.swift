import QuarterlyModel

/// `/a-z/`: every action and measure by title, A to Z, with its current ref: a way in
/// that needs no JavaScript and no search index.
struct AToZPage {
    let fragments: Fragments
    var graph: AssessedGraph { fragments.graph }

    func content() -> PageContent {
        let entries: [(title: String, ref: String, kind: String, url: String)] =
            graph.actions.map { ($0.title, $0.ref, "Action", fragments.links.action($0.id)) }
            + graph.measures.map { ($0.title, $0.ref, "Measure", fragments.links.measure($0.id)) }
        let sorted = entries.sorted { $0.title.localizedCaseInsensitiveCompare($1.title) == .orderedAscending }
        let groups = Dictionary(grouping: sorted) { Self.letter($0.title) }
        let letters = groups.keys.sorted()
        let model: ViewModel = [
            "letters": letters.map {
                ["letter": $0, "id": "letter-" + ($0 == "#" ? "other" : $0.lowercased())] as ViewModel
            },
            "groups": letters.map { letter -> ViewModel in
                [
                    "letter": letter, "id": "letter-" + (letter == "#" ? "other" : letter.lowercased()),
                    "items": groups[letter]!.map {
                        ["title": $0.title, "ref": $0.ref, "kind": $0.kind, "url": $0.url] as ViewModel
                    },
                ]
            },
            "count": sorted.count,
        ]
        return PageContent(
            model: model, title: "A to Z of actions and measures", current: "A to Z", section: "a-z",
            description: "Every action and measure in \(graph.site.title), A to Z, with its reference.")
    }

    /// "A"…"Z", or "#" for titles that start with a digit or symbol.
    static func letter(_ title: String) -> String {
        guard let first = title.first?.uppercased().first, first.isLetter, first.isASCII else { return "#" }
        return String(first)
    }
}
