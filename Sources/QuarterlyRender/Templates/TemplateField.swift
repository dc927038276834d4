/// What a template field holds: how a tag may use it, and how the docs describe it.
enum FieldKind: Sendable {
    /// Text, escaped by `{{name}}`.
    case text
    /// HTML that Quarterly made (rendered Markdown, SVG): `{{{name}}}`.
    case html
    /// A flag for `{{#name}}…{{/name}}` and `{{^name}}…{{/name}}`.
    case flag
    /// A whole number, printed as it is.
    case number
    /// A nested context: `{{#name}}` opens its fields, `{{name.field}}` reads one.
    case context(ContextType)
    /// A list: `{{#name}}` repeats once per element, with the element's fields.
    case list(ContextType)
    /// The catalogue's labels: `{{t.nav.home}}`.
    case strings

    /// The context a section over this field opens, if any.
    var opened: ContextType? {
        switch self {
        case .context(let type), .list(let type): type
        case .text, .html, .flag, .number, .strings: nil
        }
    }
}

/// A context type as the template check and the docs see it: its name and fields.
struct ContextType: Sendable, Hashable {
    let name: String
    private let describe: @Sendable () -> [FieldSchema]

    init<Context: TemplateContext>(_ type: Context.Type) {
        name = String(describing: type)
        describe = { Context.fields.schema }
    }

    var fields: [FieldSchema] { describe() }

    static func == (a: ContextType, b: ContextType) -> Bool { a.name == b.name }
    func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

/// A field as the template check and the docs see it.
struct FieldSchema: Sendable {
    let name: String
    let kind: FieldKind
    /// One line for docs/templates.md.
    let summary: String
}

/// One field a template can name on a context: its name, what it holds, one line for
/// the docs, and how it is read from the context.
struct TemplateField<Context>: Sendable {
    let schema: FieldSchema
    /// Returns nil for an empty field, which templates see as `Absent` (not looked up in
    /// the enclosing contexts). Never returns an `Optional` inside the `Any`.
    let read: @Sendable (Context) -> Any?

    fileprivate init(
        _ name: String, _ kind: FieldKind, _ summary: String, _ read: @escaping @Sendable (Context) -> Any?
    ) {
        schema = FieldSchema(name: name, kind: kind, summary: summary)
        self.read = read
    }

    static func text(_ name: String, _ summary: String, _ read: @escaping @Sendable (Context) -> String?) -> Self {
        Self(name, .text, summary) { read($0).map { FieldText(text: $0) as Any } }
    }

    static func html(_ name: String, _ summary: String, _ read: @escaping @Sendable (Context) -> String?) -> Self {
        Self(name, .html, summary) { read($0).map { FieldText(text: $0) as Any } }
    }

    static func flag(_ name: String, _ summary: String, _ read: @escaping @Sendable (Context) -> Bool?) -> Self {
        Self(name, .flag, summary) { read($0).map { $0 as Any } }
    }

    static func number(_ name: String, _ summary: String, _ read: @escaping @Sendable (Context) -> Int?) -> Self {
        Self(name, .number, summary) { read($0).map { $0 as Any } }
    }

    static func context<Nested: TemplateContext>(
        _ name: String, _ summary: String, _ read: @escaping @Sendable (Context) -> Nested?
    ) -> Self {
        Self(name, .context(ContextType(Nested.self)), summary) { read($0).map { $0 as Any } }
    }

    static func strings(_ name: String, _ summary: String, _ read: @escaping @Sendable (Context) -> TemplateStrings)
        -> Self
    {
        Self(name, .strings, summary) { read($0) as Any }
    }

    /// The same field read from a context that `path` reaches from `Outer`: a page's
    /// layout declares the site-wide fields once (`SiteShell`) and shows them as its own.
    func reached<Outer>(through path: @escaping @Sendable (Outer) -> Context) -> TemplateField<Outer> {
        let read = self.read
        return TemplateField<Outer>(schema.name, schema.kind, schema.summary) { read(path($0)) }
    }

    static func list<Element: TemplateContext>(
        _ name: String, _ summary: String, _ read: @escaping @Sendable (Context) -> [Element]?
    ) -> Self {
        Self(name, .list(ContextType(Element.self)), summary) { read($0).map { $0 as Any } }
    }
}
