import Foundation

extension FieldType where Value == String {
    /// One line of text, trimmed; left empty it counts as left out (an error when required).
    public static var text: FieldType { text(shape: .text) }

    /// The id of another item: checked once every file is read.
    public static func id(of kind: ContentKind) -> FieldType {
        FieldType(
            shape: .reference(kind), example: "healthy-and-safe",
            read: { value, context in
                let id = text.read(value, context)
                // The path names an entry of a map in full: `outcomes.2019/20`.
                if let id { context.report.refer(to: kind, id: id, at: value.position, field: context.path) }
                return id
            }, yaml: text.yaml, openData: text.openData)
    }

    /// A link shown to readers: only http and https, so no `javascript:` or `data:`
    /// address can reach a page.
    public static var webAddress: FieldType {
        text.checked(
            where: { $0.lowercased().hasPrefix("https://") || $0.lowercased().hasPrefix("http://") },
            shape: .address(prefixes: ["https://", "http://"], anyCase: true),
            example: "https://github.com/council/plan",
            problem: { key, _ in
                (
                    "`\(key)` must be a web address starting with https://",
                    "For example `\(key): https://github.com/council/plan`."
                )
            })
    }

    /// `base_url`: a full address, or a path alone. It ends up in robots.txt, the feed,
    /// the sitemap and every link, so it is checked as an address (`SiteAddress`).
    static var siteAddress: FieldType {
        text.checked(
            where: { SiteAddress.problem($0) == nil },
            shape: .address(prefixes: ["https://", "http://", "/"], anyCase: false),
            problem: { key, value in
                (
                    SiteAddress.problem(value, name: "`\(key)`") ?? "",
                    "For example `\(key): https://www.example.gov.uk/council-plan/` or `\(key): /`."
                )
            })
    }

    /// A financial year's label, `2019/20`: a plan year.
    public static var financialYear: FieldType {
        text(shape: .financialYear).checked(
            where: FinancialYear.isLabel, shape: .financialYear, example: "2019/20",
            problem: { key, value in
                ("`\(value)` is not a financial year", "Write the year the way plans name it, e.g. `\(key): 2019/20`.")
            })
    }

    private static func text(shape: ValueShape) -> FieldType {
        FieldType(
            shape: shape,
            read: { value, context in
                guard let text = value.text else {
                    context.report(
                        .wrongType, at: value.position, "`\(context.key)` must be text, not \(value.described)",
                        hint: "Write it on one line: `\(context.key): \(context.example)`.")
                    return nil
                }
                let trimmed = text.trimmed()
                if trimmed.isEmpty, context.required {
                    context.report(
                        .missingField, at: value.position, "`\(context.key)` is empty",
                        hint: "Give a value: `\(context.key): \(context.example)`.")
                }
                return trimmed.isEmpty ? nil : trimmed
            }, yaml: { YAMLText.quoted($0) }, openData: { .text($0) })
    }
}

extension FieldType where Value == Figure {
    /// A number kept as written: digits only, no `%`, `£` or commas. `hintEnding` ends the
    /// hint, so `value` can point to `display`.
    public static func figure(hintEnding: String = ".") -> FieldType {
        FieldType(
            shape: .number, example: "65",
            read: { value, context in Figure.read(value, context, hintEnding: hintEnding) },
            yaml: { $0.text }, openData: { .number($0.text) })
    }

    public static var figure: FieldType { figure() }
}

extension Figure {
    static func read(_ value: ParsedValue, _ context: FieldContext, hintEnding: String = ".") -> Figure? {
        guard let text = value.text, let figure = Figure(text: text) else {
            context.report(
                .wrongType, at: value.position, "\(context.subject) must be a number, not \(value.described)",
                hint: "Write digits only, e.g. 65 or 89.19 or -0.16: no %, £ or commas" + hintEnding)
            return nil
        }
        return figure
    }
}

extension FieldType where Value == Decimal {
    /// A number read exactly, for the edges of the RAG key.
    public static var decimal: FieldType {
        FieldType(
            shape: .number, read: { Figure.read($0, $1)?.decimal }, yaml: { "\($0)" }, openData: { .number("\($0)") })
    }
}

extension FieldType where Value == Int {
    public static var integer: FieldType {
        FieldType(
            shape: .integer(nil),
            read: { value, context in
                guard let text = value.text, let number = Int(text.trimmingSpaces()) else {
                    context.report(
                        .wrongType, at: value.position, "`\(context.key)` must be a whole number",
                        hint: "Write digits only, e.g. `\(context.key): 3`.")
                    return nil
                }
                return number
            }, yaml: { String($0) }, openData: { .number(String($0)) })
    }

    /// A whole number in `range`; `hint` says what the range means.
    public static func integer(in range: ClosedRange<Int>, hint: String) -> FieldType {
        integer.checked(
            where: { range.contains($0) }, shape: .integer(range),
            problem: { key, value in ("`\(key)` must be \(range.lowerBound) to \(range.upperBound), not \(value)", hint)
            })
    }

