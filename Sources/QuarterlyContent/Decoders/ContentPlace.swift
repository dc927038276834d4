import QuarterlyModel

/// Where a file sits in the content folder, which says what it defines: its kind, the
/// id its name gives, and for the quarterly kinds the quarter of its folder.
package struct ContentPlace: Sendable, Equatable {
    let kind: ContentKind
    /// The file name without `.md` (the quarter's slug for its `index.md`; empty for `site.yml`).
    let id: String
    let quarter: QuarterID?
    /// For a translation (`<id>.cy.md`, `site.en.yml`), its language; nil for a content file.
    let language: String?

    package init(kind: ContentKind, id: String, quarter: QuarterID?, language: String? = nil) {
        self.kind = kind
        self.id = id
        self.quarter = quarter
        self.language = language
    }

    /// The same place in `language`.
    func translated(_ language: String) -> ContentPlace {
        ContentPlace(kind: kind, id: id, quarter: quarter, language: language)
    }

    static let site = ContentPlace(kind: .site, id: "", quarter: nil)

    package static func quarter(_ quarter: QuarterID) -> ContentPlace {
        ContentPlace(kind: .quarter, id: quarter.slug, quarter: quarter)
    }
}
