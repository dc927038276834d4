import QuarterlyModel

/// A Markdown file split into its YAML front matter and its body.
public struct FrontMatter: Sendable, Equatable {
    /// The YAML between the `---` lines; nil when the file has no front matter.
    public let yaml: String?
    /// File line on which the YAML starts (for positions in diagnostics).
    public let yamlFirstLine: Int
    public let body: String
    public let bodyFirstLine: Int

    public enum Problem: Error, Equatable {
        /// An opening `---` with no closing one.
        case unclosed
    }

    /// Splits `text` (already LF-normalised). The front matter must open on line 1.
    public static func split(_ text: String) -> Result<FrontMatter, Problem> {
        guard isDelimiter(text.prefix { $0 != "\n" }) else {
            return .success(FrontMatter(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1))
        }
        var lineNumber = 1
        var index = text.firstIndex(of: "\n").map(text.index(after:)) ?? text.endIndex
        let yamlStart = index
        while index < text.endIndex {
            lineNumber += 1
            let lineEnd = text[index...].firstIndex(of: "\n") ?? text.endIndex
            if isDelimiter(text[index..<lineEnd]) {
                let yaml = String(text[yamlStart..<index])
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
                return .success(
                    FrontMatter(
                        yaml: yaml, yamlFirstLine: 2, body: String(text[bodyStart...]),
                        bodyFirstLine: lineNumber + 1))
            }
            index = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
        }
        return .failure(.unclosed)
    }

    private static func isDelimiter(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
