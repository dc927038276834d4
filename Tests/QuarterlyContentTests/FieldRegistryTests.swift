import Foundation
import QuarterlyContent
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// Decoding is driven by the field declarations: each row is a key, a value as a file
/// writes it, and the property it must give.
@Suite struct FieldRegistryTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let kind: ContentKind
        let yaml: String
        let expected: String
        let actual: @Sendable (any ContentItem) -> String?

        var testDescription: String { "\(kind.rawValue): \(yaml.replacingOccurrences(of: "\n", with: "; "))" }
    }

    static let quarter = QuarterID(startYear: 2019, number: 2)!

    /// The keys each kind requires, so that a row need give only the key it tests.
    static let required: [ContentKind: String] = [
        .site: "organisation: O\ntitle: T\n", .outcome: "title: T\n", .action: "ref: A1\ntitle: T\noutcome: o\n",
        .measure: "ref: M1\ntitle: T\noutcome: o\n", .risk: "ref: CR1\ntitle: T\n", .quarter: "status: draft\n",
        .actionUpdate: "rag: red\n", .measureUpdate: "", .riskUpdate: "residual_score: 4\n", .outcomeCommentary: "",
    ]

    static func item<Item: ContentItem>(_ kind: ContentKind, _ yaml: String, as _: Item.Type) -> Item? {
        decode(kind, yaml).item as? Item
    }

    static func decode(_ kind: ContentKind, _ yaml: String) -> DecodedFile {
        let text = kind == .site ? yaml : "---\n" + yaml + "---\nBody.\n"
        let source = try! SourceText.decode(bytes: Array(text.utf8), displayPath: "f", relativePath: "f").get()
        if kind == .site { return ContentLoader.decodeSite(source) }
        let place =
            kind == .quarter
            ? ContentPlace.quarter(quarter)
            : ContentPlace(kind: kind, id: "x", quarter: kind.isQuarterly ? quarter : nil)
        return ContentLoader.decode(source, place: place, financialYearStart: 4)
    }

    static func row<Item: ContentItem>(
        _ kind: ContentKind, _ yaml: String, _ expected: String, _ property: @escaping @Sendable (Item) -> String?
    ) -> Case {
        Case(kind: kind, yaml: (required[kind] ?? "") + yaml, expected: expected) { ($0 as? Item).flatMap(property) }
    }

    static let cases: [Case] = [
        // text, trimmed; empty counts as left out
        row(.outcome, "ref: \" 4 \"\n", "4") { (o: Outcome) in o.ref },
        row(.outcome, "ref: \"\"\n", "nil") { (o: Outcome) in o.ref ?? "nil" },
        // a reference to another item
        row(.outcome, "parent: healthy\n", "healthy") { (o: Outcome) in o.parentID },
        // refs by financial year
        row(.outcome, "refs:\n  2019/20: \"4\"\n", "4") { (o: Outcome) in o.refsByYear["2019/20"] },
        // whole number
        row(.action, "order: 3\n", "3") { (a: Action) in String(a.order) },
        // list of text, or one text alone
        row(.action, "risks: [a, b]\n", "a,b") { (a: Action) in a.risks.joined(separator: ",") },
        row(.measure, "comparators: England\n", "England") { (m: Measure) in m.comparators.joined() },
        // a word, in any case
        row(.measure, "unit: Percent\n", "percent") { (m: Measure) in m.unit.rawValue },
        row(.measure, "polarity: LOWER\n", "lower") { (m: Measure) in m.polarity.rawValue },
        // a figure kept as written
        row(.measure, "baseline: 65.0\n", "65.0") { (m: Measure) in m.baseline?.text },
        // targets by financial year
        row(.measure, "targets:\n  2019/20: 800\n", "800") { (m: Measure) in m.targetsByYear["2019/20"]?.text },
        // booleans
        row(.measure, "seasonal: yes\n", "true") { (m: Measure) in String(m.seasonal) },
        row(.measure, "annual_target: False\n", "false") { (m: Measure) in String(m.annualTarget) },
        // nested keys; a key left out takes the reference key's value
        row(.measure, "tolerances:\n  green: 1\n  basis: absolute\n", "1 10 absolute") { (m: Measure) in
            m.tolerances.map { "\($0.green) \($0.amber) \($0.basis.rawValue)" }
        },
        // dates
        row(.quarter, "period_end: 2019-10-31\n", "2019-10-31") { (q: Quarter) in q.periodEnd.iso },
        row(.quarter, "", "2019-09-30") { (q: Quarter) in q.periodEnd.iso },
        row(.quarter, "published: 2019-12-05\n", "2019-12-05") { (q: Quarter) in q.published?.iso },
        // months by name or number
        row(.site, "financial_year_start: january\n", "1") { (s: SiteConfig) in String(s.financialYearStart) },
        row(.site, "financial_year_start: 7\n", "7") { (s: SiteConfig) in String(s.financialYearStart) },
        // web addresses and the base URL
        row(.site, "base_url: /plan/\n", "/plan/") { (s: SiteConfig) in s.baseURL },
        row(.site, "repository:\n  url: https://x.org\n  edit_url: https://x.org/{path}\n", "https://x.org/{path}") {
            (s: SiteConfig) in s.repository?.editURL
        },
        row(.site, "licence:\n  name: CC BY\n", "CC BY true") { (s: SiteConfig) in
            "\(s.licence.name) \(s.licence.url == Licence.openGovernment.url)"
        },
        row(.site, "accessibility:\n  response_days: 3\n  issues: [a, b]\n  compliance: FULL\n", "3 2 full") {
            (s: SiteConfig) in
            "\(s.accessibility.responseDays) \(s.accessibility.issues.count) \(s.accessibility.compliance.rawValue)"
        },
        // bands: name → lowest score, kept in order of score
        row(.site, "risk_key:\n  bands: {High: 10, Low: 1}\n", "Low 1, High 10") { (s: SiteConfig) in
            s.riskKey.bands.map { "\($0.name) \($0.from)" }.joined(separator: ", ")
        },
        // update kinds
        row(.actionUpdate, "section: progress\n", "progress") { (u: ActionUpdate) in u.statedSection?.rawValue },
        row(.measureUpdate, "comparators:\n  England: 72\n", "England 72") { (u: MeasureUpdate) in
            u.comparators.map { "\($0.name) \($0.value.text)" }.joined()
        },
        row(.measureUpdate, "rag: GREEN\n", "green") { (u: MeasureUpdate) in u.statedRAG?.rawValue },
        row(.riskUpdate, "likelihood: 2\nimpact: 3\n", "6") { (u: RiskUpdate) in u.inherent.map { "\($0.score)" } },
        row(.risk, "actions: [a, b]\n", "a,b") { (r: Risk) in r.actionIDs.joined(separator: ",") },
    ]

    @Test(arguments: cases)
    func aKeyDecodesIntoItsProperty(_ row: Case) throws {
        let file = Self.decode(row.kind, row.yaml)
        #expect(file.diagnostics.isEmpty, "\(file.diagnostics)")
        let item = try #require(file.item)
        #expect(row.actual(item) == row.expected)
    }

    @Test func idsNamedInKeysBecomeReferencesAtTheirPositions() throws {
        let file = Self.decode(.risk, "ref: CR1\ntitle: T\nactions: [a, b]\nmeasures: m\n")
        #expect(
            file.references.map { "\($0.target.rawValue) \($0.id) \($0.field)" } == [
                "action a actions", "action b actions", "measure m measures",
            ])
        #expect(file.references.first?.position == TextPosition(line: 4, column: 11))
        let update = Self.decode(.measureUpdate, "ref: M2\n")
        #expect(update.references.map { "\($0.target.rawValue) \($0.id) \($0.field)" } == ["measure x file name"])
        #expect(update.positions["ref"] == TextPosition(line: 2, column: 6))
    }

    @Test func unknownKeysAreRefusedWithTheSetsKeys() throws {
        let file = Self.decode(.outcome, "title: T\nparnet: x\n")
        let problem = try #require(file.diagnostics.first)
        #expect(problem.code == .unknownKey)
        #expect(
            problem.hint == "Did you mean `parent`? Allowed keys: "
                + Outcome.fields.keys.map { "`\($0)`" }
                .joined(separator: ", ") + ".")
    }

    /// Every default is the property's initial value: the schema, the reference document
    /// and a decoded file that leaves the key out all agree.
    @Test(arguments: ContentKind.allCases)
    func defaultsAreDeclaredOnce(kind: ContentKind) throws {
        let file = Self.decode(kind, Self.required[kind] ?? "")
        let item = try #require(file.item, "\(file.diagnostics)")
        let schema = FrontMatterSchema.kinds.contains(kind) ? FrontMatterSchema.document(kind) : [:]
        let properties = schema["properties"] as? [String: Any] ?? [:]
        for field in kind.itemType.fieldInfo {
            guard let expected = field.defaultValue else { continue }
            #expect(Self.value(of: field.key, in: item) == expected, "\(kind.rawValue).\(field.key)")
            guard !expected.isEmpty else { continue }
            let shown = try #require((properties[field.key] as? [String: Any])?["default"], "\(field.key)")
            #expect(try Self.canonical(shown) == Self.canonical(FrontMatterSchema.json(expected)), "\(field.key)")
        }
    }

    static func canonical(_ json: Any) throws -> String {
        String(
            decoding: try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys, .fragmentsAllowed]),
            as: UTF8.self)
    }

    /// What the open data can publish of an item, by name, typed and as plain text.
    @Test func openDataListsThePublishedFieldsWithTheirValues() throws {
        let yaml = "baseline: 65.0\ntargets:\n  2019/20: 800\nseasonal: yes\ncomparators: [England, Wales]\n"
        let measure = try #require(Self.item(.measure, Self.required[.measure]! + yaml, as: Measure.self))
        let values = Dictionary(uniqueKeysWithValues: Measure.fields.openData(of: measure).map { ($0.name, $0.value) })
        #expect(values["baseline"] == .number("65.0"))
        #expect(values["targets"] == .map([OpenDataEntry(name: "2019/20", value: .number("800"))]))
        #expect(values["seasonal"] == .boolean(true))
        #expect(values["unit"] == .text("number"))
        #expect(values["comparators"]?.plain == "England; Wales")
        #expect(values["refs"] == .map([]))
        #expect(values["target"] == nil)  // not given
        #expect(values["order"] == nil)  // not published
    }

    @Test func responseDaysDefaultsToFiveEverywhere() throws {
        let site = try #require(Self.item(.site, Self.required[.site]!, as: SiteConfig.self))
        #expect(site.accessibility.responseDays == 5)
        #expect(FieldReference.markdown.contains("| `accessibility.response_days` | whole number | no | `5` |"))
    }

    static func value(of key: String, in item: any ContentItem) -> OpenDataValue? {
        func read<Item: ContentItem>(_ item: Item) -> OpenDataValue? { Item.fields[key]?.value(in: item) }
        return read(item)
    }
}

/// `docs/fields.md` is made from the declarations; this fails when it is out of date, and
/// `scripts/update-docs` (which sets QUARTERLY_UPDATE_DOCS) rewrites it.
@Suite struct FieldDocsTests {
    @Test func theReferenceDocumentIsUpToDate() throws {
        let url = Fixtures.packageRoot.appendingPathComponent("docs/fields.md")
        let generated = FieldReference.markdown
        if ProcessInfo.processInfo.environment["QUARTERLY_UPDATE_DOCS"] != nil {
            try Data(generated.utf8).write(to: url)
        }
        #expect(
            Fixtures.read(url) == generated,
            "docs/fields.md is out of date: run scripts/update-docs")
    }
}
