import Foundation

extension FieldType where Value == [String] {
    /// A list of text, or one text on its own (`risks: workforce`).
    public static var textList: FieldType { textList(shape: .list(.text, count: nil)) }

    /// Ids of other items, each checked once every file is read.
    public static func ids(of kind: ContentKind) -> FieldType {
        textList(shape: .list(.reference(kind), count: nil), refersTo: kind)
    }

    /// Five words, one for each step of the 5×5 risk key, e.g. the likelihood scale.
    public static func fiveWords(example: String) -> FieldType {
        textList(shape: .list(.text, count: 5)).checked(
            where: { $0.count == 5 },
            problem: { key, _ in ("`\(key)` needs five words, from 1 to 5", "For example `\(example)`.") })
    }

    private static func textList(shape: ValueShape, refersTo kind: ContentKind? = nil) -> FieldType {
        FieldType(
            shape: shape,
            read: { value, context in
                switch value {
                case .map:
                    context.report(
                        .wrongType, at: value.position, "`\(context.key)` must be a list",
                        hint: "Write one item per line, each starting with `- `.")
                case .list(let items, _):
                    for item in items where item.text == nil {
                        context.report(
                            .wrongType, at: item.position, "each item of `\(context.key)` must be text",
                            hint: "Write `- name` on its own line.")
                    }
                case .text: break
                }
                let items = value.textItems
                if let kind {
                    for item in items {
                        context.report.refer(to: kind, id: item.text, at: item.position, field: context.key)
                    }
                }
                return items.map(\.text)
            },
            yaml: { list in list.isEmpty ? nil : list.map { "\n  - " + YAMLText.quoted($0) }.joined() },
            openData: { list in .list(list.map { .text($0) }) })
    }
}

/// Reading `name: value` lines: `targets`, `comparators`, `bands`.
extension FieldType {
    /// A map whose entries each become one value of `Entry`, in file order. `subject`
    /// names an entry in messages (`the target for 2019/20`); `key` restricts entry names.
    public static func map<Entry: Sendable>(
        key: ValueShape.MapKey = .name, of entryType: FieldType<Entry>, example: String,
        subject: @escaping @Sendable (String) -> String,
        make: @escaping @Sendable ([(name: String, value: Entry)]) -> Value?,
        entries: @escaping @Sendable (Value) -> [(name: String, value: Entry)]
    ) -> FieldType {
        FieldType(
            shape: .map(key: key, value: entryType.shape), example: example,
            read: { value, context in
                guard case .map(let lines, _) = value else {
                    context.report(
                        .wrongType, at: value.position, "`\(context.key)` must be `name: value` lines",
                        hint: "Indent each entry under `\(context.key):` on its own line, e.g. `  England: 72`.")
                    return make([])
                }
                var read: [(name: String, value: Entry)] = []
                for line in lines {
                    if key == .financialYear, !FinancialYear.isLabel(line.key) {
                        context.report(
                            .invalidValue, at: line.keyPosition, "`\(line.key)` is not a financial year",
                            hint: "Name each year like `\(context.example)`.")
                        continue
                    }
                    let entryContext = context.entry(line, subject: subject(line.key))
                    if let entry = entryType.read(line.value, entryContext) { read.append((line.key, entry)) }
                }
                return make(read)
            },
            yaml: { value in
                let lines = entries(value)
                guard !lines.isEmpty else { return nil }
                return lines.compactMap { line in
                    entryType.yaml(line.value).map { "\n  \(YAMLText.quoted(line.name)): \($0)" }
                }.joined()
            },
            openData: { value in
                .map(
                    entries(value).compactMap { line in
                        entryType.openData(line.value).map { OpenDataEntry(name: line.name, value: $0) }
                    })
            })
    }

