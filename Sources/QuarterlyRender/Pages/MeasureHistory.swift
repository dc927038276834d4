import QuarterlyModel

/// A measure's latest reported value and status, with the reasons for them.
final class MeasureStatus: TemplateContext {
    let quarter: String
    let heading: String
    let reportLink: String
    let url: String
    let value: String
    let rag: RAGTag
    let direction: DirectionTag
    let ragExplanation: String
    let directionExplanation: TextValue?

    init(_ quarter: Quarter, _ update: AssessedMeasureUpdate, fragments: Fragments) {
        let words = fragments.words
        self.quarter = words.text(quarter.id.name)
        heading = words.text("measure.latest", ["quarter": .text(self.quarter)])
        reportLink = words.text("common.reportLink", ["quarter": .text(self.quarter)])
        url = fragments.links.url(.quarter, quarter.id.slug)
        value = fragments.valueText(update)
        rag = .of(update)
        direction = .of(update)
        ragExplanation = fragments.ragExplanation(update)
        directionExplanation = fragments.directionExplanation(update).map(TextValue.init(text:))
    }

    static let fields = FieldTable<MeasureStatus>([
        .text("quarter", "The quarter.") { $0.quarter },
        .text("heading", "\"Latest:\" and the quarter (`measure.latest`).") { $0.heading },
        .text("reportLink", "The words of the link to its report (`common.reportLink`).") { $0.reportLink },
        .text("url", "Its report's address.") { $0.url },
        .text("value", "The figure as shown, with its unit.") { $0.value },
        .context("rag", "The RAG status.") { $0.rag },
        .context("direction", "The direction of travel.") { $0.direction },
        .text("ragExplanation", "Why it has that RAG status, in sentences.") { $0.ragExplanation },
        .context("directionExplanation", "How the direction follows from the figures, when it does.") {
            $0.directionExplanation
        },
    ])
}

/// A measure in one quarter: its value against target and comparators, its status and why.
final class MeasureHistoryRow: TemplateContext, QuarterOfHistory {
    let quarter: Quarter
    let quarterName: String
    let url: String
    let ref: String
    let value: String
    let target: String
    let period: String
    let comparators: [ComparatorValue]
    let rag: RAGTag
    let direction: DirectionTag
    let ragExplanation: String
    let directionExplanation: TextValue?
    let commentary: HTMLBlock?

    init(_ measure: Measure, _ quarter: Quarter, _ update: AssessedMeasureUpdate, fragments: Fragments) {
        let unit = measure.unit
        self.quarter = quarter
        quarterName = fragments.words.text(quarter.id.name)
        url = fragments.links.url(.quarter, quarter.id.slug)
        ref = update.ref(for: measure)
        value = fragments.valueText(update)
        target = update.appliedTarget.map { fragments.words.text($0.short(unit)) } ?? "–"
        period = update.period ?? quarterName
        comparators = measure.comparators.map { name in
            ComparatorValue(
                name: name,
                value: update.comparators.first { $0.name == name }.map { unit.format($0.value.text) } ?? "–")
        }
        rag = .of(update)
        direction = .of(update)
        ragExplanation = fragments.ragExplanation(update)
        directionExplanation = fragments.directionExplanation(update).map(TextValue.init(text:))
        commentary = fragments.commentary(of: update, headingLevel: 4)
    }

    static let fields = FieldTable<MeasureHistoryRow>(
        TemplateField.quarterOfHistory + [
            .text("ref", "The measure's ref that quarter.") { $0.ref },
            .text("period", "The period the figure covers: the quarter unless stated.") { $0.period },
            .text("value", "The figure as shown, with its unit, or \"No data\".") { $0.value },
            .text("target", "The target it was judged against, or –.") { $0.target },
            .list("comparators", "Each comparator's value that quarter, in the order of `comparatorNames`.") {
                $0.comparators
            },
            .context("rag", "Its RAG status.") { $0.rag },
            .context("direction", "Its direction of travel.") { $0.direction },
            .text("ragExplanation", "Why it has that RAG status, in sentences.") { $0.ragExplanation },
            .context("directionExplanation", "How the direction follows from the figures, when it does.") {
                $0.directionExplanation
            },
            .context("commentary", "The commentary, when written.") { $0.commentary },
        ])
}

/// A comparator's value in one quarter.
struct ComparatorValue: TemplateContext {
    let name: String
    let value: String

    static let fields = FieldTable<ComparatorValue>([
        .text("name", "The comparator's name, e.g. \"England\" (a stacked row's label on a phone).") { $0.name },
        .text("value", "The value with its unit, or –.") { $0.value },
    ])
}
