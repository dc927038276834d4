import Mustache

/// A value a template is rendered with: every field a tag can name is declared in its
/// `fields` table, so swift-mustache reads it without reflection, the template check
/// knows which names each place of a template can use, and the docs list them.
///
/// Contexts are final classes, or structs holding a single string: Mustache keeps each
/// value it looks up as `Any`, which holds a reference (or up to three words) in place
/// but copies any larger struct into a new heap box at every lookup.
protocol TemplateContext: MustacheParent, SendableMetatype {
    static var fields: FieldTable<Self> { get }
}

extension TemplateContext {
    /// A name none of its fields has is looked up in the enclosing contexts, except `t`:
    /// every context answers it with the page's labels, found at once.
    func child(named name: String) -> Any? {
        Self.fields.value(named: name, of: self) ?? (name == "t" ? RenderScope.current?.strings : nil)
    }
}

/// What a context gives for a field it declares but has no value in (a measure's missing
/// target): found, and empty. swift-mustache would look a missing name up in every
/// enclosing context, two casts and a lookup each, and could find another context's
/// field of that name; mustache.js likewise stops at a key that is there but null.
struct Absent: MustacheCustomRenderable, MustacheParent {
    var renderText: String { "" }
    var isNull: Bool { true }
    func child(named name: String) -> Any? { nil }
}
