import Foundation

/// The keys of one kind of file (or of a nested key such as `tolerances:`), in order.
/// Decoding, unknown-key errors, the schemas, the reference document, `new-quarter`'s
/// carry-over and the open data all come from it.
public struct FieldSet<Item: Sendable>: Sendable {
    public let fields: [Field<Item>]
    /// An item with every property at its initial value: the defaults.
    public let blank: Item
    /// A rule across keys (green ≤ amber; likelihood × impact = score), run after the keys are read.
    let check: (@Sendable (Item, FieldCheck) -> Void)?
    /// Each key's place in `fields`: a file's keys are matched to fields by one lookup
    /// each (comparing every key with every field was a tenth of decoding a file).
    private let places: [String: Int]

    public init(blank: Item, _ fields: [Field<Item>], check: (@Sendable (Item, FieldCheck) -> Void)? = nil) {
        self.blank = blank
        self.fields = fields
        self.check = check
        places = Dictionary(fields.indices.map { (fields[$0].key, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public var keys: [String] { fields.map(\.key) }

    /// The keys a translation file may give (`translated: true`), none of them required:
    /// a translation holds only words.
    public var translation: FieldSet<Item> {
        FieldSet(blank: blank, fields.filter(\.translated).map(\.optional), check: nil)
    }

    public subscript(key: String) -> Field<Item>? { fields.first { $0.key == key } }

    public var info: [FieldInfo] { fields.map { $0.info(blank: blank) } }

    /// The fields published as open data, with this item's values (those it has).
    public func openData(of item: Item) -> [OpenDataEntry] {
        fields.compactMap { field in
            guard let name = field.openDataName, let value = field.value(in: item) else { return nil }
            return OpenDataEntry(name: name, value: value)
        }
    }

    /// One key's value in `item` as front-matter text (nil when it has none), for a
    /// command that rewrites that key (`publish` and a quarter's `corrections`, `import`).
    public func yaml(of key: String, in item: Item) -> String? { self[key]?.yaml(item) }

    /// The keys `new-quarter` writes into the next quarter's file, as front-matter text.
    public func carried(from item: Item, withinPlanYear: Bool) -> [(key: String, text: String)] {
        fields.compactMap { field in
            guard field.carry == .always || (field.carry == .withinPlanYear && withinPlanYear),
                let text = field.yaml(item)
            else { return nil }
            return (field.key, text)
        }
    }

    /// Reads a file's keys into `item`, reporting every problem and every key not in the
    /// set. Returns whether every required key was read: only then is the item usable.
    public func decode(_ document: ParsedValue?, into item: inout Item, report: FieldReport) -> Bool {
        switch document {
        case .map(let entries, let position)?:
            return decode(entries, at: position, into: &item, report: report, prefix: "")
        case nil:
            return decode([], at: report.missingKeyPosition, into: &item, report: report, prefix: "")
        case let other?:
            report.report(
                .wrongType, at: TextPosition(line: report.firstLine, column: 1),
                "expected `key: value` lines, found \(other.described)",
                hint: "Write one `key: value` per line, e.g. `title: Superfast broadband`.")
            // That one error says it all: no key is reported missing.
            return !fields.contains(where: \.required)
        }
    }

    func decode(
        _ entries: [ParsedEntry], at position: TextPosition, into item: inout Item, report: FieldReport, prefix: String
    ) -> Bool {
        var complete = true
        // The first entry of each field's key, and the entries of keys not in the set.
        var entryOf = [Int?](repeating: nil, count: fields.count)
        var unknown: [Int] = []
        for index in entries.indices {
            if let place = places[entries[index].key] {
                if entryOf[place] == nil { entryOf[place] = index }
            } else {
                unknown.append(index)
            }
        }
        for (place, field) in fields.enumerated() {
            let entry = entryOf[place].map { entries[$0] }
            guard let entry, !entry.value.isNull else {
                guard field.required else { continue }
                complete = false
                report.report(
                    .missingField, at: entry?.keyPosition ?? report.missingKeyPosition,
                    "missing required key `\(prefix)\(field.key)`", hint: "Add a line `\(field.key): \(field.example)`."
                )
                continue
            }
            let path = prefix + field.key
            report.positions[path] = entry.value.position
            if case .map(let lines, _) = entry.value, case .map = field.shape {
                for line in lines { report.positions[path + "." + line.key] = line.keyPosition }
            }
            let context = FieldContext(
                key: field.key, path: path, subject: "`\(field.key)`", required: field.required,
                example: field.example, report: report)
            if !field.read(&item, entry.value, context), field.required { complete = false }
        }
        for entry in unknown.map({ entries[$0] }) {
            let allowed = keys
            let list = allowed.map { "`\($0)`" }.joined(separator: ", ")
            let hint =
                allowed.isEmpty
                ? "This file takes no front-matter keys: delete the key, or the whole `---` block, and write the text below."
                : Suggestion.closest(to: entry.key, among: allowed).map {
                    "Did you mean `\($0)`? Allowed keys: \(list)."
                }
                    ?? "Allowed keys: \(list)."
            report.report(.unknownKey, at: entry.keyPosition, "unknown key `\(prefix)\(entry.key)`", hint: hint)
        }
        check?(item, FieldCheck(report: report, prefix: prefix, position: position))
        return complete
    }
}
