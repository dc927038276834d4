/// What a rule across keys sees: which keys are given and where.
public struct FieldCheck {
    let report: FieldReport
    let prefix: String
    /// Where the keys' map is written (for a nested key, its value).
    public let position: TextPosition

    public func has(_ key: String) -> Bool { report.positions[prefix + key] != nil }

    /// Where a key's value is written, or where a missing key is reported.
    public func position(of key: String) -> TextPosition {
        report.positions[prefix + key] ?? report.missingKeyPosition
    }

    public func report(_ code: DiagnosticCode, at position: TextPosition, _ message: String, hint: String?) {
        report.report(code, at: position, message, hint: hint)
    }
}
