/// Every kind of content file, each said once: its name in schemas and commands, where
/// its files live, and whether they need front matter. The order is the fuzz target's
/// (its first byte picks a kind by position; `scripts/fuzzing/seeds.py` follows it).
public enum ContentKind: String, CaseIterable, Sendable {
    case site, outcome, action, measure, risk, quarter
    case actionUpdate = "action-update"
    case measureUpdate = "measure-update"
    case outcomeCommentary = "outcome-commentary"
    case riskUpdate = "risk-update"

    /// The folder of its files: at the top of the content folder, or inside each quarter's
    /// folder for the quarterly kinds (nil for `site.yml` and a quarter's `index.md`).
    public var folder: String? {
        switch self {
        case .site, .quarter: nil
        case .outcome, .outcomeCommentary: "outcomes"
        case .action, .actionUpdate: "actions"
        case .measure, .measureUpdate: "measures"
        case .risk, .riskUpdate: "risks"
        }
    }

    /// Whether its files sit in a quarter's folder.
    public var isQuarterly: Bool { definition != nil || self == .quarter }

    /// What the file name of a quarterly file names: the item it reports on.
    public var definition: ContentKind? {
        switch self {
        case .actionUpdate: .action
        case .measureUpdate: .measure
        case .outcomeCommentary: .outcome
        case .riskUpdate: .risk
        default: nil
        }
    }

    /// Where such files live, relative to the content folder: `quarters/*/actions/*.md`.
    public var files: String {
        switch self {
        case .site: "site.yml"
        case .quarter: "quarters/*/index.md"
        default: (isQuarterly ? "quarters/*/" : "") + folder! + "/*.md"
        }
    }

    /// The item in a sentence: "update for action `x`", "names outcome `y`".
    public var noun: String {
        switch self {
        case .actionUpdate: "action update"
        case .measureUpdate: "measure update"
        case .outcomeCommentary: "outcome commentary"
        case .riskUpdate: "risk update"
        default: rawValue
        }
    }

    /// Outcome commentary may be plain Markdown; every other file needs its keys.
    public var requiresFrontMatter: Bool { self != .outcomeCommentary }

    /// The kind whose files sit in `folder` (at the top, or in a quarter's folder).
    public static func stored(in folder: String, quarterly: Bool) -> ContentKind? {
        allCases.first { $0.folder == folder && ($0.isQuarterly == quarterly) }
    }
}
