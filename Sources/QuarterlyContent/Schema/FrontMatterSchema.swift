import Foundation
import QuarterlyModel

/// JSON Schemas (draft-07, which editors' YAML extensions understand) for the front
/// matter of each kind of content file, printed by `quarterly schema`: made from the
/// field declarations, so they always list exactly the keys the decoders accept.
public enum FrontMatterSchema {
    /// The kinds whose files have keys (outcome commentary has none).
    public static let kinds = ContentKind.allCases.filter { !$0.itemType.fieldInfo.isEmpty }

    /// The schema document for one kind of file.
    public static func document(_ kind: ContentKind) -> [String: Any] {
        var schema = object(kind.itemType.fieldInfo)
        schema["$schema"] = "http://json-schema.org/draft-07/schema#"
        schema["$id"] = "https://quarterly.invalid/schema/\(kind.rawValue).schema.json"
        schema["title"] =
            kind == .site ? "Quarterly site.yml" : "Quarterly \(kind.rawValue) front matter (\(kind.files))"
        return schema
    }

    public static func text(_ kind: ContentKind) -> String {
        let data =
            (try? JSONSerialization.data(withJSONObject: document(kind), options: [.prettyPrinted, .sortedKeys]))
            ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func object(_ fields: [FieldInfo]) -> [String: Any] {
        var result: [String: Any] = [
            "type": "object",
            "properties": Dictionary(uniqueKeysWithValues: fields.map { ($0.key, property($0)) }),
            "additionalProperties": false,
        ]
        let required = fields.filter(\.required).map(\.key)
        if !required.isEmpty { result["required"] = required }
        return result
    }

    static func property(_ field: FieldInfo) -> [String: Any] {
        var result = json(field.shape)
        result["description"] = field.description
        if let value = field.defaultValue, !value.isEmpty { result["default"] = json(value) }
        return result
    }

    /// YAML text may be read as a number or a boolean by other tools; Quarterly keeps it as text.
    private static let textTypes = ["string", "number", "boolean"]

    static func json(_ shape: ValueShape) -> [String: Any] {
        switch shape {
        case .text, .reference: return ["type": textTypes]
        case .address(let prefixes, let anyCase):
            let alternatives = prefixes.map { prefix in
                anyCase
                    ? prefix.map { $0.isLetter ? "[\($0.uppercased())\($0.lowercased())]" : String($0) }.joined()
                    : prefix
            }
            return ["type": "string", "pattern": "^(" + alternatives.joined(separator: "|") + ")"]
        case .number: return ["type": ["number", "string"], "pattern": "^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$"]
        case .numberOrRange:
            let number = "-?[0-9]+(\\.[0-9]+)?"
            return ["type": ["number", "string"], "pattern": "^\\s*\(number)(\\s+to\\s+\(number))?\\s*$"]
        case .integer(let range):
            var result: [String: Any] = ["type": ["integer", "string"], "pattern": "^\\s*[0-9]+\\s*$"]
            if let range {
                result["minimum"] = range.lowerBound
                result["maximum"] = range.upperBound
            }
            return result
        case .date: return ["type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]
        case .boolean: return ["type": ["boolean", "string"], "enum": [true, false, "true", "false", "yes", "no"]]
        case .month: return ["type": ["string", "integer"]]
        case .financialYear: return ["type": "string", "pattern": "^[0-9]{4}/[0-9]{2}$"]
        case .words(let words): return ["type": "string", "enum": spellings(words)]
        case .list(let item, let count):
            var result: [String: Any] = ["type": ["array"] + textTypes, "items": json(item)]
            if let count {
                result["minItems"] = count
                result["maxItems"] = count
            }
            return result
        case .map(let key, let value):
            var result: [String: Any] = ["type": "object", "additionalProperties": json(value)]
            if key == .financialYear { result["propertyNames"] = ["pattern": "^[0-9]{4}/[0-9]{2}$"] }
            return result
        case .object(let fields): return object(fields)
        }
    }

    /// Allowed words in the spellings people type; Quarterly also ignores case and spaces.
    static func spellings(_ words: [String]) -> [String] {
        words.flatMap { [$0, $0.prefix(1).uppercased() + $0.dropFirst(), $0.uppercased()] }
    }

    package static func json(_ value: OpenDataValue) -> Any {
        switch value {
        case .text(let text): return text
        case .number(let text):
            if let whole = Int(text) { return whole }
            return Double(text) ?? text
        case .boolean(let value): return value
        case .list(let items): return items.map(json)
        case .map(let entries): return Dictionary(entries.map { ($0.name, json($0.value)) }, uniquingKeysWith: { $1 })
        }
    }
}
