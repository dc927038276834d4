import QuarterlyContent
import QuarterlyModel

/// The content graph the officer's commands start from. They write into the content
/// folder, so they refuse to run on content that does not validate: the errors are
/// returned and nothing is written.
public enum ContentSnapshot {
    public static func graph(of contentDirectory: String) throws(DiagnosticList) -> ContentGraph {
        let result = ContentValidator.validate(ContentLoader.load(from: contentDirectory))
        guard let graph = result.graph else { throw DiagnosticList(result.diagnostics.errors) }
        return graph
    }
}
