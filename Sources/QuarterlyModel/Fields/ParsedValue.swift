import Foundation

/// A front-matter value as the file writes it, before it means anything: text, a list,
/// or `name: value` lines, each with where it is written. `QuarterlyContent` makes it
/// from YAML, so the field registry can read values without knowing YAML.
public indirect enum ParsedValue: Sendable {
    /// `isNull`: written as nothing, `~` or `null` without quotes, which counts as leaving the key out.
    case text(String, isNull: Bool, at: TextPosition)
    case list([ParsedValue], at: TextPosition)
    case map([ParsedEntry], at: TextPosition)

    public var position: TextPosition {
        switch self {
        case .text(_, _, let position), .list(_, let position), .map(_, let position): position
        }
    }

    /// The text of a scalar value; nil for a list or a map.
    public var text: String? {
        if case .text(let text, _, _) = self { return text }
        return nil
    }

    public var isNull: Bool {
        if case .text(_, true, _) = self { return true }
        return false
    }

    /// What the value is, for messages: "a list", "`65%`".
    public var described: String {
        switch self {
        case .map: "a set of `key: value` lines"
        case .list: "a list"
        case .text(let text, _, _): "`\(text)`"
        }
    }

    /// The items of a list of text, each with its position: one item for a single text
    /// (`risks: workforce`), items that are not text left out, the others trimmed and
    /// kept when not empty. References to other items are read the same way.
    public var textItems: [(text: String, position: TextPosition)] {
        switch self {
        case .text(let text, _, let position): [(text, position)]
        case .map: []
        case .list(let items, _):
            items.compactMap { item in
                guard case .text(let text, _, let position) = item else { return nil }
                let trimmed = text.trimmingSpaces()
                return trimmed.isEmpty ? nil : (trimmed, position)
            }
        }
    }
}

/// One `name: value` line of a map, with where its name is written.
public struct ParsedEntry: Sendable {
    public let key: String
    public let keyPosition: TextPosition
    public let value: ParsedValue

    public init(key: String, keyPosition: TextPosition, value: ParsedValue) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
    }
}
