import QuarterlyContent
import QuarterlyModel

/// Edits a content file's top-level front-matter keys as text, so everything else the
/// officer wrote (other keys, comments, order, the body) stays exactly as it was.
struct FrontMatterEditor {
    private(set) var yamlLines: [String]
    var body: String

    /// nil when the text's front matter is never closed (the file is broken: leave it alone).
    init?(text: String) {
        guard case .success(let split) = FrontMatter.split(text) else { return nil }
        var lines =
            split.yaml.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) } ?? []
        if lines.last == "" { lines.removeLast() }
        yamlLines = lines
        body = split.body
    }

    init(keys: [(String, String)], body: String) {
        yamlLines = keys.map { YAMLText.line($0.0, $0.1) }
        self.body = body
    }

    var text: String {
        "---\n" + yamlLines.map { $0 + "\n" }.joined() + "---\n" + body
    }

    /// The raw text after `key:` on its line, if the key is set at the top level.
    func value(of key: String) -> String? {
        guard let range = lines(of: key) else { return nil }
        return String(yamlLines[range.lowerBound].dropFirst(key.count + 1)).trimmingCharacters(in: .whitespaces)
    }

    /// Sets `key: value` in place, or adds it at the end; `value` is YAML text already
    /// (starting with a line break when it is indented lines, such as a list).
    mutating func set(_ key: String, _ value: String) {
        let line = YAMLText.line(key, value)
        if let range = lines(of: key) {
            yamlLines.replaceSubrange(range, with: [line])
        } else {
            yamlLines.append(line)
        }
    }

    /// Sets a key whose value spans lines (`yaml` starts with a line break, as a map's
    /// text does: `\n  England: 72`), replacing the key's old lines.
    mutating func set(_ key: String, lines yaml: String) {
        let lines = YAMLText.line(key, yaml).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let range = self.lines(of: key) {
            yamlLines.replaceSubrange(range, with: lines)
        } else {
            yamlLines += lines
        }
    }

    mutating func remove(_ key: String) {
        if let range = lines(of: key) { yamlLines.removeSubrange(range) }
    }

    /// The key's line and any more-indented continuation lines under it.
    private func lines(of key: String) -> Range<Int>? {
        guard let start = yamlLines.firstIndex(where: { $0.hasPrefix(key + ":") }) else { return nil }
        var end = start + 1
        while end < yamlLines.count, let first = yamlLines[end].first, first == " " || first == "\t" { end += 1 }
        return start..<end
    }
}
