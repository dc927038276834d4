import QuarterlyModel

/// A RAG tag: always a word and a distinct shape (never colour alone), and who gave it:
/// reported by the council, or computed by Quarterly from the figures. One shared tag per
/// status and origin; every field is present, filled or empty, true or false (an empty
/// field reaches Mustache as `Absent` in any case, never looked up around the tag). Its
/// words are the catalogue's (`rag.*`, `status.*`), chosen by its flags
/// in `partials/rag`, which is rendered once per tag and language (`markup`).
final class RAGTag: TemplateContext, Sendable {
    let status: RAGStatus?
    let origin: StatusOrigin?
    /// A context measure's: it is not judged, so it has no RAG.
    let notJudged: Bool

    private init(_ status: RAGStatus?, _ origin: StatusOrigin?, notJudged: Bool = false) {
        self.status = status
        self.origin = origin
        self.notJudged = notJudged
    }

    private static let notRated = RAGTag(nil, nil)
    private static let context = RAGTag(nil, nil, notJudged: true)
    private static let tags: [String: RAGTag] = Dictionary(
        uniqueKeysWithValues: RAGStatus.allCases.flatMap { status in
            ([nil] + StatusOrigin.allCases).map { origin in (key(status, origin), RAGTag(status, origin)) }
        })

    private static func key(_ status: RAGStatus, _ origin: StatusOrigin?) -> String {
        status.rawValue + "/" + (origin?.rawValue ?? "")
    }

    /// Every tag there is, for rendering each once (`markup`).
    static let all = [notRated, context] + tags.values.sorted { $0.sortKey < $1.sortKey }
    static let partial = "partials/rag"
    private var sortKey: String { (status?.rawValue ?? "") + "/" + (origin?.rawValue ?? "") }

    /// A status on its own, as the RAG key shows it; with its origin everywhere else.
    static func of(_ status: RAGStatus?, origin: StatusOrigin? = nil) -> RAGTag {
        status.flatMap { tags[key($0, origin)] } ?? notRated
    }

    /// An action's RAG: always as the council reported it.
    static func of(_ update: AssessedActionUpdate) -> RAGTag { of(update.rag, origin: .reported) }

    static func of(_ update: AssessedMeasureUpdate) -> RAGTag {
        guard update.isJudged || update.rag != nil else { return context }
        return of(update.rag, origin: update.ragSource.origin)
    }

    static let fields = FieldTable<RAGTag>([
        .text("class", "red, amber, green, complete or none: for the stylesheet.") { $0.status?.rawValue ?? "none" },
        .flag("isRed", "Whether it is Red.") { $0.status == .red },
        .flag("isAmber", "Whether it is Amber.") { $0.status == .amber },
        .flag("isGreen", "Whether it is Green.") { $0.status == .green },
        .flag("isComplete", "Whether it is Complete.") { $0.status == .complete },
        .flag("isNone", "Whether it has no status: not rated, or not judged.") { $0.status == nil },
        .flag("isNotRated", "Whether it is not rated (`t.rag.none`).") { $0.status == nil && !$0.notJudged },
        .flag("isNotJudged", "Whether it is a context measure's, which is not judged (`t.rag.notJudged`).") {
            $0.notJudged
        },
        .flag("isReported", "Whether the council reported it (`t.status.reported`).") { $0.origin == .reported },
        .flag("isComputed", "Whether Quarterly computed it from the figures (`t.status.computed`).") {
            $0.origin == .computed
        },
        .text("origin", "Who gave it: \"reported\" (by the council) or \"computed\" (by Quarterly), or nothing.") {
            $0.origin?.rawValue ?? ""
        },
        .flag("hasOrigin", "Whether it says who gave it (not in the RAG key, nor when not rated).") {
            $0.origin != nil
        },
        .html(
            "markup",
            "The tag as `partials/rag` renders it: made once per status and language, so a table of thousands of tags renders the partial a dozen times."
        ) { RenderScope.current?.tags[$0] ?? "" },
    ])
}

