import Foundation
import QuarterlyModel

/// The open data of a definition (outcome, action, measure, risk), made from its field
/// registry: every key declared with an open-data name becomes a member of its site.json
/// object, with a JSON Schema that follows the key's type. A new field in `Measure.swift`
/// is therefore in site.json and its schema with nothing else to change.
extension DataObject where Row: ContentItem & Identifiable<String> {
    /// The item's id first, then its registry's open-data fields, then its description.
    static func definition(description: @escaping @Sendable (Row) -> String) -> DataObject<Row> {
        let set = Row.fields
        let fields: [DataMember<Row>] = set.fields.compactMap { field in
            guard let name = field.openDataName else { return nil }
            let info = set.info.first { $0.key == field.key }!
            // Always written when required, or when even a blank item has a value (a word
            // with a default, a list or map that may be empty).
            return DataMember(
                name: name, schema: DataSchema.of(info.shape),
                required: field.required || field.value(in: set.blank) != nil,
                value: { field.value(in: $0).map(JSONValue.init(openData:)) })
        }
        let id = DataMember<Row>(name: "id", schema: DataSchema.shared("id"), required: true) { .string($0.id) }
        let text = DataMember<Row>(name: "description", schema: DataSchema.shared("text"), required: true) { row in
            SiteJSON.text(description(row))
        }
        return DataObject([id] + fields + [text])
    }
}

extension DataSchema {
    /// A key's type as open data: what its JSON value is.
    static func of(_ shape: ValueShape) -> JSONValue {
        switch shape {
        case .text, .address: string
        case .reference: shared("id")
        case .number: figure
        case .numberOrRange: target
        case .integer(let range):
            range.map { integer(minimum: $0.lowerBound, maximum: $0.upperBound) }
                ?? .object(["type": .string("integer")])
        case .boolean: boolean
        case .date: shared("date")
        case .month: integer(minimum: 1, maximum: 12)
        case .financialYear: shared("financialYear")
        case .words(let words): DataSchema.words(words)
        case .list(let item, _): list(of(item))
        case .map(key: .financialYear, let value): map(of(value), names: shared("financialYear"))
        case .map(key: .name, let value): map(of(value))
        case .object(let fields):
            object(fields.filter { $0.openDataName != nil })
        }
    }

    /// A nested object's members: those with a value even when left out are always written.
    private static func object(_ fields: [FieldInfo]) -> JSONValue {
        var schema: [String: JSONValue] = [
            "type": .string("object"), "additionalProperties": .bool(false),
            "properties": .object(
                Dictionary(fields.map { ($0.openDataName!, of($0.shape)) }, uniquingKeysWith: { a, _ in a })),
        ]
        let required = fields.filter { $0.required || $0.defaultValue != nil }.map {
            JSONValue.string($0.openDataName!)
        }
        if !required.isEmpty { schema["required"] = .array(required) }
        return .object(schema)
    }
}

extension JSONValue {
    /// A nested item (such as tolerances) as its registry publishes it.
    init<Item>(_ item: Item, fields: FieldSet<Item>) {
        self.init(openData: .map(fields.openData(of: item)))
    }

    /// An open-data value as JSON. Numbers keep the digits as written (`80.0` stays
    /// `80.0`), as every figure in site.json does.
    init(openData value: OpenDataValue) {
        switch value {
        case .text(let text): self = .string(text)
        case .number(let text):
            self = ExactNumber.json(text)
        case .boolean(let flag): self = .bool(flag)
        case .list(let items): self = .array(items.map(JSONValue.init(openData:)))
        case .map(let entries):
            self = .object(
                Dictionary(entries.map { ($0.name, JSONValue(openData: $0.value)) }, uniquingKeysWith: { a, _ in a }))
        }
    }
}
