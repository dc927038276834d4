/// What each RAG status means, in the site's own words (`rag_key:` in site.yml): the RAG
/// key on every report says it, so readers see the council's key, not Quarterly's.
public struct RAGKeyWords: Sendable, Equatable {
    public var actions = ActionKeyWords()
    public var measures = MeasureKeyWords()

    public init() {}

    public static let fields = FieldSet<RAGKeyWords>(
        blank: RAGKeyWords(),
        [
            Field(
                "actions", \.actions, .object(ActionKeyWords.fields),
                "What each status means for actions (the council states them)."),
            Field(
                "measures", \.measures, .object(MeasureKeyWords.fields),
                "What each status means for measures (stated by the council, or computed by Quarterly from the figures and `tolerances`)."
            ),
        ])
}

/// The meaning of each action status, when the site states it. Left out, each is the
/// reports' key in the strings catalogue (`ragKey.actionRed`…), so it can be reworded or
/// translated like every other sentence.
public struct ActionKeyWords: Sendable, Equatable {
    public var red: String?
    public var amber: String?
    public var green: String?
    public var complete: String?

    public init() {}

    public static let fields = FieldSet<ActionKeyWords>(
        blank: ActionKeyWords(),
        [
            Field(
                "red", \.red, .text, "What Red means for an action.",
                default:
                    "\"Has missed or is expected to miss a key milestone date\" (`ragKey.actionRed` in the strings)"),
            Field(
                "amber", \.amber, .text, "What Amber means.",
                default:
                    "\"At risk of missing a key milestone date, but a recovery plan is in place\" (`ragKey.actionAmber`)"
            ),
            Field(
                "green", \.green, .text, "What Green means.",
                default: "\"On schedule, or the milestone date has been met\" (`ragKey.actionGreen`)"),
            Field(
                "complete", \.complete, .text, "What Complete means.",
                default: "\"The action has been delivered\" (`ragKey.actionComplete`)"),
        ])
}

/// The meaning of each measure status. Left out, each is said from the tolerances
/// ("Off target by more than 10%: urgent action required"), so the words always match
/// the rule Quarterly computes with.
public struct MeasureKeyWords: Sendable, Equatable {
    public var red: String?
    public var amber: String?
    public var green: String?

    public init() {}

    public static let fields = FieldSet<MeasureKeyWords>(
        blank: MeasureKeyWords(),
        [
            Field(
                "red", \.red, .text, "What Red means for a measure.",
                default: "\"Off target by more than\" the amber tolerance, \"urgent action required\""),
            Field(
                "amber", \.amber, .text, "What Amber means.",
                default: "\"Off target by\" the amber band, \"some action required\""),
            Field(
                "green", \.green, .text, "What Green means.",
                default: "\"On target, better than target, or within\" the green tolerance \"of target\""),
        ])
}
