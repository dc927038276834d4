import QuarterlyContent
import QuarterlyModel
import QuarterlyRender

/// What one load keeps for the next in a long-running process (`quarterly serve`): the
/// decoded content files, the parsed templates while their text is unchanged, and each
/// item's statuses while its files are.
public struct LoadCache: Sendable {
    var files = DecodedFileCache()
    var templates: (sources: [TemplateSource], parsed: TemplateSet)?
    /// Each item's statuses, kept while its files are unchanged.
    package let statuses = StatusMemo()

    public init() {}
}
