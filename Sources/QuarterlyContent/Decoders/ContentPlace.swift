import QuarterlyModel

/// Where a file sits in the content folder, which says what it defines: its kind, the
/// id its name gives, and for the quarterly kinds the quarter of its folder.
package struct ContentPlace: Sendable, Equatable {
    let kind: ContentKind
    /// The file name without `.md` (the quarter's slug for its `index.md`; empty for `site.yml`).
    let id: String
    let quarter: QuarterID?

    package init(kind: ContentKind, id: String, quarter: QuarterID?) {
        self.kind = kind
        self.id = id
        self.quarter = quarter
    }

    static let site = ContentPlace(kind: .site, id: "", quarter: nil)

    package static func quarter(_ quarter: QuarterID) -> ContentPlace {
        ContentPlace(kind: .quarter, id: quarter.slug, quarter: quarter)
    }
}
