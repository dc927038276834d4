import QuarterlyContent
import QuarterlyModel
import QuarterlyRender

/// What one load keeps for the next in a long-running process (`quarterly serve`): the
/// decoded content files, the parsed templates while their text is unchanged, each
/// item's statuses while its files are, and what the checks found.
public struct LoadCache: Sendable {
    var files = DecodedFileCache()
    var templates: (overlay: String?, codes: [String], sources: [TemplateSource], sets: [TemplateSet])?
    /// Each item's statuses, kept while its files are unchanged.
    package let statuses = StatusMemo()
    /// What comparing each published record found, kept while its quarter and the ones
    /// before it are unchanged.
    package let reports = ReportMemo()
    /// What the checks of the files found, kept while no front matter (and no other
    /// file's text) changes.
    package let checks = CheckMemo()
    /// The graph's structure, kept while no file that defines an item changes.
    package let structures = StructureMemo()
    /// The content files (relative paths) that may have changed since the last load, as
    /// a watcher saw them, set before each load; nil (after every load) when no one can
    /// say: then every file's stamp is checked.
    package var changedSinceLastLoad: Set<String>?
    /// Set before a load when a watcher knows that no file of the templates folder
    /// changed since the last: the templates parsed then are used without a look at the
    /// folder. False (after every load) when no one can say.
    package var templatesUnchangedSinceLastLoad = false
    /// Whether `templates` are known to be the folder's now: read at a load, with a
    /// watcher's word at every load since (one that failed before reading them too).
    var templatesCurrent = false

    /// Called as a load starts: the templates stay current only on a watcher's word.
    mutating func loadStarts() {
        if !templatesUnchangedSinceLastLoad { templatesCurrent = false }
        templatesUnchangedSinceLastLoad = false
    }

    public init() {}

    /// Called with each load's new files; what changes next is for the watcher to say.
    mutating func loaded(_ next: DecodedFileCache) {
        files = next
        changedSinceLastLoad = nil
    }
}