/// A direction of travel: an arrow and its word, or "Not stated", and who gave it. One
/// shared tag per direction and origin; its words are the catalogue's (`direction.*`),
/// chosen by its flags in `partials/direction`, rendered once per tag and language (`markup`).
final class DirectionTag: TemplateContext, Sendable {
    let direction: DirectionOfTravel?
    let origin: StatusOrigin?

    private init(_ direction: DirectionOfTravel?, _ origin: StatusOrigin?) {
        self.direction = direction
        self.origin = origin
    }

    private static let notStated = DirectionTag(nil, nil)
    private static let tags: [String: DirectionTag] = Dictionary(
        uniqueKeysWithValues: DirectionOfTravel.allCases.flatMap { direction in
            ([nil] + StatusOrigin.allCases).map { origin in
                (direction.rawValue + "/" + (origin?.rawValue ?? ""), DirectionTag(direction, origin))
            }
        })

    /// Every tag there is, for rendering each once (`markup`).
    static let all =
        [notStated] + tags.sorted { $0.key < $1.key }.map(\.value)
    static let partial = "partials/direction"

    static func of(_ direction: DirectionOfTravel?, origin: StatusOrigin? = nil) -> DirectionTag {
        direction.flatMap { tags[$0.rawValue + "/" + (origin?.rawValue ?? "")] } ?? notStated
    }

    static func of(_ update: AssessedActionUpdate) -> DirectionTag {
        of(update.direction, origin: update.directionSource.origin)
    }

    static func of(_ update: AssessedMeasureUpdate) -> DirectionTag {
        of(update.direction, origin: update.directionSource.origin)
    }

    /// A risk's direction: stated, or computed from the change in its score.
    static func of(_ update: AssessedRiskUpdate) -> DirectionTag {
        of(update.direction, origin: update.statedDirection != nil ? .reported : .computed)
    }

    static let fields = FieldTable<DirectionTag>([
        .flag("isImproving", "Whether it is Improving.") { $0.direction == .improving },
        .flag("isSustained", "Whether it is Sustained.") { $0.direction == .sustained },
        .flag("isDeclining", "Whether it is Declining.") { $0.direction == .declining },
        .flag("isUp", "Whether it is Up (a context measure).") { $0.direction == .up },
        .flag("isDown", "Whether it is Down (a context measure).") { $0.direction == .down },
        .flag("isNoChange", "Whether it is No change (a context measure).") { $0.direction == .noChange },
        .flag("isNone", "Whether none is stated (`t.direction.none`).") { $0.direction == nil },
        .flag("isReported", "Whether the council reported it (`t.status.reported`).") { $0.origin == .reported },
        .flag("isComputed", "Whether Quarterly computed it (`t.status.computed`).") { $0.origin == .computed },
        .text("arrow", "↑, →, ↓, or – when not stated.") { $0.direction?.arrow ?? "–" },
        .text("class", "improving, sustained, declining, up, down, no-change or none: for the stylesheet.") {
            $0.direction?.rawValue ?? "none"
        },
        .text("origin", "Who gave it: \"reported\" (by the council) or \"computed\" (by Quarterly), or nothing.") {
            $0.origin?.rawValue ?? ""
        },
        .flag("hasOrigin", "Whether it says who gave it (not when there is none).") { $0.origin != nil },
        .html("markup", "The tag as `partials/direction` renders it: made once per direction and language.") {
            RenderScope.current?.tags[$0] ?? ""
        },
    ])
}

/// How many items are at each status.
final class RAGCounts: TemplateContext {
    let count: RAGCount

    init(_ count: RAGCount) { self.count = count }

    static let fields = FieldTable<RAGCounts>([
        .number("red", "How many are Red.") { $0.count.red },
        .number("amber", "How many are Amber.") { $0.count.amber },
        .number("green", "How many are Green.") { $0.count.green },
        .number("complete", "How many are Complete.") { $0.count.complete },
        .number("notRated", "How many were reported without a status.") { $0.count.notRated },
        .number("total", "How many there are.") { $0.count.total },
    ])
}
