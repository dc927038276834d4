/// Optional text that a template tests with a section: `{{#meeting}} Considered by {{text}}.{{/meeting}}`.
struct TextValue: TemplateContext {
    let text: String

    static let fields = FieldTable<TextValue>([.text("text", "The text.") { $0.text }])
}

/// Rendered Markdown, present only when there is some: `{{#description}}{{{html}}}{{/description}}`.
struct HTMLBlock: TemplateContext {
    let html: String

    init(html: String) { self.html = html }

    /// Nil for no HTML.
    init?(_ html: String) {
        guard !html.isEmpty else { return nil }
        self.html = html
    }

    static let fields = FieldTable<HTMLBlock>([.html("html", "The rendered Markdown.") { $0.html }])
}

/// An address on its own: `{{#canonical}}<link rel="canonical" href="{{url}}">{{/canonical}}`.
struct Address: TemplateContext {
    let url: String

    static let fields = FieldTable<Address>([.text("url", "The address.") { $0.url }])
}

/// A labelled link: a breadcrumb, a quarter in a table's heading.
final class LabelledLink: TemplateContext {
    let label: String
    let url: String

    init(label: String, url: String) {
        self.label = label
        self.url = url
    }

    static let fields = FieldTable<LabelledLink>([
        .text("label", "The link's words.") { $0.label },
        .text("url", "Its address.") { $0.url },
    ])
}

/// A link to a titled page: an outcome.
final class TitledLink: TemplateContext {
    let title: String
    let url: String

    init(title: String, url: String) {
        self.title = title
        self.url = url
    }

    /// The link as HTML, for a sentence with a link in it.
    var link: String { "<a href=\"\(HTMLText.escape(url))\">\(HTMLText.escape(title))</a>" }

    static let fields = FieldTable<TitledLink>([
        .text("title", "Its title.") { $0.title },
        .text("url", "Its page's address.") { $0.url },
    ])
}

/// A link to an action's or a measure's page, with its ref and kind.
final class ItemLink: TemplateContext {
    let title: String
    let ref: String
    let kind: String
    let url: String

    init(title: String, ref: String, kind: String, url: String) {
        self.title = title
        self.ref = ref
        self.kind = kind
        self.url = url
    }

    static let fields = FieldTable<ItemLink>([
        .text("title", "Its title.") { $0.title },
        .text("ref", "Its ref in the latest plan (nothing for an owner or a view).") { $0.ref },
        .text(
            "kind",
            "What it is: \"Action\" or \"Measure\" (`common.action`, `common.measure`); in the A to Z with its ref, \"Action 1.1\", \"Measure M4.4\" (`aToZ.action`, `aToZ.measure`), \"View by exception\", \"View\" (`aToZ.viewByException`, `aToZ.view`) or an owner's roles."
        ) { $0.kind },
        .text("url", "Its page's address.") { $0.url },
    ])
}

/// One term of a definition list: "Lead officer" and who it is.
final class Detail: TemplateContext {
    let term: String
    let value: String

    init(_ term: String, _ value: String) {
        self.term = term
        self.value = value
    }

    static let fields = FieldTable<Detail>([
        .text("term", "What it is, e.g. \"Lead officer\".") { $0.term },
        .text("value", "Its value.") { $0.value },
    ])
}

/// A chart, drawn as SVG in both layouts, with its caption where the page gives one.
final class ChartFigure: TemplateContext {
    let svg: String
    let phoneSVG: String
    let caption: String?
    let embed: ChartEmbed?

    init(svg: String, phoneSVG: String, caption: String? = nil, embed: ChartEmbed? = nil) {
        self.svg = svg
        self.phoneSVG = phoneSVG
        self.caption = caption
        self.embed = embed
    }

    static let fields = FieldTable<ChartFigure>([
        .html("svg", "The chart as SVG, with its title and description.") { $0.svg },
        .html(
            "phoneSVG",
            "The same chart drawn for a phone (the latest quarters, class `chart-phone`); the stylesheet shows one of the two."
        ) { $0.phoneSVG },
        .text("caption", "What it shows, in words (not on every chart).") { $0.caption },
        .context("embed", "The chart as a file of its own and how to show it elsewhere (partials/use-chart).") {
            $0.embed
        },
    ])
}
