/// Words for a reader, named by their key in the strings catalogue (`templates/strings/`),
/// with what fills their placeholders. The model says *what* to tell the reader; the
/// catalogue of the page's language says it, so no sentence a reader sees is written in
/// Swift and a council can reword or translate every one.
public struct Message: Sendable, Hashable {
    public let key: String
    public let arguments: [String: MessageArgument]

    public init(_ key: String, _ arguments: [String: MessageArgument] = [:]) {
        self.key = key
        self.arguments = arguments
    }
}

/// What fills a placeholder `{name}`.
public indirect enum MessageArgument: Sendable, Hashable {
    /// Words from the content or a figure as shown (`85%`, a title): put in as they are.
    case text(String)
    /// A number, which also picks the plural form when the placeholder is `{count}`.
    case count(Int)
    /// Other words of the catalogue.
    case message(Message)
    /// Several, joined as the language joins a list ("a, b and c").
    case list([Message])
    /// Several, one after another with the language's separator and no "and" (`list.separator`,
    /// ", "): "1 red, 18 amber, 31 green".
    case series([Message])
    /// Words already in the output's own form (a link in HTML), put in as they are where
    /// the rest is escaped (`Catalogue.text(_:escaping:)`); elsewhere, as text.
    case markup(String)
}

extension MessageArgument: ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    public init(stringLiteral value: String) { self = .text(value) }
}

extension MessageArgument: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self = .count(value) }
}

extension Message {
    /// A message that is only a key: a label.
    public static func key(_ key: String) -> Message { Message(key) }
}
