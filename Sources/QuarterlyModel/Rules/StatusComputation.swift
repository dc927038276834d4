/// Something the status rules noticed in content that is allowed but worth a look:
/// `quarterly check` reports these as warnings.
public struct StatusFinding: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A stated RAG differs from the computed one and no `rag_reason` says why.
        case overrideWithoutReason
        /// A stated direction differs from the one the figures (or RAG change) give.
        case directionContradicts
    }

    public let kind: Kind
    /// The update's file, relative to the content folder.
    public let sourcePath: String
    public let message: String
    public let hint: String
}

extension ContentGraph {
    /// The compute-statuses step: every measure update gets its computed RAG and
    /// direction, every action update its computed direction; stated values win and
    /// contradictions are returned as findings.
    public func assessed() -> (graph: ContentGraph, findings: [StatusFinding]) {
        var findings: [StatusFinding] = []
        var measureUpdates: [MeasureUpdate] = []
        for measure in measures {
            for var update in measureHistory(measure.id) {
                assess(&update, measure: measure, findings: &findings)
                measureUpdates.append(update)
            }
        }
        var actionUpdates: [ActionUpdate] = []
        for action in actions {
            var earlier: ActionUpdate?
            for var update in actionHistory(action.id) {
                // Only the quarter just before counts: a gap means the action was not reported.
                if let earlier, earlier.quarter == update.quarter.previous {
                    let computed = ActionDirectionRule.direction(from: earlier.rag, to: update.rag)
                    update.previous = (earlier.quarter, earlier.rag)
                    update.computedDirection = computed
                    if let stated = update.statedDirection, stated != computed {
                        findings.append(
                            StatusFinding(
                                kind: .directionContradicts, sourcePath: update.sourcePath,
                                message:
                                    "direction `\(stated.rawValue)` contradicts the RAG change from \(earlier.rag.label) in \(earlier.quarter.label) to \(update.rag.label), which is \(computed.label)",
                                hint: "Leave `direction` out to have it computed, or check the RAG."))
                    }
                }
                update.direction = update.statedDirection ?? update.computedDirection
                earlier = update
                actionUpdates.append(update)
            }
        }
        var riskUpdates: [RiskUpdate] = []
        for risk in risks {
            var earlier: RiskUpdate?
            for var update in riskHistory(risk.id) {
                // Residual against residual where both quarters have one, else inherent against inherent.
                if let earlier, let now = update.residual?.score ?? update.inherent?.score,
                    let was = update.residual != nil ? earlier.residual?.score : earlier.inherent?.score
                {
                    update.direction =
                        update.statedDirection ?? RiskDirectionRule.direction(from: was, to: now, kind: risk.kind)
                }
                earlier = update
                riskUpdates.append(update)
            }
        }
        return (
            updating(actionUpdates: actionUpdates, measureUpdates: measureUpdates, riskUpdates: riskUpdates), findings
        )
    }

    private func assess(_ update: inout MeasureUpdate, measure: Measure, findings: inout [StatusFinding]) {
        let target = update.target ?? measure.target(in: update.quarter)
        update.effectiveTarget = target
        let tolerances = measure.tolerances ?? site.tolerances
        let computed =
            measure.annualTarget && update.value != nil && target != nil
            ? RAGAssessment(
                rag: nil,
                explanation:
                    "The target of \(measure.unit.format(target!.text)) is for the whole year, so a quarter's figure is not rated against it."
            )
            : MeasureRAGRule.assess(
                value: update.value, target: target, polarity: measure.polarity,
                tolerances: tolerances, unit: measure.unit)
        update.computedRAG = computed
        switch (update.statedRAG, computed.rag) {
        case (nil, nil):
            update.rag = nil
            update.ragSource = .none
        case (nil, let rag?):
            update.rag = rag
            update.ragSource = .computed
        case (let stated?, nil):
            update.rag = stated
            update.ragSource = .stated
        case (let stated?, let rag?):
            update.rag = stated
            update.ragSource = stated == rag ? .computed : .overridden
            if stated != rag, update.ragReason == nil {
                findings.append(
                    StatusFinding(
                        kind: .overrideWithoutReason, sourcePath: update.sourcePath,
                        message:
                            "`rag: \(stated.rawValue)` overrides the computed \(rag.label) without a reason (\(computed.explanation))",
                        hint:
                            "Add `rag_reason:` with a sentence saying why, or leave `rag` out to use the computed status."
                    ))
            }
        }
        if update.statedSection == nil { update.section = .defaultFor(update.rag) }

        let earlierQuarter =
            measure.seasonal || measure.frequency == .annual
            ? update.quarter.sameQuarterLastYear : update.quarter.previous
        if let value = update.value, let earlier = measureUpdate(measure.id, in: earlierQuarter)?.value {
            let computed = MeasureDirectionRule.assess(
                value: value, earlier: earlier, earlierQuarter: earlierQuarter,
                polarity: measure.polarity, target: target, unit: measure.unit)
            update.computedDirection = computed
            if let stated = update.statedDirection, stated != computed.direction {
                findings.append(
                    StatusFinding(
                        kind: .directionContradicts, sourcePath: update.sourcePath,
                        message: "direction `\(stated.rawValue)` contradicts the figures: \(computed.explanation)",
                        hint:
                            "Leave `direction` out to have it computed, or check the value and the earlier quarter's value."
                    ))
            }
        }
        update.direction = update.statedDirection ?? update.computedDirection?.direction
    }
}
