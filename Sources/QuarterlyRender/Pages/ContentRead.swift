import QuarterlyModel

/// What an output file is made from, beyond what every file is made from (site.yml, the
/// definitions, the quarters' `index.md`, the templates and the build's settings): the
/// build cache makes a file again only when the digest of what it reads has changed.
/// A file that declares too little would be left stale, so declare generously: a test
/// edits every update of the example sites and checks each changed file declared it.
public enum ContentRead: Hashable, Sendable {
    /// Every update and outcome commentary of every quarter (a page that sums up the site).
    case everything
    /// One item's own updates (or an outcome's commentary) in every quarter, with their
    /// translations; the kind is the definition's (`.action`, `.measure`, `.risk`, `.outcome`).
    case item(ContentKind, String)
    /// Every update and commentary of this quarter and the quarters before it (a report
    /// compares each figure with earlier ones).
    case quartersThrough(QuarterID)
    /// The PDF the build printed of a quarter's report: its size and pages.
    case printedReport(QuarterID)

    /// An action's or a measure's page and files: its own updates, and those of the risks
    /// that name it, whose latest scores they show.
    static func item(_ kind: ContentKind, _ id: String, in graph: AssessedGraph) -> [ContentRead] {
        [.item(kind, id)] + graph.risks(linkedTo: id).map { .item(.risk, $0.id) }
    }

    /// A risk's page and files: its own updates, and those of the actions and measures it
    /// names, whose statuses it shows.
    static func risk(_ id: String, in graph: AssessedGraph) -> [ContentRead] {
        guard let risk = graph.risk(id) else { return [.everything] }
        return [.item(.risk, id)] + risk.actionIDs.map { .item(.action, $0) }
            + risk.measureIDs.map { .item(.measure, $0) }
    }
}
