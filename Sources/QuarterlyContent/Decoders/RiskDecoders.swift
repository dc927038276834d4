import QuarterlyModel

/// `risks/<id>.md` and `quarters/<q>/risks/<id>.md`.
enum RiskDecoders {
    static let riskKeys = [
        "ref", "kind", "title", "category", "owner", "consequences", "controls", "mitigations",
        "actions", "measures", "order",
    ]
    static let updateKeys = [
        "likelihood", "impact", "score", "residual_likelihood", "residual_impact", "residual_score",
        "direction",
    ]

    static func risk(id: String, fields: Fields, body: String, source: SourceText) -> DecodedFile {
        var file = DecodedFile()
        let ref = fields.text("ref", required: true, example: "CR1")
        let title = fields.text("title", required: true, example: "Recruiting and keeping experienced staff")
        file.refPosition = fields.position(ofValue: "ref")
        let actions = fields.textList("actions")
        let measures = fields.textList("measures")
        for (actionID, position) in actions {
            file.references.append(
                ContentReference(
                    target: .action, id: actionID, path: source.displayPath, position: position, field: "actions"))
        }
        for (measureID, position) in measures {
            file.references.append(
                ContentReference(
                    target: .measure, id: measureID, path: source.displayPath, position: position, field: "measures"))
        }
        let risk = Risk(
            id: id, ref: ref ?? "", kind: fields.word("kind", as: RiskKind.self) ?? .risk, title: title ?? "",
            category: fields.text("category"), owner: fields.text("owner"),
            consequences: fields.textList("consequences").map(\.0), controls: fields.textList("controls").map(\.0),
            mitigations: fields.textList("mitigations").map(\.0), actionIDs: actions.map(\.0),
            measureIDs: measures.map(\.0),
            order: fields.integer("order") ?? 0, description: body, sourcePath: source.relativePath)
        fields.finish(allowed: riskKeys)
        file.diagnostics = fields.diagnostics
        if ref != nil, title != nil { file.item = .risk(risk) }
        return file
    }

    static func update(id: String, quarter: QuarterID, fields: Fields, body: String, source: SourceText) -> DecodedFile
    {
        var file = DecodedFile()
        file.references.append(
            ContentReference(target: .risk, id: id, path: source.displayPath, position: .start, field: "file name"))
        let inherent = score(fields, prefix: "")
        let residual = score(fields, prefix: "residual_")
        if inherent == nil, residual == nil, fields.diagnostics.isEmpty {
            fields.report(
                .missingField, at: fields.position(ofValue: "score"), "a risk update needs a score",
                hint:
                    "Give `likelihood` and `impact` (1–5), or `score` alone, and the same with `residual_` for after mitigation."
            )
        }
        let update = RiskUpdate(
            riskID: id, quarter: quarter, inherent: inherent, residual: residual,
            direction: fields.word("direction", as: DirectionOfTravel.self), commentary: body,
            sourcePath: source.relativePath)
        fields.finish(allowed: updateKeys)
        file.diagnostics = fields.diagnostics
        if file.diagnostics.isEmpty { file.item = .riskUpdate(update) }
        return file
    }

    /// Likelihood and impact 1–5 and a score 1–25; when all three are given the score
    /// must be their product, so a typo in one of them cannot pass.
    private static func score(_ fields: Fields, prefix: String) -> RiskScore? {
        func scale(_ key: String, _ range: ClosedRange<Int>) -> Int? {
            guard let value = fields.integer(key) else { return nil }
            guard range.contains(value) else {
                fields.report(
                    .invalidValue, at: fields.position(ofValue: key),
                    "`\(key)` must be \(range.lowerBound) to \(range.upperBound), not \(value)",
                    hint: "Scores use the 5×5 key: likelihood and impact 1 to 5, score 1 to 25.")
                return nil
            }
            return value
        }
        let likelihood = scale(prefix + "likelihood", 1...5)
        let impact = scale(prefix + "impact", 1...5)
        let stated = scale(prefix + "score", 1...25)
        if (likelihood == nil) != (impact == nil), fields.has(prefix + "likelihood") != fields.has(prefix + "impact") {
            let missing = likelihood == nil ? prefix + "likelihood" : prefix + "impact"
            fields.report(
                .missingField,
                at: fields.position(ofValue: likelihood == nil ? prefix + "impact" : prefix + "likelihood"),
                "`\(missing)` is missing", hint: "Give both likelihood and impact, or only the score.")
            return nil
        }
        if let likelihood, let impact {
            if let stated, stated != likelihood * impact {
                fields.report(
                    .riskScoreMismatch, at: fields.position(ofValue: prefix + "score"),
                    "`\(prefix)score: \(stated)` is not likelihood \(likelihood) × impact \(impact) = \(likelihood * impact)",
                    hint: "Correct the score, the likelihood or the impact, or leave the score out to have it computed."
                )
                return nil
            }
            return RiskScore(likelihood: likelihood, impact: impact, score: likelihood * impact)
        }
        return stated.map { RiskScore(score: $0) }
    }
}
