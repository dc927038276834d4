/// A spreadsheet as Quarterly writes it: named sheets of rows, each cell text, a number
/// shown with the decimals it was written with, a whole number or a date. Knows nothing
/// of councils or measures.
public struct Workbook: Sendable, Equatable {
    public var title: String
    public var author: String
    public var sheets: [Sheet]

    public init(title: String, author: String, sheets: [Sheet]) {
        self.title = title
        self.author = author
        self.sheets = sheets
    }
}

public struct Sheet: Sendable, Equatable {
    /// At most 31 characters, none of `[]:*?/\\` (Excel's rules); `XLSXWriter` enforces them.
    public var name: String
    /// The first row stays in view as the rest scrolls (a header row).
    public var freezesHeader: Bool
    public let rowCount: Int
    /// Each row made when it is written: a sheet of every update of a large site is never
    /// held whole as cells.
    public let row: @Sendable (Int) -> [Cell]

    public var rows: [[Cell]] { (0..<rowCount).map(row) }

    public init(name: String, rows: [[Cell]], freezesHeader: Bool = true) {
        self.init(name: name, rowCount: rows.count, freezesHeader: freezesHeader) { rows[$0] }
    }

    public init(name: String, rowCount: Int, freezesHeader: Bool = true, row: @escaping @Sendable (Int) -> [Cell]) {
        self.name = name
        self.freezesHeader = freezesHeader
        self.rowCount = rowCount
        self.row = row
    }

    public static func == (left: Sheet, right: Sheet) -> Bool {
        left.name == right.name && left.freezesHeader == right.freezesHeader && left.rows == right.rows
    }
}

public enum Cell: Sendable, Equatable {
    case empty
    case text(String)
    /// A header cell: text in bold.
    case heading(String)
    /// A decimal number as written (`80.0`, `-0.16`): stored as a number and shown with
    /// as many decimal places as it was written with, so `80.0` reads `80.0`.
    case number(String)
    case integer(Int)
    case date(year: Int, month: Int, day: Int)
}

extension Cell {
    /// `number` with its decimal places counted: nil when the text is not a plain decimal.
    var decimalPlaces: Int? {
        guard case .number(let text) = self, PlainDecimal.isValid(text) else { return nil }
        guard let point = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: point, to: text.endIndex) - 1
    }
}

/// Plain decimals: an optional sign, digits, an optional point and digits.
enum PlainDecimal {
    static func isValid(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), parts.contains(where: { !$0.isEmpty }) else {
            return false
        }
        return true
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
