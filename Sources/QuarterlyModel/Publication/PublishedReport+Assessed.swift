/// Making the record from the assessed graph, the rendering's input: what the record
/// holds is what the pages show, so a rule that now rates a figure differently changes
/// the report as much as an edited figure does.
extension PublishedReport {
    /// The report of `quarter` as `graph` makes it. The graph is the public one (drafts
    /// dropped), as the site is built.
    public init(_ quarter: Quarter, in graph: AssessedGraph) {
        let q = quarter.id
        let year = q.financialYear
        let plan = graph.plan(in: q)
        var entries = [
            ReportEntry(
                subject: .quarter, id: q.slug,
                facts: [
                    .plan: quarter.plan ?? graph.site.title, .periodEnd: quarter.periodEnd.iso,
                    .published: quarter.published?.iso, .meeting: quarter.meeting,
                    .introduction: Self.digest(quarter.introduction),
                ].compactMapValues { $0 })
        ]
        // An outcome is in the report when something placed under it, or its commentary, is.
        var shown: Set<String> = []
        func show(_ outcomeID: String) { shown.formUnion(graph.lineage(of: outcomeID).map(\.id)) }
        var actions: [ReportEntry] = []
        var measures: [ReportEntry] = []
        for outcome in plan.outcomes {
            if graph.commentary(on: outcome.id, in: q) != nil { show(outcome.id) }
            // By index, the items read in place: a loop over them copies each, reported or not.
            let (inPlan, measuresInPlan) = (plan.actions(in: outcome.id), plan.measures(in: outcome.id))
            for index in inPlan.indices {
                guard let update = graph.actionUpdate(inPlan[index].id, in: q) else { continue }
                show(outcome.id)
                actions.append(Self.entry(inPlan[index], update, outcomeID: outcome.id))
            }
            for index in measuresInPlan.indices {
                guard let update = graph.measureUpdate(measuresInPlan[index].id, in: q) else { continue }
                show(outcome.id)
                measures.append(Self.entry(measuresInPlan[index], update, outcomeID: outcome.id))
            }
        }
        for outcome in plan.outcomes where shown.contains(outcome.id) {
            let notes = graph.commentary(on: outcome.id, in: q)
            entries.append(
                ReportEntry(
                    subject: .outcome, id: outcome.id,
                    facts: [
                        .ref: outcome.ref(inYear: year), .title: outcome.title,
                        .commentary: notes.flatMap { Self.digest([$0.summary, $0.risk, $0.finance]) },
                    ].compactMapValues { $0 }))
        }
        self.init(quarter: q, entries: entries + actions + measures)
    }

    private static func entry(_ action: Action, _ update: AssessedActionUpdate, outcomeID: String)
        -> ReportEntry
    {
        ReportEntry(
            subject: .action, id: action.id,
            facts: [
                .ref: update.ref(for: action), .title: update.title ?? action.title, .outcome: outcomeID,
                .milestone: update.milestone ?? action.milestone, .rag: update.rag.label,
                .direction: status(update.direction?.label, update.directionSource.origin),
                .section: update.section.rawValue, .commentary: digest(update.commentary),
            ].compactMapValues { $0 })
    }

    private static func entry(_ measure: Measure, _ update: AssessedMeasureUpdate, outcomeID: String)
        -> ReportEntry
    {
        let rag =
            update.rag.map { status($0.label, update.ragSource.origin) }
            ?? (update.isJudged ? "Not rated" : "Not judged")
        return ReportEntry(
            subject: .measure, id: measure.id,
            facts: [
                .ref: update.ref(for: measure), .title: update.title ?? measure.title, .outcome: outcomeID,
                .unit: measure.unit.rawValue, .value: update.value?.text, .display: update.display,
                .period: update.period,
                .target: update.appliedTarget.map { $0.target.text + ($0.basis == .proRata ? " (pro rata)" : "") },
                .rag: rag, .direction: status(update.direction?.label, update.directionSource.origin),
                .section: update.section.rawValue, .commentary: digest(update.commentary),
            ].compactMapValues { $0 })
    }

    /// "Green (computed)": a status and who gave it, as the pages show both.
    private static func status(_ label: String?, _ origin: StatusOrigin?) -> String? {
        label.map { $0 + (origin.map { " (\($0.rawValue))" } ?? "") }
    }

    /// The SHA-256 of the text without the blank lines and spaces at either end (which
    /// change nothing on the page); nil when there is no text.
    static func digest(_ parts: [String]) -> String? {
        let trimmed = parts.map { $0.trimmed() }
        guard trimmed.contains(where: { !$0.isEmpty }) else { return nil }
        // A separator no commentary contains, so text moved between sections is a change.
        return "sha256:" + SHA256.hex(trimmed.joined(separator: "\n\u{1F}\n"))
    }

    static func digest(_ text: String) -> String? { digest([text]) }
}
