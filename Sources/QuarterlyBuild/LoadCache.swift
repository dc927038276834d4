import QuarterlyContent
import QuarterlyModel
import QuarterlyRender

/// What one load keeps for the next in a long-running process (`quarterly serve`): the
/// decoded content files, the parsed templates while their text is unchanged, each
/// item's statuses while its files are, and what the checks found.
public struct LoadCache: Sendable {
    var files = DecodedFileCache()
    var templates: (sources: [TemplateSource], sets: [TemplateSet])?
    /// Each item's statuses, kept while its files are unchanged.
    package let statuses = StatusMemo()
    /// What comparing each published record found, kept while its quarter and the ones
    /// before it are unchanged.
    package let reports = ReportMemo()
    /// What the checks of the files found, kept while no front matter (and no other
    /// file's text) changes.
    package let checks = CheckMemo()
    /// The content files (relative paths) that may have changed since the last load, as
    /// a watcher saw them, set before each load; nil (after every load) when no one can
    /// say: then every file's stamp is checked.
    package var changedSinceLastLoad: Set<String>?

    public init() {}

    /// Called with each load's new files; what changes next is for the watcher to say.
    mutating func loaded(_ next: DecodedFileCache) {
        files = next
        changedSinceLastLoad = nil
    }
}
