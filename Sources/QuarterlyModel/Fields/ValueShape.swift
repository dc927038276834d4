/// What a key holds, as the reference document and the JSON Schemas describe it.
public indirect enum ValueShape: Sendable {
    case text
    /// Text that must start with one of these prefixes (compared ignoring case when `anyCase`).
    case address(prefixes: [String], anyCase: Bool)
    /// The id of another item, e.g. an outcome's.
    case reference(ContentKind)
    case number
    /// A number, or a range of numbers written `low to high` (a target).
    case numberOrRange
    case integer(ClosedRange<Int>?)
    case boolean
    case date
    case month
    /// A financial year's label, `2019/20`.
    case financialYear
    case words([String])
    /// A list, or a single item written on its own.
    case list(ValueShape, count: Int?)
    case map(key: MapKey, value: ValueShape)
    case object([FieldInfo])

    /// What names a map's entries.
    public enum MapKey: Sendable {
        case name
        case financialYear
    }

    /// The type column of the reference: "one of `red`, `amber` or `green`".
    public var summary: String {
        switch self {
        case .text: "text"
        case .address(let prefixes, _): "text starting " + WordList.phrase(prefixes.map { "`\($0)`" })
        case .reference(let kind): "\(kind.noun) id"
        case .number: "number"
        case .numberOrRange: "number, or a range `low to high` (e.g. `90 to 94`)"
        case .integer(nil): "whole number"
        case .integer(let range?): "whole number \(range.lowerBound)–\(range.upperBound)"
        case .boolean: "`true` or `false`"
        case .date: "date (`yyyy-mm-dd`)"
        case .month: "month name or number 1–12"
        case .financialYear: "financial year (`2019/20`)"
        case .words(let words): "one of " + WordList.phrase(words.map { "`\($0)`" })
        case .list(.reference(let kind), count: nil): "list of \(kind.noun) ids"
        case .list(.object, count: nil): "list of entries, each with the keys below"
        case .list(let item, count: nil): "list of " + item.summary
        case .list(.text, count: let count?): "list of \(count) words"
        case .list(let item, count: let count?): "list of \(count) " + item.summary
        case .map(key: .financialYear, let value): "map of financial year (`2019/20`) to " + value.summary
        case .map(key: .name, let value): "map of name to " + value.summary
        case .object: "the keys below"
        }
    }
}

/// Words joined for a sentence: "`red`, `amber` or `green`".
public enum WordList {
    public static func phrase(_ words: [String]) -> String {
        guard words.count > 1 else { return words.joined() }
        return words.dropLast().joined(separator: ", ") + " or " + words.last!
    }
}
