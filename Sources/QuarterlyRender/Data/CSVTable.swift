/// A table written as RFC 4180 CSV: CRLF line ends, fields quoted when they hold a
/// comma, quote or line break, quotes doubled. UTF-8 without a byte-order mark.
///
/// A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula (and
/// some read a leading tab or carriage return the same way), so a title such as
/// `=HYPERLINK("https://evil.example/","Click")` would become a link in every copy of the
/// open data. As OWASP advises for CSV exports, such a text cell gets a leading
/// apostrophe, which spreadsheets show as text; a plain number (`-0.16`) stays a number.
public struct CSVTable: Sendable {
    public let header: [String]
    public var rows: [[String]] = []

    public init(header: [String]) {
        self.header = header
    }

    public var text: String { headerText + rowsText }

    /// The header line alone, and the rows alone: a table made in parts is the one, then
    /// each part's rows.
    public var headerText: String { Self.line(header) }
    public var rowsText: String { rows.map(Self.line).joined() }

    private static func line(_ cells: [String]) -> String {
        cells.map(field).joined(separator: ",") + "\r\n"
    }

    package static func field(_ value: String) -> String {
        let value = neutralised(value)
        // By byte: a `\r\n` is one Character, equal to neither `\r` nor `\n`.
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
            return value
        }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The cell as a spreadsheet will take it as text: `'` before a leading `=`, `+`, `-`,
    /// `@`, tab or carriage return, unless the cell is a plain number.
    static func neutralised(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isPlainNumber(value)
        else { return value }
        return "'" + value
    }

    /// `-0.16`, `+5`, `12.50`: a sign, digits and at most one decimal point.
    static func isPlainNumber(_ value: String) -> Bool {
        var digits = value.utf8.dropFirst(value.hasPrefix("-") || value.hasPrefix("+") ? 1 : 0)
        if let point = digits.firstIndex(of: UInt8(ascii: ".")) {
            let fraction = digits[digits.index(after: point)...]
            guard !fraction.isEmpty, fraction.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
            digits = digits[..<point]
        }
        return !digits.isEmpty && digits.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
