import Foundation

/// Titles in the order of a language's alphabet (the A to Z's), case aside.
package enum Collation {
    /// The titles' positions in collated order, titles the collation finds equal in the
    /// order given. Each distinct title is collated once (a collection of many councils'
    /// plans repeats titles, and each comparison asks ICU), then the titles are ranked.
    package static func order(of titles: [String], language: String) -> [Int] {
        let locale = Locale(identifier: language)
        func ascending(_ a: String, _ b: String) -> Bool {
            a.compare(b, options: .caseInsensitive, range: nil, locale: locale) == .orderedAscending
        }
        let distinct = Array(Set(titles)).sorted(by: ascending)
        var rank: [String: Int] = [:]
        for (index, title) in distinct.enumerated() {
            let previous = index > 0 ? distinct[index - 1] : nil
            rank[title] = previous.map { ascending($0, title) ? index : rank[$0]! } ?? 0
        }
        return titles.indices.sorted { rank[titles[$0]]! < rank[titles[$1]]! }
    }
}
