/// How one kind of value is read from front matter, described, written back and published.
///
/// The standard types are in `FieldType+Scalars.swift` and `FieldType+Collections.swift`;
/// a field's declaration picks one (`.text`, `.figure`, `.word(Polarity.self)`…).
public struct FieldType<Value: Sendable>: Sendable {
    public let shape: ValueShape
    /// The value, or nil when there is none (left empty, or wrong: then a problem is reported).
    let read: @Sendable (ParsedValue, FieldContext) -> Value?
    /// The value as front-matter text, for `new-quarter`; nil when there is nothing to write.
    let yaml: @Sendable (Value) -> String?
    /// The value as open data (an empty list or map stays: it says there are none).
    let openData: @Sendable (Value) -> OpenDataValue?
    /// A value to show in hints when the field does not give its own.
    let example: String

    public init(
        shape: ValueShape, example: String = "…",
        read: @escaping @Sendable (ParsedValue, FieldContext) -> Value?,
        yaml: @escaping @Sendable (Value) -> String?, openData: @escaping @Sendable (Value) -> OpenDataValue?
    ) {
        self.shape = shape
        self.example = example
        self.read = read
        self.yaml = yaml
        self.openData = openData
    }

    /// This type with one more rule: a value breaking it is reported (at the value) and dropped.
    public func checked(
        where rule: @escaping @Sendable (Value) -> Bool, _ code: DiagnosticCode = .invalidValue,
        shape: ValueShape? = nil, example: String? = nil,
        problem: @escaping @Sendable (_ key: String, Value) -> (message: String, hint: String)
    ) -> FieldType {
        let read = self.read
        return FieldType(
            shape: shape ?? self.shape, example: example ?? self.example,
            read: { value, context in
                guard let decoded = read(value, context) else { return nil }
                guard rule(decoded) else {
                    let (message, hint) = problem(context.key, decoded)
                    context.report(code, at: value.position, message, hint: hint)
                    return nil
                }
                return decoded
            }, yaml: yaml, openData: openData)
    }
}

/// Writing front-matter text back.
public enum YAMLText {
    /// Text as a double-quoted scalar: safe whatever it contains.
    public static func quoted(_ text: String) -> String {
        "\""
            + text.replacingScalars { scalar in
                switch scalar {
                case "\\": "\\\\"
                case "\"": "\\\""
                case "\n": "\\n"
                case "\t": "\\t"
                default: nil
                }
            } + "\""
    }
}

extension YAMLText {
    /// `key: value`, or `key:` followed by the value's indented lines.
    public static func line(_ key: String, _ text: String) -> String {
        text.hasPrefix("\n") ? "\(key):\(text)" : "\(key): \(text)"
    }
}
