/// One key of a content file, declared once: its type, whether it is required, what it
/// means, whether `new-quarter` carries it forward and under which name it is open data.
/// Its default is the property's own initial value (read from a blank item).
public struct Field<Item>: Sendable {
    public let key: String
    public let description: String
    public private(set) var required: Bool
    public let carry: CarryForward
    /// Whether it holds words a reader reads, which a translation file (`<id>.cy.md`) may
    /// give in another language; every other key (figures, statuses, dates, ids) is
    /// shared by all languages and written once.
    public let translated: Bool
    /// Its name in the open data, when it is published there.
    public var openDataName: String? { publication?.name }
    /// Whether it is also a column of its kind's table by quarter (measures.csv, actions.csv).
    public var isTableColumn: Bool { publication?.isColumn ?? false }
    let publication: OpenDataName?
    let example: String
    let shape: ValueShape
    /// Words for a default that is not a fixed value (`computed from the figures`).
    let defaultNote: String?
    let read: @Sendable (inout Item, ParsedValue, FieldContext) -> Bool
    let yaml: @Sendable (Item) -> String?
    private let openData: @Sendable (Item) -> OpenDataValue?

    /// A key whose property always has a value: left out, it keeps the initial value.
    public init<Value>(
        _ key: String, _ property: WritableKeyPath<Item, Value> & Sendable, _ type: FieldType<Value>,
        _ description: String, required: Bool = false, example: String? = nil, default note: String? = nil,
        carry: CarryForward = .never, openData: OpenDataName? = nil, translated: Bool = false
    ) {
        self.init(
            key, type, description, required: required, example: example, note: note, carry: carry, openData: openData,
            translated: translated,
            read: { item, value in item[keyPath: property] = value }, value: { $0[keyPath: property] })
    }

    /// A key whose property is nil when it is left out.
    public init<Value>(
        _ key: String, _ property: WritableKeyPath<Item, Value?> & Sendable, _ type: FieldType<Value>,
        _ description: String, required: Bool = false, example: String? = nil, default note: String? = nil,
        carry: CarryForward = .never, openData: OpenDataName? = nil, translated: Bool = false
    ) {
        self.init(
            key, type, description, required: required, example: example, note: note, carry: carry, openData: openData,
            translated: translated,
            read: { item, value in item[keyPath: property] = value }, value: { $0[keyPath: property] })
    }

    private init<Value>(
        _ key: String, _ type: FieldType<Value>, _ description: String, required: Bool, example: String?,
        note: String?, carry: CarryForward, openData: OpenDataName?, translated: Bool,
        read set: @escaping @Sendable (inout Item, Value) -> Void, value: @escaping @Sendable (Item) -> Value?
    ) {
        self.key = key
        self.description = description
        self.required = required
        self.carry = carry
        self.translated = translated
        self.publication = openData
        self.example = example ?? type.example
        self.shape = type.shape
        self.defaultNote = note
        self.read = { item, parsed, context in
            guard let decoded = type.read(parsed, context) else { return false }
            set(&item, decoded)
            return true
        }
        self.yaml = { value($0).flatMap(type.yaml) }
        self.openData = { value($0).flatMap(type.openData) }
    }

    /// The same key, not required.
    var optional: Field<Item> {
        var copy = self
        copy.required = false
        return copy
    }

    /// The item's value of this key as open data: nil when it has none.
    public func value(in item: Item) -> OpenDataValue? { openData(item) }

    /// What the reference and the schemas say of the key, with `blank`'s value as its default
    /// (unless the default is given in words: it depends on other values).
    func info(blank: Item) -> FieldInfo {
        FieldInfo(
            key: key, shape: shape, required: required, description: description,
            defaultValue: required || defaultNote != nil ? nil : openData(blank), defaultNote: defaultNote,
            carry: carry,
            openDataName: openDataName, isTableColumn: isTableColumn)
    }
}

/// Whether `quarterly new-quarter` copies a stated value into the next quarter's update.
public enum CarryForward: Sendable {
    case always
    /// Only into a quarter of the same financial year: refs, titles and targets belong to one year's plan.
    case withinPlanYear
    case never
}

/// A field's name in the open data: in site.json (`"refs"`), or there and as a column of
/// its kind's table by quarter too (`.column("unit")`).
public struct OpenDataName: Sendable, ExpressibleByStringLiteral {
    public let name: String
    public let isColumn: Bool

    public init(stringLiteral name: String) {
        self.name = name
        self.isColumn = false
    }

    private init(name: String, isColumn: Bool) {
        self.name = name
        self.isColumn = isColumn
    }

    public static func column(_ name: String) -> OpenDataName { OpenDataName(name: name, isColumn: true) }
}
