import QuarterlyModel
import QuarterlySpreadsheet

/// One member of an open-data JSON object, declared once: its name, its JSON Schema,
/// whether every object has it, and how it is read. `site.json` and its published
/// schema (`site.schema.json`) are both made from these declarations, so they cannot
/// drift apart.
struct DataMember<Row>: Sendable {
    let name: String
    let schema: JSONValue
    /// Every object has it (the schema's `required`); otherwise it is left out when there
    /// is nothing to say, never written as null.
    let required: Bool
    let value: @Sendable (Row) -> JSONValue?

    static func always(
        _ name: String, _ schema: JSONValue, _ value: @escaping @Sendable (Row) -> any JSONConvertible
    ) -> Self {
        Self(name: name, schema: schema, required: true, value: { value($0).json })
    }

    static func optional(
        _ name: String, _ schema: JSONValue, _ value: @escaping @Sendable (Row) -> (any JSONConvertible)?
    ) -> Self {
        Self(name: name, schema: schema, required: false, value: { value($0)?.json })
    }
}

/// An open-data object: its members, in the order the schema lists them.
struct DataObject<Row>: Sendable {
    let members: [DataMember<Row>]

    init(_ members: [DataMember<Row>]) {
        self.members = members
    }

    func json(_ row: Row) -> JSONValue {
        var entries: [String: JSONValue] = [:]
        entries.reserveCapacity(members.count)
        for member in members {
            if let value = member.value(row) { entries[member.name] = value }
        }
        return .object(entries)
    }

    /// `{"type": "object", "required": […], "additionalProperties": false, "properties": {…}}`.
    var schema: JSONValue {
        let required = members.filter(\.required).map { JSONValue.string($0.name) }
        var schema: [String: JSONValue] = [
            "type": .string("object"), "additionalProperties": .bool(false),
            "properties": .object(Dictionary(members.map { ($0.name, $0.schema) }, uniquingKeysWith: { a, _ in a })),
        ]
        if !required.isEmpty { schema["required"] = .array(required) }
        return .object(schema)
    }
}

/// JSON Schema fragments for the open data's values.
enum DataSchema {
    static let string: JSONValue = .object(["type": .string("string")])
    /// A figure from content: a JSON number with the digits as written.
    static let figure: JSONValue = .object([
        "type": .string("number"),
        "description": .string(
            "Exactly as written in the content: read it as a decimal, keeping its digits (80.0 is not 80)."),
    ])
    static let boolean: JSONValue = .object(["type": .string("boolean")])
    /// A target: a figure, or a range `{"low": 90, "high": 94}`.
    static let target: JSONValue = .object([
        "anyOf": .array([
            figure,
            .object([
                "type": .string("object"), "additionalProperties": .bool(false),
                "properties": .object(["low": figure, "high": figure]),
                "required": .array([.string("low"), .string("high")]),
            ]),
        ])
    ])

    static func integer(minimum: Int, maximum: Int) -> JSONValue {
        .object(["type": .string("integer"), "minimum": minimum.json, "maximum": maximum.json])
    }

    /// A word of a closed vocabulary, listed from the Swift enum itself.
    static func words<W: ContentWord>(_ type: W.Type, except excluded: Set<String> = []) -> JSONValue {
        .object(["enum": .array(W.allCases.map(\.rawValue).filter { !excluded.contains($0) }.map(JSONValue.string))])
    }

    static func words(_ words: [String]) -> JSONValue {
        .object(["enum": .array(words.map(JSONValue.string))])
    }

    /// A shared definition in the schema's `$defs`.
    static func shared(_ name: String) -> JSONValue {
        .object(["$ref": .string("#/$defs/\(name)")])
    }

    static func list(_ items: JSONValue) -> JSONValue {
        .object(["type": .string("array"), "items": items])
    }

    /// An object of `name: value` entries, the names optionally constrained.
    static func map(_ values: JSONValue, names: JSONValue? = nil) -> JSONValue {
        var schema: [String: JSONValue] = ["type": .string("object"), "additionalProperties": values]
        if let names { schema["propertyNames"] = names }
        return .object(schema)
    }

    static func pattern(_ pattern: String) -> JSONValue {
        .object(["type": .string("string"), "pattern": .string(pattern)])
    }
}

/// What a column's cells hold: its CSV on the Web datatype, and the kind of cell the
/// spreadsheet downloads give it (a figure is a number shown with its written decimals).
public enum DataType: String, Sendable {
    case string, decimal, integer, date
    case url = "anyURI"
}

