/// One problem found in content, reported as `path:line:col: error: message [code]`
/// followed by a hint that says how to fix it.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error, warning
    }

    /// The file as the user named it, e.g. `content/actions/broadband.md`.
    public let path: String
    public let position: TextPosition
    public let severity: Severity
    public let code: DiagnosticCode
    public let message: String
    public let hint: String?
    /// Where in the file when that is not a line and column: a spreadsheet cell, such as
    /// `Measures!B7`, shown in place of `line:col`.
    public let cell: String?

    public init(
        path: String, position: TextPosition = .start, severity: Severity = .error,
        code: DiagnosticCode, message: String, hint: String? = nil, cell: String? = nil
    ) {
        self.path = path
        self.position = position
        self.cell = cell
        self.severity = severity
        self.code = code
        self.message = Diagnostic.oneLine(message)
        self.hint = hint.map(Diagnostic.oneLine)
    }

    /// Messages quote the file's own text, which may hold line breaks, tabs or terminal
    /// escapes; shown as `\n`, `\t`, `\u{1B}` they keep the diagnostic on one line and
    /// cannot restyle or rewrite the officer's terminal.
    static func oneLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return text.replacingScalars { scalar in
            switch scalar {
            case "\n": "\\n"
            case "\t": "\\t"
            case "\r": "\\r"
            case _ where isControl(scalar): "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: nil
            }
        }
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    public var line: Int { position.line }
    public var column: Int { position.column }
    public var isError: Bool { severity == .error }

    /// The first line, in the form compilers use so editors can jump to it.
    public var headline: String {
        "\(path):\(cell ?? "\(position.line):\(position.column)"): \(severity.rawValue): \(message) [\(code.rawValue)]"
    }

    public var description: String {
        guard let hint else { return headline }
        return headline + "\n    hint: " + hint
    }
}

/// A line and column in a file, both counted from 1.
public struct TextPosition: Sendable, Equatable, Comparable {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static let start = TextPosition(line: 1, column: 1)

    public static func < (a: TextPosition, b: TextPosition) -> Bool { (a.line, a.column) < (b.line, b.column) }
}

extension Array where Element == Diagnostic {
    public var errors: [Diagnostic] { filter(\.isError) }
    public var warnings: [Diagnostic] { filter { !$0.isError } }

    /// File by file, top to bottom: the order an officer fixes them in.
    public func sortedForReading() -> [Diagnostic] {
        sorted { a, b in
            if a.path != b.path { return a.path < b.path }
            if a.position != b.position { return a.position < b.position }
            return a.message < b.message
        }
    }
}

/// Several problems found together: all of them are reported, not just the first.
public struct DiagnosticList: Error, Sendable {
    public let diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