    /// A month by name (`April`, any case) or number 1–12.
    public static var month: FieldType {
        FieldType(
            shape: .month,
            read: { value, context in
                guard let raw = text.read(value, context) else { return nil }
                if let number = Int(raw), (1...12).contains(number) { return number }
                if let index = CalendarDate.monthNames.firstIndex(where: { $0.lowercased() == raw.lowercased() }) {
                    return index + 1
                }
                context.report(
                    .invalidValue, at: value.position, "`\(raw)` is not a month",
                    hint: "Write a month name such as `April`, or its number 1–12.")
                return nil
            }, yaml: { CalendarDate.monthNames[$0 - 1] }, openData: { .number(String($0)) })
    }

    private static var text: FieldType<String> { .text }
}

extension FieldType where Value == Bool {
    public static var boolean: FieldType {
        FieldType(
            shape: .boolean,
            read: { value, context in
                switch value.text?.trimmingSpaces().lowercased() {
                case "true", "yes": return true
                case "false", "no": return false
                default:
                    context.report(
                        .wrongType, at: value.position, "`\(context.key)` must be `true` or `false`",
                        hint: "For example `\(context.key): true`.")
                    return nil
                }
            }, yaml: { $0 ? "true" : "false" }, openData: { .boolean($0) })
    }
}

extension FieldType where Value == CalendarDate {
    public static var date: FieldType {
        FieldType(
            shape: .date,
            read: { value, context in
                let text = value.text?.trimmingSpaces() ?? ""
                if let date = CalendarDate(iso: text) { return date }
                let shape =
                    text.count == 10
                    && text.enumerated().allSatisfy {
                        $0.offset == 4 || $0.offset == 7 ? $0.element == "-" : $0.element.isNumber
                    }
                context.report(
                    .invalidDate, at: value.position,
                    shape
                        ? "`\(text)` is not a day in the calendar"
                        : "`\(context.key)` must be a date written yyyy-mm-dd",
                    hint: "For example `\(context.key): 2019-09-30`.")
                return nil
            }, yaml: { $0.iso }, openData: { .text($0.iso) })
    }
}

extension FieldType where Value: ContentWord {
    /// One of a closed vocabulary, matched ignoring case and spaces. With `only`, the other
    /// words are refused with `refusal`'s message (`complete` is for actions, not measures).
    public static func word(
        _ type: Value.Type, only allowed: [Value]? = nil, refusal: (@Sendable (Value) -> String)? = nil
    ) -> FieldType {
        let words = (allowed ?? Array(Value.allCases)).map(\.rawValue)
        return FieldType(
            shape: .words(words), example: Value.allCases.first?.rawValue ?? "",
            read: { value, context in
                guard let text = value.text else {
                    context.report(
                        .wrongType, at: value.position, "`\(context.key)` must be one word, not \(value.described)",
                        hint: "Use one of \(Value.allowedWords).")
                    return nil
                }
                guard let word = Value(word: text) else {
                    let suggestion = Suggestion.closest(
                        to: text.trimmingSpaces(), among: Value.allCases.map(\.rawValue))
                    context.report(
                        .unknownWord, at: value.position, "`\(text)` is not a valid `\(context.key)`",
                        hint: (suggestion.map { "Did you mean `\($0)`? " } ?? "") + "Use one of \(Value.allowedWords).")
                    return nil
                }
                if !words.contains(word.rawValue) {
                    context.report(
                        .unknownWord, at: value.position, refusal?(word) ?? "`\(word.rawValue)` is not allowed here",
                        hint: "Use " + WordList.phrase(words.map { "`\($0)`" }) + ".")
                    return nil
                }
                return word
            }, yaml: { $0.rawValue }, openData: { .text($0.rawValue) })
    }
}

/// Where a site is published: `https://host/path/`, or a path alone (`/plan/`) when the
/// host does not matter. One line of plain address: a space or a line break in it would
/// add lines of its own to robots.txt and break the feed and the sitemap.
public enum SiteAddress {
    /// Why `text` cannot be a site's address, or nil when it can. `name` says what holds it.
    public static func problem(_ text: String, name: String = "`base_url`") -> String? {
        if text.unicodeScalars.contains(where: {
            $0.properties.isWhitespace || $0.properties.generalCategory == .control
        }) {
            return "\(name) must not contain spaces, line breaks or other invisible characters"
        }
        if text.hasPrefix("/") {
            // `//host/` is an address on another site, not a path.
            return text.hasPrefix("//") ? "\(name) is a path, so it must start with a single /" : nil
        }
        guard text.hasPrefix("https://") || text.hasPrefix("http://") else {
            return "\(name) must start with https://, http:// or /"
        }
        guard let parts = URLComponents(string: text), let host = parts.host, !host.isEmpty else {
            return "\(name) must be a web address: https://, a host name, then a path"
        }
        if parts.user != nil || parts.password != nil || parts.query != nil || parts.fragment != nil {
            return "\(name) must be a host and a path only, without @, ? or #"
        }
        return nil
    }
}
