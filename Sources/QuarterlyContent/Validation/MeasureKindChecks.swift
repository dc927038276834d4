import QuarterlyModel

/// Checks of measure updates against what kind of measure they report on: a context
/// measure is not judged, a judged one does not merely move, and a figure that looks
/// like a fraction of its percentage target is worth a second look.
extension ContentValidator {
    /// Errors: a context measure's update gives a target, a RAG or a judging direction; a
    /// judged measure's update gives `up`, `down` or `no-change`; a target range is given
    /// for a measure whose good is not "close to target".
    static func checkMeasureKinds(_ files: [DecodedFile], measures: [Measure]) -> [Diagnostic] {
        let index = Dictionary(measures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var problems: [Diagnostic] = []
        for file in files {
            guard let update = file.item as? MeasureUpdate, let measure = index[update.measureID] else { continue }
            func report(_ key: String, _ code: DiagnosticCode, _ message: String, hint: String) {
                problems.append(
                    Diagnostic(
                        path: file.displayPath, position: file.positions[key] ?? .start, code: code, message: message,
                        hint: hint))
            }
            let definition = "measures/\(measure.id).md"
            if measure.polarity.isJudged {
                if let direction = update.statedDirection, !direction.isJudgement {
                    report(
                        "direction", .movementOnJudgedMeasure,
                        "`direction: \(direction.rawValue)` only says which way the figure moved, but measure `\(measure.id)` is judged",
                        hint:
                            "Write `improving`, `sustained` or `declining`; or, if the measure is shown only for context, write `polarity: none` in \(definition)."
                    )
                }
                if measure.polarity != .target, update.target?.isRange == true {
                    report(
                        "target", .targetRangePolarity,
                        "a target range means good is within the range, but measure `\(measure.id)` has `polarity: \(measure.polarity.rawValue)`",
                        hint: "Write `polarity: target` in \(definition), or give a single target here.")
                }
                continue
            }
            let notJudged = "measure `\(measure.id)` is a context measure (`polarity: none`), which is not judged"
            let fix = "or give the measure a `polarity` in \(definition) if it is judged after all."
            if update.target != nil {
                report(
                    "target", .contextMeasureJudged, "\(notJudged), so it has no target",
                    hint: "Remove `target`, " + fix)
            }
            if update.statedRAG != nil {
                report("rag", .contextMeasureJudged, "\(notJudged), so it has no RAG", hint: "Remove `rag`, " + fix)
            }
            if let direction = update.statedDirection, direction.isJudgement {
                report(
                    "direction", .contextMeasureJudged,
                    "\(notJudged), so its direction is `up`, `down` or `no-change`, not `\(direction.rawValue)`",
                    hint: "Write `direction: up`, `down` or `no-change` (or leave it out to have it computed), " + fix)
            }
        }
        return problems
    }

    /// Warnings: a percentage under 1 against a target over 1 (0.65 against 90) was
    /// probably typed as a fraction.
    static func fractionWarnings(_ files: [DecodedFile], measures: [Measure]) -> [Diagnostic] {
        let index = Dictionary(measures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var warnings: [Diagnostic] = []
        for file in files {
            guard let update = file.item as? MeasureUpdate, let measure = index[update.measureID],
                measure.unit == .percent, let value = update.value, value.decimal > 0, value.decimal < 1,
                let target = update.target ?? measure.target(in: update.quarter), target.low.decimal > 1
            else { continue }
            let percent = MeasureRAGRule.text(value.decimal * 100)
            warnings.append(
                Diagnostic(
                    path: file.displayPath, position: file.positions["value"] ?? .start, severity: .warning,
                    code: .valueLooksLikeFraction,
                    message:
                        "`value: \(value.text)` looks like a fraction: the measure is a percentage with a target of \(target.shown(.percent))",
                    hint:
                        "If it is \(percent)%, write `value: \(percent)`; if it really is \(value.text)%, leave it as it is."
                ))
        }
        return warnings
    }
}
