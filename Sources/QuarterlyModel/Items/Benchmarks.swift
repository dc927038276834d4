/// How `quarterly import` reads a benchmarking export (LG Inform and similar services
/// give one row per area, period and value): which area is which comparator, and which
/// metric is which measure. Declared once in `site.yml` so each quarter's file imports
/// with no typing.
public struct Benchmarks: Sendable, Equatable {
    /// Comparator name (as measures declare it) → the area as the export names it.
    public var areas: [NamedText] = []
    /// Measure id → the metric as the export names it.
    public var metrics: [NamedText] = []

    public init() {}

    public static let fields = FieldSet<Benchmarks>(
        blank: Benchmarks(),
        [
            Field(
                "areas", \.areas, .namedTexts(example: "Statistical neighbours: Cumbria's statistical neighbours"),
                "Each comparator's name, as measures declare it in `comparators:`, and the area as the export names it (its name or code), e.g. `England: England`."
            ),
            Field(
                "metrics", \.metrics, .namedTexts(example: "early-years-development: Good level of development"),
                "Each measure's id and the metric as the export names it, for a file with a metric column."),
        ])
}

/// A `name: text` entry, in the order written.
public struct NamedText: Sendable, Equatable {
    public let name: String
    public let text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

extension FieldType where Value == [NamedText] {
    static func namedTexts(example: String) -> FieldType {
        map(
            of: .text, example: example, subject: { "`\($0)`" },
            make: { $0.map { NamedText(name: $0.name, text: $0.value) } },
            entries: { $0.map { (name: $0.name, value: $0.text) } })
    }
}
