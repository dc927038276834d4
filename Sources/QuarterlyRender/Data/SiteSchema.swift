import QuarterlyModel

/// The JSON Schema (draft 2020-12) of `/data/site.json`, published beside it as
/// `/data/site.schema.json`: made from the declarations that write site.json
/// (`SiteJSON`'s `DataObject`s), so the two always agree.
public enum SiteSchema {
    public static var text: String {
        String(decoding: document.data, as: UTF8.self) + "\n"
    }

    static var document: JSONValue {
        guard case .object(var schema) = SiteJSON.root.schema else { return .object([:]) }
        schema["$schema"] = .string("https://json-schema.org/draft/2020-12/schema")
        schema["$id"] = .string("site.schema.json")
        schema["title"] = .string("Quarterly site data")
        schema["description"] = .string("Every outcome, action, measure and quarterly update of a Quarterly site.")
        schema["$defs"] = .object(definitions)
        return .object(schema)
    }

    /// The shapes `DataSchema.shared` names.
    static let definitions: [String: JSONValue] = [
        "id": DataSchema.pattern("^[a-z0-9]+(-[a-z0-9]+)*$"),
        "date": DataSchema.pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
        "quarter": DataSchema.pattern("^[0-9]{4}-[0-9]{2}-q[1-4]$"),
        "financialYear": DataSchema.pattern("^[0-9]{4}/[0-9]{2}$"),
        "direction": DataSchema.words(DirectionOfTravel.self),
        "section": DataSchema.words(CommentarySection.self),
        "text": SiteJSON.markdown.schema,
        "tolerances": DataSchema.of(.object(Tolerances.fields.info)),
    ]
}
