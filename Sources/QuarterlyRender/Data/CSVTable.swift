/// A table written as RFC 4180 CSV: CRLF line ends, fields quoted when they hold a
/// comma, quote or line break, quotes doubled. UTF-8 without a byte-order mark.
public struct CSVTable: Sendable {
    public let header: [String]
    public var rows: [[String]] = []

    public init(header: [String]) {
        self.header = header
    }

    public var text: String {
        ([header] + rows).map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
    }

    package static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
