import QuarterlyModel

/// One decoded file: the item it defines (nil when a required key is missing or wrong)
/// plus what must be checked against other files.
///
/// A value, kept in one shared box until it is changed: validation walks every file of
/// the site in several checks, on every reload of the preview, and a copy of the fields
/// themselves (paths, item, references, positions, diagnostics) cost a retain each.
package struct DecodedFile: Sendable {
    private final class Storage: @unchecked Sendable {
        // Only ever changed while uniquely referenced (`storage` below copies first).
        var place: ContentPlace
        var displayPath: String
        var relativePath: String
        var item: (any ContentItem)?
        var references: [ContentReference]
        var positions: [String: TextPosition]
        var bodyPosition: TextPosition
        var reviewNote: (note: String, position: TextPosition)?
        var diagnostics: [Diagnostic]
        var digest: StableDigest?
        var frontMatterDigest: StableDigest?

        init(
            place: ContentPlace, displayPath: String, relativePath: String, item: (any ContentItem)?,
            references: [ContentReference], positions: [String: TextPosition], bodyPosition: TextPosition,
            reviewNote: (note: String, position: TextPosition)?, diagnostics: [Diagnostic]
        ) {
            self.place = place
            self.displayPath = displayPath
            self.relativePath = relativePath
            self.item = item
            self.references = references
            self.positions = positions
            self.bodyPosition = bodyPosition
            self.reviewNote = reviewNote
            self.diagnostics = diagnostics
        }

        func copy() -> Storage {
            let copy = Storage(
                place: place, displayPath: displayPath, relativePath: relativePath, item: item,
                references: references, positions: positions, bodyPosition: bodyPosition, reviewNote: reviewNote,
                diagnostics: diagnostics)
            copy.digest = digest
            copy.frontMatterDigest = frontMatterDigest
            return copy
        }
    }

    private var box: Storage

    init(
        place: ContentPlace = .site, displayPath: String = "", relativePath: String = "",
        item: (any ContentItem)? = nil, references: [ContentReference] = [],
        positions: [String: TextPosition] = [:], bodyPosition: TextPosition = .start,
        reviewNote: (note: String, position: TextPosition)? = nil, diagnostics: [Diagnostic] = []
    ) {
        box = Storage(
            place: place, displayPath: displayPath, relativePath: relativePath, item: item, references: references,
            positions: positions, bodyPosition: bodyPosition, reviewNote: reviewNote, diagnostics: diagnostics)
    }

    /// The box, copied first when another value shares it.
    private var unique: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&box) { box = box.copy() }
            return box
        }
    }

    var place: ContentPlace {
        get { box.place }
        _modify { yield &unique.place }
    }
    var displayPath: String {
        get { box.displayPath }
        _modify { yield &unique.displayPath }
    }
    /// Its path inside the content folder (`actions/broadband.md`).
    var relativePath: String {
        get { box.relativePath }
        _modify { yield &unique.relativePath }
    }
    package var item: (any ContentItem)? {
        get { box.item }
        _modify { yield &unique.item }
    }
    /// Whether it has an item, asked without a copy of it.
    package var hasItem: Bool { box.item != nil }
    package var references: [ContentReference] {
        get { box.references }
        _modify { yield &unique.references }
    }
    /// Where each key's value is written (`ref`, `rag`, `comparators.England`…), for
    /// errors and warnings found across files.
    package var positions: [String: TextPosition] {
        get { box.positions }
        _modify { yield &unique.positions }
    }
    /// Where the body (commentary, description, introduction) starts.
    var bodyPosition: TextPosition {
        get { box.bodyPosition }
        _modify { yield &unique.bodyPosition }
    }
    /// An update's `review:` note, left by `quarterly new-quarter` until someone checks it.
    var reviewNote: (note: String, position: TextPosition)? {
        get { box.reviewNote }
        _modify { yield &unique.reviewNote }
    }
    package var diagnostics: [Diagnostic] {
        get { box.diagnostics }
        _modify { yield &unique.diagnostics }
    }
    /// The digest of the text it was decoded from (nil when it could not be read), which
    /// the build cache keys the files made from it by.
    package var digest: StableDigest? {
        get { box.digest }
        _modify { yield &unique.digest }
    }
    /// The digest of its front matter alone (its keys, not its commentary), for the pages
    /// that show statuses and figures but no words; nil when it has none or was not read.
    package var frontMatterDigest: StableDigest? {
        get { box.frontMatterDigest }
        _modify { yield &unique.frontMatterDigest }
    }
}
