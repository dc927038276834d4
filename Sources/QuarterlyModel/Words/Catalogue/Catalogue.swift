/// Every word a reader sees, in one language: the built-in strings file of that language
/// (`templates/strings/en.yml`) with a site's own strings laid over it key by key. Keys
/// are dotted paths (`rag.red`, `summary.actions`); an entry is a string, or its plural
/// forms by `PluralCategory`, chosen by the message's `count`.
public struct Catalogue: Sendable, Equatable {
    public enum Entry: Sendable, Hashable {
        case text(MessagePattern)
        case plural([PluralCategory: MessagePattern])

        /// The patterns it holds, for checks.
        public var patterns: [MessagePattern] {
            switch self {
            case .text(let pattern): [pattern]
            case .plural(let forms): PluralCategory.allCases.compactMap { forms[$0] }
            }
        }
    }

    /// `en`, `cy`, or a fuller tag such as `en-GB`.
    public let language: String
    public private(set) var entries: [String: Entry]
    /// Put around every string it gives, for the test that finds words not from the
    /// catalogue (a pseudo-translation); empty otherwise.
    private var marks = Marks()

    private struct Marks: Sendable, Equatable {
        var open = ""
        var close = ""
    }

    public init(language: String, entries: [String: Entry]) {
        self.language = language
        self.entries = entries
    }

    public var keys: [String] { entries.keys.sorted() }

    public func entry(_ key: String) -> Entry? { entries[key] }

    /// This catalogue with `overrides`' entries in place of its own.
    public func merging(_ overrides: [String: Entry]) -> Catalogue {
        var merged = self
        merged.entries.merge(overrides) { _, new in new }
        return merged
    }

    /// The same words, each string put between `open` and `close`.
    public func marked(_ open: String, _ close: String) -> Catalogue {
        var marked = self
        marked.marks = Marks(open: open, close: close)
        return marked
    }

    /// A label: the words of a key with no placeholders.
    public subscript(_ key: String) -> String { text(Message(key)) }

    /// The message in words. A key the catalogue lacks shows as `[key]`, which the
    /// catalogue tests look for, rather than stopping a build.
    public func text(_ message: Message) -> String { text(message, escaping: nil) }

    /// The message with its words and `.text` arguments passed through `escape` (for
    /// HTML) and its `.markup` arguments put in as they are: a sentence with a link in it.
    public func text(_ message: Message, escaping escape: (@Sendable (String) -> String)?) -> String {
        let escape = escape ?? { $0 }
        return escape(marks.open) + body(message, escape) + escape(marks.close)
    }

    private func body(_ message: Message, _ escape: (String) -> String) -> String {
        guard let entry = entries[message.key] else { return escape("[\(message.key)]") }
        let pattern: MessagePattern
        switch entry {
        case .text(let only):
            pattern = only
        case .plural(let forms):
            let count: Int = if case .count(let n) = message.arguments["count"] { n } else { 0 }
            let category = PluralCategory.of(count, language: language)
            guard let form = forms[category] ?? forms[.other] else { return escape("[\(message.key)]") }
            pattern = form
        }
        return pattern.fill(
            literal: escape,
            value: { name in message.arguments[name].map { text($0, escape) } ?? escape("{\(name)}") })
    }

    public func text(_ key: String, _ arguments: [String: MessageArgument]) -> String {
        text(Message(key, arguments))
    }

    private func text(_ argument: MessageArgument, _ escape: (String) -> String) -> String {
        switch argument {
        case .text(let words): escape(words)
        case .count(let number): Self.grouped(number)
        case .message(let message): escape(marks.open) + body(message, escape) + escape(marks.close)
        case .list(let messages): list(messages.map { text(.message($0), escape) }, escape)
        case .series(let messages):
            messages.map { text(.message($0), escape) }.joined(
                separator: text(.message(Message("list.separator")), escape))
        case .markup(let markup): markup
        }
    }

    /// "a", "a and b", "a, b and c", in the language's words (`list.two`, `list.start`,
    /// `list.end`, each with `{first}` and `{second}`).
    public func list(_ parts: [String]) -> String { list(parts, { $0 }) }

    /// The parts are already escaped: they join as markup.
    private func list(_ parts: [String], _ escape: (String) -> String) -> String {
        func join(_ key: String, _ first: String, _ second: String) -> String {
            escape(marks.open) + body(Message(key, ["first": .markup(first), "second": .markup(second)]), escape)
                + escape(marks.close)
        }
        switch parts.count {
        case 0: return ""
        case 1: return parts[0]
        case 2: return join("list.two", parts[0], parts[1])
        default:
            var joined = join("list.end", parts[parts.count - 2], parts.last!)
            for part in parts.dropLast(2).reversed() { joined = join("list.start", part, joined) }
            return joined
        }
    }

    /// 12345 → 12,345: how English and Welsh both group digits (from five digits, as
    /// figures are shown).
    static func grouped(_ number: Int) -> String {
        let digits = String(abs(number))
        guard digits.count > 4 else { return String(number) }
        var grouped = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        return (number < 0 ? "-" : "") + grouped
    }
}
