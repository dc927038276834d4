import QuarterlyModel

/// What every row of a status table shows, action or measure: which item, as it stood
/// that quarter, and its status, or where it stands when it was not reported then.
protocol StatusRow: TemplateContext {
    var id: String { get }
    var url: String { get }
    var ref: String { get }
    var title: String { get }
    var rag: RAGTag { get }
    var direction: DirectionTag { get }
    var standing: ReportStanding { get }
    /// Where it stands when not reported that quarter, in words (`StandingFields.words`).
    var standingWords: String { get }
}

extension StatusRow {
    /// The fields of `StatusRow`, for a row's table; `noun` is "action" or "measure".
    static func statusFields(_ noun: String) -> [TemplateField<Self>] {
        [
            .text("id", "The \(noun)'s id.") { $0.id },
            .text("url", "Its page's address.") { $0.url },
            .text("ref", "Its ref in that quarter's plan (or the last it had).") { $0.ref },
            .text("title", "Its title in that quarter.") { $0.title },
            .context("rag", "Its RAG status.") { $0.rag },
            .context("direction", "Its direction of travel.") { $0.direction },
            .html(
                "statusMarkup",
                "Its two status cells (its RAG or where it stands, then its direction), as `partials/status-cells` renders them: made once per kind of status and language, not for every row."
            ) { RenderScope.current?.repeated?.markup(StatusCells($0)) ?? "" },
        ] + StandingFields.fields({ $0.standing }, words: { $0.standingWords })
    }
}

/// A status row's two status cells, which repeat from row to row: rendered once per
/// kind by `partials/status-cells` (`RepeatedMarkup`).
final class StatusCells: TemplateContext {
    let rag: RAGTag
    let direction: DirectionTag
    let standing: ReportStanding
    let standingWords: String

    init(_ row: some StatusRow) {
        rag = row.rag
        direction = row.direction
        standing = row.standing
        standingWords = row.standingWords
    }

    static let partial = "partials/status-cells"

    /// What the cells' markup depends on: the tags (one object per status), whether the
    /// item was reported or shows its RAG, and its standing in words.
    struct Key: Hashable {
        let rag: ObjectIdentifier
        let direction: ObjectIdentifier
        let isReported: Bool
        let hasRAG: Bool
        let standingWords: String
    }

    var key: Key {
        Key(
            rag: ObjectIdentifier(rag), direction: ObjectIdentifier(direction), isReported: standing == .reported,
            hasRAG: StandingFields.showsRAG(standing), standingWords: standingWords)
    }

    static let fields = FieldTable<StatusCells>(
        [
            .context("rag", "Its RAG status.") { $0.rag },
            .context("direction", "Its direction of travel.") { $0.direction },
        ] + StandingFields.fields({ $0.standing }, words: { $0.standingWords }))
}

/// An action in a status table: as reported in one quarter, or where it stands when it
/// was not (complete earlier, out of that year's plan, not reported).
final class ActionRow: StatusRow {
    let id: String
    let url: String
    let ref: String
    let title: String
    let rag: RAGTag
    let direction: DirectionTag
    let milestone: String
    let standing: ReportStanding
    let standingWords: String

    /// - Parameter update: the quarter's update when reported; otherwise the latest before
    ///   it, whose ref, title and milestone are the ones the action last had.
    init(_ action: Action, update: AssessedActionUpdate?, standing: ReportStanding = .reported, fragments: Fragments) {
        id = action.id
        url = fragments.links.url(.action, action.id)
        ref = update?.ref(for: action) ?? action.ref
        title = update?.title ?? action.title
        rag =
            switch standing {
            case .reported: update.map(RAGTag.of) ?? .of(nil)
            // Complete in an earlier report: a standing, said in words beside it.
            case .completed: .of(.complete)
            case .notInPlan, .notReported: .of(nil)
            }
        direction = standing == .reported ? update.map(DirectionTag.of) ?? .of(nil) : .of(nil)
        milestone = update?.milestone ?? action.milestone ?? ""
        self.standing = standing
        standingWords = StandingFields.words(standing, in: fragments.words)
    }

    static let fields = FieldTable<ActionRow>(
        statusFields("action") + [
            // Always text, "" when there is none: every row prints `{{milestone}}` in its cell.
            .text("milestone", "Its milestone, or nothing.") { $0.milestone }
        ])
}

/// A measure in a status table: its value, target, status and trend up to a quarter, or
/// where it stands when it was not reported then.
final class MeasureRow: StatusRow {
    let id: String
    let url: String
    let ref: String
    let title: String
    let rag: RAGTag
    let direction: DirectionTag
    let value: String
    let target: String
    let period: TextValue?
    let trend: String
    let standing: ReportStanding
    let standingWords: String

    /// - Parameter update: the quarter's update when reported; otherwise the latest before it.
    init(
        _ measure: Measure, update: AssessedMeasureUpdate?, standing: ReportStanding = .reported, quarter: QuarterID?,
        fragments: Fragments
    ) {
        id = measure.id
        url = fragments.links.url(.measure, measure.id)
        ref = update?.ref(for: measure) ?? measure.ref
        title = update?.title ?? measure.title
        let reported = standing == .reported ? update : nil
        rag = reported.map(RAGTag.of) ?? .of(nil)
        direction = reported.map(DirectionTag.of) ?? .of(nil)
        value = reported.map(fragments.valueText) ?? (standing == .reported ? fragments.words["measure.noData"] : "–")
        if case .notInPlan = standing {
            target = "–"
        } else {
            // A reported figure's target is the one it was judged against (pro rata, a range…).
            target =
                reported?.appliedTarget.map { fragments.words.text($0.short(measure.unit)) }
                ?? (reported == nil
                    ? (quarter.flatMap(measure.target(in:)) ?? measure.target)?.shown(measure.unit) : nil)
                ?? "–"
        }
        period = reported?.period.map(TextValue.init(text:))
        trend = fragments.charts.sparkline(for: measure, upTo: quarter, idPrefix: "spark") ?? ""
        self.standing = standing
        standingWords = StandingFields.words(standing, in: fragments.words)
    }

    static let fields = FieldTable<MeasureRow>(
        statusFields("measure") + [
            .text(
                "value",
                "The figure as shown, with its unit; \"No data\" when reported without one, – when not reported."
            ) { $0.value },
            .text("target", "The target for that quarter, or –.") { $0.target },
            .context("period", "The period the figure covers, when it is not the quarter.") { $0.period },
            // Always present, even empty, for the same reason as an action's milestone.
            .html("trend", "A sparkline of the last eight values, or nothing.") { $0.trend },
        ])
}

/// One entry in a commentary list: "1.5 Pathfinder projects" and its rendered Markdown.
final class CommentaryItem: TemplateContext {
    let ref: String
    let title: String
    let url: String
    let html: String

    /// Nil when the commentary is empty.
    init?(ref: String, title: String, url: String, html: String) {
        guard !html.isEmpty else { return nil }
        self.html = html
        self.ref = ref
        self.title = title
        self.url = url
    }

    static let fields = FieldTable<CommentaryItem>([
        .text("ref", "The item's ref.") { $0.ref },
        .text("title", "Its title.") { $0.title },
        .text("url", "Its page's address.") { $0.url },
        .html("html", "The commentary.") { $0.html },
    ])
}
