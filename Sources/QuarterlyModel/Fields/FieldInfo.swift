/// A key as the reference document and the JSON Schemas describe it.
public struct FieldInfo: Sendable {
    public let key: String
    public let shape: ValueShape
    public let required: Bool
    public let description: String
    /// The value when the key is left out, if that is a fixed value.
    public let defaultValue: OpenDataValue?
    /// The default in words, when it depends on other values.
    public let defaultNote: String?
    public let carry: CarryForward
    public let openDataName: String?
    /// Also a column of its kind's table by quarter (measures.csv, actions.csv).
    public let isTableColumn: Bool
}
