import QuarterlyModel

/// `/actions/<id>/`: the definition, the current status, and every quarter's RAG and commentary.
final class ActionPage: TemplateContext {
    let action: Action
    let outcome: TitledLink
    let details: [Detail]
    let description: HTMLBlock?
    let current: ActionStatus?
    let history: [ActionHistoryRow]
    let chart: ChartFigure?
    let risksAndRefs: RisksAndRefs
    let originsNote: TextValue?

    init(_ action: Action, fragments: Fragments) {
        let graph = fragments.graph
        self.action = action
        outcome = fragments.outcomeLink(graph.outcome(action.outcomeID)!)
        let reported = graph.quarters.compactMap { quarter in
            graph.actionUpdate(action.id, in: quarter.id).map { (quarter, $0) }
        }
        history = reported.reversed().map { ActionHistoryRow(action, $0.0, $0.1, fragments: fragments) }
        current = reported.last.map { ActionStatus($0.0, $0.1, links: fragments.links) }
        chart = fragments.chartFiles.action(action).map {
            fragments.figure($0, caption: "\(action.ref) \(action.title), RAG status by quarter")
        }
        risksAndRefs = RisksAndRefs(of: action.id, refs: graph.refHistory(ofAction: action.id), fragments: fragments)
        // An action's RAG is always reported; its direction may be computed.
        originsNote = fragments.originsNote(
            Set([.reported] + reported.compactMap { $0.1.directionSource.origin }).filter { _ in !reported.isEmpty })
        details = [
            ("Milestone", action.milestone), ("Lead officer", action.leadOfficer),
            ("Portfolio holder", action.portfolioHolder),
            ("Linked corporate risks", action.risks.isEmpty ? nil : action.risks.joined(separator: "; ")),
        ].compactMap { term, value in value.map { Detail(term, $0) } }
        description = fragments.markdown(action.description, headingLevel: 3)
    }

    static func content(for action: Action, _ fragments: Fragments) -> PageContent<ActionPage> {
        let page = ActionPage(action, fragments: fragments)
        let latest = page.current.map { " — " + $0.quarter } ?? ""
        return PageContent(
            body: page, title: "\(action.ref) \(action.title)\(latest)",
            crumbs: fragments.outcomeCrumbs(action.outcomeID), current: action.ref, section: "outcomes",
            sourcePath: action.sourcePath,
            description:
                "Action \(action.ref): \(action.title). Its RAG status, direction of travel and commentary in every quarterly report."
        )
    }

    static let fields = FieldTable<ActionPage>(
        [
            .context("definition", "What its file says, key by key, as text (docs/fields.md lists the keys).") {
                ActionDefinition($0.action)
            },
            .text("ref", "The action's ref in the latest plan.") { $0.action.ref },
            .text("title", "Its title.") { $0.action.title },
            .context("outcome", "The outcome it serves.") { $0.outcome },
            .context("current", "Its status in the latest report it was in, when it has been reported.") {
                $0.current
            },
            .context("description", "Its description, when written.") { $0.description },
            .list("details", "Its milestone, lead officer, portfolio holder and linked risks, where given.") {
                $0.details
            },
            .context("chart", "Its RAG status by quarter, when reported.") { $0.chart },
            .list("history", "Every quarter's status and commentary, newest first.") { $0.history },
            .flag("hasHistory", "Whether it has been reported.") { !$0.history.isEmpty },
            .context("originsNote", "What (reported) and (computed) beside its statuses mean, when any is marked.") {
                $0.originsNote
            },
        ] + RisksAndRefs.fields { $0.risksAndRefs })
}

/// An action's status in its latest report.
final class ActionStatus: TemplateContext {
    let quarter: String
    let url: String
    let rag: RAGTag
    let direction: DirectionTag

    init(_ quarter: Quarter, _ update: AssessedActionUpdate, links: Links) {
        self.quarter = quarter.id.label
        url = links.url(.quarter, quarter.id.slug)
        rag = .of(update)
        direction = .of(update)
    }

    static let fields = FieldTable<ActionStatus>([
        .text("quarter", "The quarter.") { $0.quarter },
        .text("url", "Its report's address.") { $0.url },
        .context("rag", "The RAG status.") { $0.rag },
        .context("direction", "The direction of travel.") { $0.direction },
    ])
}

/// An action in one quarter: its status and commentary.
final class ActionHistoryRow: TemplateContext, QuarterOfHistory {
    let quarter: Quarter
    let url: String
    let ref: String
    let milestone: String
    let rag: RAGTag
    let direction: DirectionTag
    let directionExplanation: TextValue?
    let commentary: HTMLBlock?

    init(_ action: Action, _ quarter: Quarter, _ update: AssessedActionUpdate, fragments: Fragments) {
        self.quarter = quarter
        url = fragments.links.url(.quarter, quarter.id.slug)
        ref = update.ref(for: action)
        milestone = update.milestone ?? action.milestone ?? ""
        rag = .of(update)
        direction = .of(update)
        directionExplanation = Self.directionReason(update).map(TextValue.init(text:))
        commentary = fragments.markdown(update.commentary, headingLevel: 4)
    }

    /// How the direction follows from the RAG change, or a note when the stated one differs.
    private static func directionReason(_ update: AssessedActionUpdate) -> String? {
        guard let computed = update.computedDirection, let previous = update.previous else { return nil }
        let change = "\(previous.rag.label) in \(previous.quarter.label), \(update.rag.label) now"
        if let stated = update.statedDirection, stated != computed {
            return
                "Reported as \(stated.label.lowercased()); the RAG change (\(change)) gives \(computed.label.lowercased())."
        }
        return "\(computed.label): \(change)."
    }

    static let fields = FieldTable<ActionHistoryRow>(
        TemplateField.quarterOfHistory + [
            .text("ref", "The action's ref that quarter.") { $0.ref },
            .text("milestone", "Its milestone that quarter, or nothing.") { $0.milestone },
            .context("rag", "Its RAG status.") { $0.rag },
            .context("direction", "Its direction of travel.") { $0.direction },
            .context("directionExplanation", "How the direction follows from the RAG change, when it does.") {
                $0.directionExplanation
            },
            .context("commentary", "The commentary, when written.") { $0.commentary },
        ])
}