/// One column of an open-data table, declared once: its header (`name`, the same in every
/// language), what its cells hold, and its cell. Its title and description for people
/// (CSVW metadata, the spreadsheets' notes, docs/data.md) are the catalogue's
/// `data.columns.<table>.<name>.title` and `.description`, in the site's language.
struct DataColumn<Row>: Sendable {
    let name: String
    let type: DataType
    /// Its words when they are not its table's keys for its name: a comparator's, which
    /// name the comparator.
    let words: ColumnWords?
    let cell: @Sendable (Row) -> String

    init(
        _ name: String, _ type: DataType = .string, words: ColumnWords? = nil,
        _ cell: @escaping @Sendable (Row) -> String
    ) {
        self.name = name
        self.type = type
        self.words = words
        self.cell = cell
    }
}

/// A column's title and description for people, as catalogue messages.
struct ColumnWords: Sendable {
    let title: Message
    let description: Message
}

/// A table's columns; the header, every row and the table's metadata come from the same list.
struct DataTable<Row>: Sendable {
    /// Names its columns' words in the catalogue: `data.columns.<table>.…` (`measures`).
    let name: String
    let columns: [DataColumn<Row>]

    init(_ name: String, _ columns: [DataColumn<Row>]) {
        self.name = name
        self.columns = columns
    }

    var names: [String] { columns.map(\.name) }

    /// These columns, then every field of the row's definition that its registry declares
    /// a table column (`openData: .column(…)`) and that is not among them: a new measure
    /// field becomes a column of measures.csv with no change here (its words are the
    /// catalogue's keys for its name, like every column's).
    static func withRegistryColumns<Item: ContentItem>(
        _ name: String, _ item: KeyPath<Row, Item> & Sendable, _ columns: [DataColumn<Row>]
    ) -> DataTable<Row> {
        let named = Set(columns.map(\.name))
        let info = Dictionary(Item.fields.info.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        let added = Item.fields.fields.filter { $0.isTableColumn && !named.contains($0.openDataName!) }.map { field in
            DataColumn<Row>(field.openDataName!, info[field.key].map { DataType.of($0.shape) } ?? .string) {
                field.value(in: $0[keyPath: item])?.plain ?? ""
            }
        }
        return DataTable(name, columns + added)
    }

    func table(_ rows: some Sequence<Row>) -> CSVTable {
        var table = CSVTable(header: names)
        for row in rows { table.rows.append(columns.map { $0.cell(row) }) }
        return table
    }

    /// The same table as a spreadsheet sheet: a bold, frozen header row of the column
    /// names, and each cell typed as its column is (a decimal keeps its written places).
    /// Each row and its cells are made as the sheet is written.
    func sheet(_ name: String, count: Int, row: @escaping @Sendable (Int) -> Row) -> Sheet {
        let (header, columns) = (names.map(Cell.heading), columns)
        return Sheet(name: name, rowCount: count + 1) { index in
            guard index > 0 else { return header }
            // The row once, not once per column: making an update's row is most of a cell's cost.
            let made = row(index - 1)
            return columns.map { $0.type.cell($0.cell(made)) }
        }
    }

    func sheet(_ name: String, _ rows: [Row]) -> Sheet where Row: Sendable {
        sheet(name, count: rows.count) { rows[$0] }
    }

    /// The catalogue messages of a column's title and description.
    func words(_ column: DataColumn<Row>) -> ColumnWords {
        column.words
            ?? ColumnWords(
                title: Message("data.columns.\(name).\(column.name).title"),
                description: Message("data.columns.\(name).\(column.name).description"))
    }

    /// The columns without their cells, as the metadata describes them, in `words`' language.
    func descriptions(_ words: Catalogue) -> [ColumnDescription] {
        columns.map { column in
            let messages = self.words(column)
            return ColumnDescription(
                name: column.name, title: words.text(messages.title), type: column.type,
                description: words.text(messages.description))
        }
    }
}

/// A column as its table's metadata describes it.
public struct ColumnDescription: Sendable, Equatable {
    public let name: String
    public let title: String
    public let type: DataType
    public let description: String
}

extension DataType {
    /// A CSV cell's text as a spreadsheet cell of this type; empty is an empty cell.
    func cell(_ text: String) -> Cell {
        guard !text.isEmpty else { return .empty }
        switch self {
        case .decimal: return .number(text)
        case .integer: return Int(text).map(Cell.integer) ?? .text(text)
        case .date:
            return CalendarDate(iso: text).map { .date(year: $0.year, month: $0.month, day: $0.day) } ?? .text(text)
        case .string, .url: return .text(text)
        }
    }

    /// A registry key's cells.
    static func of(_ shape: ValueShape) -> DataType {
        switch shape {
        case .number: .decimal
        case .integer, .month: .integer
        case .date: .date
        case .address: .url
        default: .string
        }
    }
}