    /// A map from financial year (`2019/20`) to a value, e.g. `targets:`.
    public static func byYear<Entry: Sendable>(
        _ entryType: FieldType<Entry>, example: String, subject: @escaping @Sendable (String) -> String
    ) -> FieldType where Value == [String: Entry] {
        map(
            key: .financialYear, of: entryType, example: example, subject: subject,
            make: { Dictionary($0, uniquingKeysWith: { _, last in last }) },
            entries: { $0.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) } })
    }
}

extension FieldType where Value == String {
    /// A ref in an earlier plan (`refs:`): text, and not empty.
    public static var planRef: FieldType {
        FieldType(
            shape: .text,
            read: { value, context in
                guard let ref = value.text?.trimmingSpaces(), !ref.isEmpty else {
                    context.report(
                        .wrongType, at: value.position, "\(context.subject) must be text",
                        hint: "Write `\(context.key): M1.10`.")
                    return nil
                }
                return ref
            }, yaml: { YAMLText.quoted($0) }, openData: { .text($0) })
    }
}

extension FieldType where Value == [String: String] {
    /// `refs:` the ref in each earlier plan, by financial year.
    public static var refs: FieldType { byYear(.planRef, example: "2019/20: M1.10") { "the ref for \($0)" } }
}

extension FieldType {
    /// Keys nested under one key, e.g. `tolerances:` with `green`, `amber` and `basis`.
    /// Left out keys keep the nested set's blank values; the value is nil when a required
    /// nested key is missing.
    public static func object(_ set: FieldSet<Value>) -> FieldType {
        FieldType(
            shape: .object(set.info),
            read: { value, context in
                guard case .map(let entries, let position) = value else {
                    context.report(
                        .wrongType, at: value.position, "`\(context.key)` must be indented `name: value` lines",
                        hint: "Put each of its keys on its own line, indented under `\(context.key):`.")
                    return nil
                }
                var item = set.blank
                let complete = set.decode(
                    entries, at: position, into: &item, report: context.report, prefix: context.path + ".")
                return complete ? item : nil
            },
            yaml: { item in
                let lines = set.fields.compactMap { field in
                    field.yaml(item).map { YAMLText.line(field.key, $0).replacingOccurrences(of: "\n", with: "\n  ") }
                }
                return lines.isEmpty ? nil : lines.map { "\n  " + $0 }.joined()
            },
            openData: { item in
                let entries = set.openData(of: item)
                return entries.isEmpty ? nil : .map(entries)
            })
    }
}

extension FieldType {
    /// A list of entries, each a set of keys, e.g. a quarter's `corrections:` (each with its
    /// `date` and `reason`). An entry missing a required key is reported and left out.
    public static func list<Entry: Sendable>(of set: FieldSet<Entry>, example: String) -> FieldType
    where Value == [Entry] {
        FieldType(
            shape: .list(.object(set.info), count: nil), example: example,
            read: { value, context in
                guard case .list(let items, _) = value else {
                    context.report(
                        .wrongType, at: value.position, "`\(context.key)` must be a list",
                        hint: "Start each entry with `- ` on its own line under `\(context.key):`, e.g. \(example).")
                    return nil
                }
                var read: [Entry] = []
                for item in items {
                    guard case .map(let entries, let position) = item else {
                        context.report(
                            .wrongType, at: item.position, "each entry of `\(context.key)` must be `key: value` lines",
                            hint: "Write each entry's keys under its `- `, e.g. \(example).")
                        continue
                    }
                    var entry = set.blank
                    if set.decode(
                        entries, at: position, into: &entry, report: context.report, prefix: context.path + ".")
                    {
                        read.append(entry)
                    }
                }
                return read
            },
            yaml: { entries in
                guard !entries.isEmpty else { return nil }
                return entries.map { entry in
                    set.fields.compactMap { field in field.yaml(entry).map { YAMLText.line(field.key, $0) } }
                        .joined(separator: "\n    ")
                }.map { "\n  - " + $0 }.joined()
            },
            openData: { entries in .list(entries.map { .map(set.openData(of: $0)) }) })
    }
}
