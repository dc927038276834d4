import QuarterlyModel

/// Where a file sits in the content folder, which says what it defines: its kind, the
/// id its name gives, and for the quarterly kinds the quarter of its folder.
struct ContentPlace: Sendable, Equatable {
    let kind: ContentKind
    /// The file name without `.md` (the quarter's slug for its `index.md`; empty for `site.yml`).
    let id: String
    let quarter: QuarterID?

    static let site = ContentPlace(kind: .site, id: "", quarter: nil)

    static func quarter(_ quarter: QuarterID) -> ContentPlace {
        ContentPlace(kind: .quarter, id: quarter.slug, quarter: quarter)
    }
}
