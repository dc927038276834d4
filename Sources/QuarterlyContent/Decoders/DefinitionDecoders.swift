import QuarterlyModel
import Yams

/// Outcomes, actions and measures: `outcomes/<id>.md`, `actions/<id>.md`, `measures/<id>.md`.
enum DefinitionDecoders {
    static let outcomeKeys = ["title", "ref", "refs", "parent", "order"]
    static let actionKeys = [
        "ref", "title", "outcome", "milestone", "lead_officer", "portfolio_holder", "risks", "refs", "order",
    ]
    static let measureKeys = [
        "ref", "title", "outcome", "unit", "polarity", "baseline", "baseline_period", "target",
        "targets", "frequency", "directorate", "source", "comparators", "refs", "seasonal", "annual_target",
        "tolerances", "order",
    ]

    static func outcome(id: String, fields: Fields, body: String, source: SourceText) -> DecodedFile {
        var file = DecodedFile()
        let title = fields.text("title", required: true, example: "People in Cumbria are healthy and safe")
        let parent = fields.text("parent")
        if let parent {
            file.references.append(
                ContentReference(
                    target: .outcome, id: parent, path: source.displayPath,
                    position: fields.position(ofValue: "parent"), field: "parent"))
        }
        let outcome = Outcome(
            id: id, title: title ?? "", ref: fields.text("ref"), refsByYear: refsByYear(fields), parentID: parent,
            order: fields.integer("order") ?? 0, description: body, sourcePath: source.relativePath)
        fields.finish(allowed: outcomeKeys)
        file.diagnostics = fields.diagnostics
        if title != nil { file.item = .outcome(outcome) }
        return file
    }

    static func action(id: String, fields: Fields, body: String, source: SourceText) -> DecodedFile {
        var file = DecodedFile()
        let (ref, title, outcome) = identity(fields, source: source, refExample: "1.4", into: &file)
        let action = Action(
            id: id, ref: ref ?? "", title: title ?? "", outcomeID: outcome ?? "",
            milestone: fields.text("milestone"), leadOfficer: fields.text("lead_officer"),
            portfolioHolder: fields.text("portfolio_holder"), risks: fields.textList("risks").map(\.0),
            refsByYear: refsByYear(fields), order: fields.integer("order") ?? 0, description: body,
            sourcePath: source.relativePath)
        fields.finish(allowed: actionKeys)
        file.diagnostics = fields.diagnostics
        if ref != nil, title != nil, outcome != nil { file.item = .action(action) }
        return file
    }

    static func measure(id: String, fields: Fields, body: String, source: SourceText) -> DecodedFile {
        var file = DecodedFile()
        let (ref, title, outcome) = identity(fields, source: source, refExample: "M1.10", into: &file)
        var targets: [String: Figure] = [:]
        for entry in yearEntries(fields, "targets", example: "2019/20: 800") {
            if let figure = fields.figure(entry.value, name: "the target for \(entry.name)") {
                targets[entry.name] = figure
            }
        }
        let measure = Measure(
            id: id, ref: ref ?? "", title: title ?? "", outcomeID: outcome ?? "",
            unit: fields.word("unit", as: MeasureUnit.self) ?? .number,
            polarity: fields.word("polarity", as: Polarity.self) ?? .higher,
            baseline: fields.figure("baseline"), baselinePeriod: fields.text("baseline_period"),
            target: fields.figure("target"), targetsByYear: targets,
            frequency: fields.word("frequency", as: Frequency.self) ?? .quarterly,
            directorate: fields.text("directorate"), source: fields.text("source"),
            comparators: fields.textList("comparators").map(\.0),
            refsByYear: refsByYear(fields), seasonal: fields.bool("seasonal") ?? false,
            annualTarget: fields.bool("annual_target") ?? false,
            tolerances: ToleranceDecoder.decode(fields, defaults: .referenceKey),
            order: fields.integer("order") ?? 0, description: body, sourcePath: source.relativePath)
        fields.finish(allowed: measureKeys)
        file.diagnostics = fields.diagnostics
        if ref != nil, title != nil, outcome != nil { file.item = .measure(measure) }
        return file
    }

    /// The ref, title and outcome every action and measure has; the outcome is checked later.
    private static func identity(
        _ fields: Fields, source: SourceText, refExample: String,
        into file: inout DecodedFile
    ) -> (ref: String?, title: String?, outcome: String?) {
        let ref = fields.text("ref", required: true, example: refExample)
        let title = fields.text("title", required: true, example: "A short plain-language title")
        let outcome = fields.text("outcome", required: true, example: "healthy-and-safe")
        if let outcome {
            file.references.append(
                ContentReference(
                    target: .outcome, id: outcome, path: source.displayPath,
                    position: fields.position(ofValue: "outcome"), field: "outcome"))
        }
        file.refPosition = fields.position(ofValue: "ref")
        return (ref, title, outcome)
    }

    /// `refs:` — the ref an action or measure had in earlier plans, by financial year.
    private static func refsByYear(_ fields: Fields) -> [String: String] {
        var refs: [String: String] = [:]
        for entry in yearEntries(fields, "refs", example: "2019/20: M1.10") {
            guard let ref = entry.value.scalar?.string.trimmingCharacters(in: .whitespaces), !ref.isEmpty else {
                fields.report(
                    .wrongType, at: entry.value, "the ref for \(entry.name) must be text",
                    hint: "Write `\(entry.name): M1.10`.")
                continue
            }
            refs[entry.name] = ref
        }
        return refs
    }

    /// Entries of a map keyed by financial year; other keys are reported.
    private static func yearEntries(_ fields: Fields, _ key: String, example: String) -> [(
        name: String, value: Node, position: TextPosition
    )] {
        fields.entries(key).filter { entry in
            guard isFinancialYear(entry.name) else {
                fields.report(
                    .invalidValue, at: entry.position, "`\(entry.name)` is not a financial year",
                    hint: "Name each year like `\(example)`.")
                return false
            }
            return true
        }
    }

    /// `2019/20`: a year and the next year's last two digits.
    static func isFinancialYear(_ text: String) -> Bool {
        let parts = text.split(separator: "/")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            let first = Int(parts[0]), let second = Int(parts[1])
        else { return false }
        return (first + 1) % 100 == second
    }
}
