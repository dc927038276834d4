import QuarterlyContent
import QuarterlyRender

/// What one load keeps for the next in a long-running process (`quarterly serve`): the
/// decoded content files, and the parsed templates while their text is unchanged.
public struct LoadCache: Sendable {
    var files = DecodedFileCache()
    var templates: (sources: [TemplateSource], parsed: TemplateSet)?

    public init() {}
}
