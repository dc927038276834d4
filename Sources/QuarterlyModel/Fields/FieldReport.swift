/// What decoding one file found: every problem (reported, never thrown, so one pass names
/// them all) and where each key's value is written, for checks made later across files.
public final class FieldReport {
    public let path: String
    /// The file line on which the keys start (1 in `site.yml`, 2 after a `---` line).
    public let firstLine: Int
    public private(set) var diagnostics: [Diagnostic] = []
    /// Where each key's value is written, by key: `ref`, `tolerances.green`, and for maps
    /// each entry's name, `comparators.England`. Keys left out (or null) are not here.
    public internal(set) var positions: [String: TextPosition] = [:]
    /// The ids of other items the file names, in the order read.
    public internal(set) var references: [ContentReference] = []

    public init(path: String, firstLine: Int) {
        self.path = path
        self.firstLine = firstLine
    }

    /// Where a missing key is reported: the line above the keys (the opening `---`).
    public var missingKeyPosition: TextPosition { TextPosition(line: max(1, firstLine - 1), column: 1) }

    public func report(_ code: DiagnosticCode, at position: TextPosition, _ message: String, hint: String?) {
        diagnostics.append(Diagnostic(path: path, position: position, code: code, message: message, hint: hint))
    }

    /// Notes that the file names item `id` of `kind`, to be checked once every file is read.
    public func refer(to kind: ContentKind, id: String, at position: TextPosition, field: String) {
        references.append(ContentReference(target: kind, id: id, path: path, position: position, field: field))
    }
}
