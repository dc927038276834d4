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

/// One decoded file: the item it defines (nil when a required key is missing or wrong)
/// plus what must be checked against other files.
struct DecodedFile: Sendable {
    var place = ContentPlace.site
    var displayPath = ""
    var item: (any ContentItem)?
    var references: [ContentReference] = []
    /// Where each key's value is written (`ref`, `rag`, `comparators.England`…), for
    /// errors and warnings found across files.
    var positions: [String: TextPosition] = [:]
    /// An update's `review:` note, left by `quarterly new-quarter` until someone checks it.
    var reviewNote: (note: String, position: TextPosition)?
    var diagnostics: [Diagnostic] = []
}
