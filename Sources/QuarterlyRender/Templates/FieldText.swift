import Mustache

/// A text or HTML field's value as swift-mustache is handed it. It renders itself
/// (`MustacheCustomRenderable`), so a `{{name}}` costs two casts where a `String` cost
/// four and `String(describing:)`, a fifth of all rendering. It is otherwise what a
/// `String` is to a template: no fields of its own (a name inside a section over it is
/// looked up in the enclosing contexts), never null (an empty one opens a section), and
/// String's transforms (`{{uppercased(title)}}`).
struct FieldText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    let text: String

    var renderText: String { text }
    var isNull: Bool { false }
    func child(named name: String) -> Any? { nil }
    func transform(_ name: String) -> Any? { text.transform(name) }
}
