/// Optional text that a template tests with a section: `{{#meeting}} Considered by {{text}}.{{/meeting}}`.
struct TextValue: TemplateContext {
    let text: String

    static let fields = FieldTable<TextValue>([.text("text", "The text.") { $0.text }])
}

/// Rendered Markdown, present only when there is some: `{{#description}}{{{html}}}{{/description}}`.
struct HTMLBlock: TemplateContext {
    let html: String

    static let fields = FieldTable<HTMLBlock>([.html("html", "The rendered Markdown.") { $0.html }])
}

/// An address on its own: `{{#canonical}}<link rel="canonical" href="{{url}}">{{/canonical}}`.
struct Address: TemplateContext {
    let url: String

    static let fields = FieldTable<Address>([.text("url", "The address.") { $0.url }])
}

/// A labelled link: a breadcrumb, a quarter's report, an outcome.
final class Crumb: TemplateContext {
    let label: String
    let url: String

    init(label: String, url: String) {
        self.label = label
        self.url = url
    }

    static let fields = FieldTable<Crumb>([
        .text("label", "The link's words.") { $0.label },
        .text("url", "Its address.") { $0.url },
    ])
}
