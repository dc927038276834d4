/// A catalogue string with its placeholders found once: `Of {count} actions, {parts}`.
/// A `{` that does not open a `{name}` is an ordinary character.
public struct MessagePattern: Sendable, Hashable {
    enum Piece: Sendable, Hashable {
        case literal(String)
        case placeholder(String)
    }

    let pieces: [Piece]
    public let source: String

    public init(_ source: String) {
        self.source = source
        var pieces: [Piece] = []
        var literal = ""
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), Self.isName(after[..<close]) {
                if !literal.isEmpty { pieces.append(.literal(literal)) }
                literal = ""
                pieces.append(.placeholder(String(after[..<close])))
                rest = after[after.index(after: close)...]
            } else {
                literal += "{"
                rest = after
            }
        }
        literal += rest
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        self.pieces = pieces
    }

    /// The names of its placeholders.
    public var placeholders: Set<String> {
        Set(pieces.compactMap { if case .placeholder(let name) = $0 { name } else { nil } })
    }

    /// Whether it is only words, with nothing to fill in.
    public var isPlain: Bool { placeholders.isEmpty }

    func fill(literal: (String) -> String, value: (String) -> String) -> String {
        var text = ""
        for piece in pieces {
            switch piece {
            case .literal(let words): text += literal(words)
            case .placeholder(let name): text += value(name)
            }
        }
        return text
    }

    private static func isName(_ text: Substring) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
}
