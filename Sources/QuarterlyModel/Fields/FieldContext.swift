/// What a value is read as, for its messages: `key` names it in hints (`Write it on one
/// line: \`title: …\``), `subject` in sentences (`` `value` `` or `the target for 2019/20`).
public struct FieldContext {
    public let key: String
    /// The key with the keys it sits under, `tolerances.green`: where its value is recorded.
    public let path: String
    public let subject: String
    public let required: Bool
    /// A value to show in hints, e.g. `M1.10`.
    public let example: String
    public let report: FieldReport
    /// For an entry of a map, where its name is written.
    public var namePosition: TextPosition? = nil

    /// The context of one entry of a map, named by `subject`, e.g. `comparator \`England\``.
    func entry(_ entry: ParsedEntry, subject: String) -> FieldContext {
        FieldContext(
            key: entry.key, path: path + "." + entry.key, subject: subject, required: false, example: "…",
            report: report, namePosition: entry.keyPosition)
    }

    func report(_ code: DiagnosticCode, at position: TextPosition, _ message: String, hint: String?) {
        report.report(code, at: position, message, hint: hint)
    }
}
