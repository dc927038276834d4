/// A context type's fields, declared once: templates read them through
/// `child(named:)`, the template check and docs/templates.md through `schema`.
struct FieldTable<Context>: Sendable {
    let fields: [TemplateField<Context>]
    /// Built once per type, so a lookup is one hash and one call.
    private let readers: [String: @Sendable (Context) -> Any?]

    init(_ fields: [TemplateField<Context>]) {
        self.fields = fields
        readers = Dictionary(fields.map { ($0.schema.name, $0.read) }) { _, _ in
            preconditionFailure("\(Context.self) declares a template field twice")
        }
    }

    /// The field's value, `Absent` for a field declared but empty here, nil for a
    /// name the table lacks.
    func value(named name: String, of context: Context) -> Any? {
        guard let read = readers[name] else { return nil }
        return read(context) ?? Absent()
    }

    var schema: [FieldSchema] { fields.map(\.schema) }
}
