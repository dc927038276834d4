import Foundation
import QuarterlyModel

/// `docs/fields.md`: every key of every kind of file, from the field declarations. A test
/// fails when the document is out of date (`scripts/update-docs` rewrites it).
public enum FieldReference {
    public static var markdown: String {
        var lines = [
            "# Content fields",
            "",
            "<!-- Generated from the field declarations in Sources/QuarterlyModel/Items: do not edit;",
            "     run scripts/update-docs after changing them. -->",
            "",
            "Every key of every kind of content file: its type, whether it is required, its default",
            "and what it means. [content-format.md](content-format.md) shows each kind with an example",
            "and explains the rules. Allowed words are matched ignoring case and spaces at either end.",
        ]
        for kind in ContentKind.allCases {
            lines += ["", "## `\(kind.files)`", ""] + table(kind.itemType.fieldInfo)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func table(_ fields: [FieldInfo]) -> [String] {
        guard !fields.isEmpty else {
            return ["No front-matter keys: the `---` lines may be left out, and the body is the text."]
        }
        let carries = fields.contains { $0.carry != .never }
        let published = fields.contains { $0.openDataName != nil }
        var header = ["key", "type", "required", "default", "meaning"]
        if carries { header.insert("new-quarter carries it", at: 4) }
        if published { header.append("open data") }
        var lines = [row(header), row(header.map { _ in "---" })]
        func add(_ fields: [FieldInfo], prefix: String) {
            for field in fields {
                var cells = [
                    "`\(prefix)\(field.key)`", field.shape.summary, field.required ? "yes" : "no", defaultText(field),
                    field.description,
                ]
                if carries { cells.insert(carried(field.carry), at: 4) }
                if published { cells.append(openData(field)) }
                lines.append(row(cells))
                switch field.shape {
                case .object(let nested), .list(.object(let nested), _): add(nested, prefix: prefix + field.key + ".")
                default: break
                }
            }
        }
        add(fields, prefix: "")
        if carries {
            lines += [
                "",
                "`quarterly new-quarter` copies each update of the latest quarter into the new one with the keys it carries, and marks it `review:`; it leaves out actions that are complete.",
            ]
        }
        return lines
    }

    /// Its name in site.json, and whether it is also a column of the kind's CSV table.
    private static func openData(_ field: FieldInfo) -> String {
        guard let name = field.openDataName else { return "" }
        return "`\(name)`" + (field.isTableColumn ? ", also a CSV column" : "")
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |"
    }

    private static func defaultText(_ field: FieldInfo) -> String {
        if field.required { return "" }
        if let note = field.defaultNote { return note }
        if case .object = field.shape { return "as below" }
        guard let value = field.defaultValue, !value.isEmpty else { return "none" }
        if case .month = field.shape, case .number(let text) = value, let month = Int(text) {
            return "`\(CalendarDate.monthNames[month - 1])`"
        }
        return "`\(written(value))`"
    }

    /// A default as it would be written in YAML's short form: `[Rare, Unlikely]`, `{Low: 1}`.
    private static func written(_ value: OpenDataValue) -> String {
        switch value {
        case .text(let text), .number(let text): text
        case .boolean(let value): value ? "true" : "false"
        case .list(let items): "[" + items.map(written).joined(separator: ", ") + "]"
        case .map(let entries): "{" + entries.map { "\($0.name): \(written($0.value))" }.joined(separator: ", ") + "}"
        }
    }

    private static func carried(_ carry: CarryForward) -> String {
        switch carry {
        case .always: "yes"
        case .withinPlanYear: "within the financial year"
        case .never: "no"
        }
    }
}
