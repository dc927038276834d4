import QuarterlyModel

/// A RAG tag: always a word and a distinct shape (never colour alone). One shared tag
/// per status; every flag is present, true or false, because a missing one would send
/// Mustache up through every enclosing context on every tag of every table.
final class RAGTag: TemplateContext, Sendable {
    let status: RAGStatus?

    private init(_ status: RAGStatus?) { self.status = status }

    private static let notRated = RAGTag(nil)
    private static let tags = Dictionary(uniqueKeysWithValues: RAGStatus.allCases.map { ($0, RAGTag($0)) })

    static func of(_ status: RAGStatus?) -> RAGTag {
        status.flatMap { tags[$0] } ?? notRated
    }

    static let fields = FieldTable<RAGTag>([
        .text("word", "Red, Amber, Green, Complete or Not rated.") { $0.status?.label ?? "Not rated" },
        .text("class", "red, amber, green, complete or none: for the stylesheet.") { $0.status?.rawValue ?? "none" },
        .flag("isRed", "Whether it is Red.") { $0.status == .red },
        .flag("isAmber", "Whether it is Amber.") { $0.status == .amber },
        .flag("isGreen", "Whether it is Green.") { $0.status == .green },
        .flag("isComplete", "Whether it is Complete.") { $0.status == .complete },
        .flag("isNone", "Whether it is not rated.") { $0.status == nil },
    ])
}

/// A direction of travel: an arrow and its word, or "Not stated". One shared tag per direction.
final class DirectionTag: TemplateContext, Sendable {
    let direction: DirectionOfTravel?

    private init(_ direction: DirectionOfTravel?) { self.direction = direction }

    private static let notStated = DirectionTag(nil)
    private static let tags = Dictionary(
        uniqueKeysWithValues: DirectionOfTravel.allCases.map { ($0, DirectionTag($0)) })

    static func of(_ direction: DirectionOfTravel?) -> DirectionTag {
        direction.flatMap { tags[$0] } ?? notStated
    }

    static let fields = FieldTable<DirectionTag>([
        .text("word", "Improving, Sustained, Declining or Not stated.") { $0.direction?.label ?? "Not stated" },
        .text("arrow", "↑, →, ↓, or – when not stated.") { $0.direction?.arrow ?? "–" },
        .text("class", "improving, sustained, declining or none: for the stylesheet.") {
            $0.direction?.rawValue ?? "none"
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

/// The RAG key on report pages, with the site's tolerances as the rule states them.
final class RAGKey: TemplateContext {
    let tolerances: Tolerances

    init(_ tolerances: Tolerances) { self.tolerances = tolerances }

    static let fields = FieldTable<RAGKey>([
        .context("red", "The Red tag.") { _ in RAGTag.of(.red) },
        .context("amber", "The Amber tag.") { _ in RAGTag.of(.amber) },
        .context("green", "The Green tag.") { _ in RAGTag.of(.green) },
        .context("complete", "The Complete tag.") { _ in RAGTag.of(.complete) },
        .text("greenTolerance", "How far off target is still Green, e.g. \"5%\".") {
            $0.tolerances.shown($0.tolerances.green)
        },
        .text("amberTolerance", "How far off target is still Amber, e.g. \"10%\".") {
            $0.tolerances.shown($0.tolerances.amber)
        },
        .text("amberRange", "The Amber band, e.g. \"5–10%\".") { $0.tolerances.amberRange },
    ])
}
