import Mustache

/// What the page being rendered speaks: its language's `t.` labels and its status tags as
/// `partials/rag` and `partials/direction` render them. Set by `TemplateSet.render` for
/// the duration of one render, so every context can answer `t` itself and a tag can give
/// its markup without Mustache walking up the stack to the page's root at every tag.
struct RenderScope: Sendable {
    let strings: TemplateStrings
    let tags: StatusTagMarkup
    /// Trends cells and navigation links, each kind rendered once (nil while the tags are made).
    var repeated: RepeatedMarkup? = nil

    @TaskLocal static var current: RenderScope?
}

/// Each status tag rendered once per language by its partial, instead of once per table
/// cell: the tag partials may name only the tag's fields and `t.` (the template check
/// walks them so), so their output depends on nothing else.
struct StatusTagMarkup: Sendable {
    private let markup: [ObjectIdentifier: String]

    static let none = StatusTagMarkup(markup: [:])

    private init(markup: [ObjectIdentifier: String]) { self.markup = markup }

    init(library: MustacheLibrary, strings: TemplateStrings) {
        var markup: [ObjectIdentifier: String] = [:]
        let scope = RenderScope(strings: strings, tags: .none)
        RenderScope.$current.withValue(scope) {
            for tag in RAGTag.all {
                markup[ObjectIdentifier(tag)] = library.render(tag, withTemplate: RAGTag.partial) ?? ""
            }
            for tag in DirectionTag.all {
                markup[ObjectIdentifier(tag)] = library.render(tag, withTemplate: DirectionTag.partial) ?? ""
            }
        }
        self.markup = markup
    }

    subscript(tag: AnyObject) -> String? { markup[ObjectIdentifier(tag)] }
}
