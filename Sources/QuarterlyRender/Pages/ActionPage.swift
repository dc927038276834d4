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
    let words: Catalogue

    init(_ action: Action, fragments: Fragments) {
        let graph = fragments.graph
        let words = fragments.words
        self.action = action
        self.words = words
        outcome = fragments.outcomeLink(graph.outcome(action.outcomeID)!)
        let reported = graph.quarters.compactMap { quarter in
            graph.actionUpdate(action.id, in: quarter.id).map { (quarter, $0) }
        }
        history = reported.reversed().map { ActionHistoryRow(action, $0.0, $0.1, fragments: fragments) }
        current = reported.last.map { ActionStatus($0.0, $0.1, fragments: fragments) }
        chart = fragments.chartFiles.action(action).map {
            fragments.figure(
                $0, caption: words.text("action.chartName", ["ref": .text(action.ref), "title": .text(action.title)]))
        }
        risksAndRefs = RisksAndRefs(of: action.id, refs: graph.refHistory(ofAction: action.id), fragments: fragments)
        // An action's RAG is always reported; its direction may be computed.
        originsNote = fragments.originsNote(
            Set([.reported] + reported.compactMap { $0.1.directionSource.origin }).filter { _ in !reported.isEmpty })
        details = [
            ("table.milestone", action.milestone), ("action.leadOfficer", action.leadOfficer),
            ("action.portfolioHolder", action.portfolioHolder),
            ("item.linkedRisks", action.risks.isEmpty ? nil : action.risks.joined(separator: "; ")),
        ].compactMap { term, value in value.map { Detail(words[term], $0) } }
        description = fragments.markdown(action.description, headingLevel: 3)
    }

    static func content(for action: Action, _ fragments: Fragments) -> PageContent<ActionPage> {
        let page = ActionPage(action, fragments: fragments)
        let words = fragments.words
        let item: [String: MessageArgument] = ["ref": .text(action.ref), "title": .text(action.title)]
        return PageContent(
            body: page,
            title: page.current.map { words.text("item.titleAt", item.merging(["quarter": .text($0.quarter)]) { $1 }) }
                ?? "\(action.ref) \(action.title)",
            crumbs: fragments.outcomeCrumbs(action.outcomeID), current: action.ref, section: "outcomes",
            sourcePath: action.sourcePath, description: words.text("action.description", item))
    }

    static let fields = FieldTable<ActionPage>(
        [
            .context("definition", "What its file says, key by key, as text (docs/fields.md lists the keys).") {
                ActionDefinition($0.action)
            },
            .text("ref", "The action's ref in the latest plan.") { $0.action.ref },
            .text("title", "Its title.") { $0.action.title },
            .context("outcome", "The outcome it serves.") { $0.outcome },
            .html("partOf", "\"Part of\" its outcome, linked (`action.partOf`).") {
                $0.words.text(
                    Message("action.partOf", ["outcome": .markup($0.outcome.link)]), escaping: HTMLText.escape)
            },
            .text("chartLabel", "The name of the chart's region (`item.chartLabel`), when there is a chart.") { page in
                page.chart.map { page.words.text("item.chartLabel", ["caption": .text($0.caption ?? "")]) }
            },
            .text("chartCaption", "What the chart shows and how (`action.chartCaption`), when there is a chart.") {
                page in
                page.chart.map { page.words.text("action.chartCaption", ["caption": .text($0.caption ?? "")]) }
            },
            .text("tableLabel", "The name of the status table's region (`action.tableLabel`).") {
                $0.words.text("action.tableLabel", ["ref": .text($0.action.ref)])
            },
            .text("tableCaption", "The status table's caption (`action.tableCaption`).") {
                $0.words.text("action.tableCaption", ["ref": .text($0.action.ref)])
            },
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
    let heading: String
    let reportLink: String
    let url: String
    let rag: RAGTag
    let direction: DirectionTag

    init(_ quarter: Quarter, _ update: AssessedActionUpdate, fragments: Fragments) {
        let words = fragments.words
        self.quarter = words.text(quarter.id.name)
        heading = words.text("action.statusAt", ["quarter": .text(self.quarter)])
        reportLink = words.text("common.reportLink", ["quarter": .text(self.quarter)])
        url = fragments.links.url(.quarter, quarter.id.slug)
        rag = .of(update)
        direction = .of(update)
    }

    static let fields = FieldTable<ActionStatus>([
        .text("quarter", "The quarter.") { $0.quarter },
        .text("heading", "\"Status at\" the quarter (`action.statusAt`).") { $0.heading },
        .text("reportLink", "The words of the link to its report (`common.reportLink`).") { $0.reportLink },
        .text("url", "Its report's address.") { $0.url },
        .context("rag", "The RAG status.") { $0.rag },
        .context("direction", "The direction of travel.") { $0.direction },
    ])
}

/// An action in one quarter: its status and commentary.
final class ActionHistoryRow: TemplateContext, QuarterOfHistory {
    let quarter: Quarter
    let quarterName: String
    let url: String
    let ref: String
    let milestone: String
    let rag: RAGTag
    let direction: DirectionTag
    let directionExplanation: TextValue?
    let commentary: HTMLBlock?

    init(_ action: Action, _ quarter: Quarter, _ update: AssessedActionUpdate, fragments: Fragments) {
        self.quarter = quarter
        quarterName = fragments.words.text(quarter.id.name)
        url = fragments.links.url(.quarter, quarter.id.slug)
        ref = update.ref(for: action)
        milestone = update.milestone ?? action.milestone ?? ""
        rag = .of(update)
        direction = .of(update)
        directionExplanation = Self.directionReason(update, fragments.words).map(TextValue.init(text:))
        commentary = fragments.commentary(of: update, headingLevel: 4)
    }

    /// How the direction follows from the RAG change, or a note when the stated one differs
    /// (`action.directionFromRAG`, `action.directionDiffers`).
    private static func directionReason(_ update: AssessedActionUpdate, _ words: Catalogue) -> String? {
        guard let computed = update.computedDirection, let previous = update.previous else { return nil }
        var arguments: [String: MessageArgument] = [
            "previous": .message(previous.rag.name), "quarter": .message(previous.quarter.name),
            "current": .message(update.rag.name),
        ]
        if let stated = update.statedDirection, stated != computed {
            arguments["stated"] = .message(Message("directionInSentence." + stated.rawValue))
            arguments["computed"] = .message(Message("directionInSentence." + computed.rawValue))
            return words.text("action.directionDiffers", arguments)
        }
        arguments["computed"] = .message(computed.name)
        return words.text("action.directionFromRAG", arguments)
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
