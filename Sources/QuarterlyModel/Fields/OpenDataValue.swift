/// A field's value as open data publishes it: JSON's types, with numbers kept as written
/// (`65.0` stays `65.0`). `plain` is the same value in one CSV cell.
public indirect enum OpenDataValue: Sendable, Equatable {
    case text(String)
    /// Digits as written, e.g. `89.19`.
    case number(String)
    case boolean(Bool)
    case list([OpenDataValue])
    /// Entries in the order written.
    case map([OpenDataEntry])

    public var plain: String {
        switch self {
        case .text(let text), .number(let text): text
        case .boolean(let value): value ? "true" : "false"
        case .list(let items): items.map(\.plain).joined(separator: "; ")
        case .map(let entries): entries.map { "\($0.name): \($0.value.plain)" }.joined(separator: "; ")
        }
    }
}

public struct OpenDataEntry: Sendable, Equatable {
    public let name: String
    public let value: OpenDataValue

    public init(name: String, value: OpenDataValue) {
        self.name = name
        self.value = value
    }
}

extension OpenDataValue {
    /// An empty list or map: nothing stated.
    public var isEmpty: Bool {
        switch self {
        case .list(let items): items.isEmpty
        case .map(let entries): entries.isEmpty
        default: false
        }
    }
}
