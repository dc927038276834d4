/// A page context still built as a dictionary, until its page has a context type.
final class UntypedBody: TemplateContext {
    let model: [String: Any]

    init(_ model: [String: Any]) { self.model = model }

    func child(named name: String) -> Any? { model[name] }

    static let fields = FieldTable<UntypedBody>([])
}
