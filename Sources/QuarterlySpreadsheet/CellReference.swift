/// A cell's address in A1 notation: column letters then the row number (`B7`, `AA12`).
public struct CellReference: Sendable, Hashable, CustomStringConvertible {
    /// Both counted from 1.
    public let row: Int
    public let column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// A cell within a sheet's bounds, or nil.
    init?(row: Int, column: Int, checked: Void) {
        guard (1...Self.maxRow).contains(row), (1...Self.maxColumn).contains(column) else { return nil }
        self.init(row: row, column: column)
    }

    /// Reads `B7`; nil for anything else (including `$B$7`), and for a cell past XFD1048576.
    public init?(_ text: String) {
        var column = 0
        var index = text.startIndex
        while index < text.endIndex, let letter = text[index].asciiValue, (65...90).contains(letter) {
            column = column * 26 + Int(letter - 64)
            guard column <= Self.maxColumn else { return nil }
            index = text.index(after: index)
        }
        let digits = text[index...]
        guard column > 0, !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), digits.count <= 7, let row = Int(digits),
            row > 0, row <= Self.maxRow
        else { return nil }
        self.init(row: row, column: column)
    }

    /// Excel's last column, XFD, and last row.
    static let maxColumn = 16384
    static let maxRow = 1_048_576

    /// Letters then digits, short: safe to quote as where a problem is, even when it names
    /// no cell (`XFD1048577`).
    static func looksLikeOne(_ text: String) -> Bool {
        let letters = text.prefix { ("A"..."Z").contains($0) }
        let digits = text.dropFirst(letters.count)
        return !letters.isEmpty && !digits.isEmpty && text.count <= 16 && digits.allSatisfy(\.isASCIIDigit)
    }

    /// `A` for 1, `Z` for 26, `AA` for 27.
    public static func letters(_ column: Int) -> String {
        var letters = ""
        var rest = column
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            rest = (rest - 1) / 26
        }
        return letters
    }

    public var description: String { Self.letters(column) + String(row) }

    /// `letters(column)` appended as bytes.
    static func appendLetters(_ column: Int, to data: inout [UInt8]) {
        let start = data.count
        var rest = column
        while rest > 0 {
            data.append(UInt8(65 + (rest - 1) % 26))
            rest = (rest - 1) / 26
        }
        data[start...].reverse()
    }
}
