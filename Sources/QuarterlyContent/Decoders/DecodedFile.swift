import QuarterlyModel

/// One decoded file: the item it defines (nil when a required key is missing or wrong)
/// plus what must be checked against other files.
package struct DecodedFile: Sendable {
    var place = ContentPlace.site
    var displayPath = ""
    /// Its path inside the content folder (`actions/broadband.md`).
    var relativePath = ""
    package var item: (any ContentItem)?
    package var references: [ContentReference] = []
    /// Where each key's value is written (`ref`, `rag`, `comparators.England`…), for
    /// errors and warnings found across files.
    package var positions: [String: TextPosition] = [:]
    /// Where the body (commentary, description, introduction) starts.
    var bodyPosition = TextPosition.start
    /// An update's `review:` note, left by `quarterly new-quarter` until someone checks it.
    var reviewNote: (note: String, position: TextPosition)?
    package var diagnostics: [Diagnostic] = []
}
