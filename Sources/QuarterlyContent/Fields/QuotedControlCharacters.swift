import QuarterlyModel
import Yams

/// Control characters written as escapes in double-quoted YAML (`title: "\e[2J"`,
/// `"\0"`, `"\x07"`): the file's text is clean, so `SourceText` lets it through, but the
/// value is not. Every key and value is checked, whatever its field, and each is
/// reported at its escape.
enum QuotedControlCharacters {
    /// - Parameter report: the file's; its first line is the line `yaml` starts on.
    static func check(_ node: Node, yaml: String, report: FieldReport) {
        var lines: [Substring]?
        func visit(_ node: Node) {
            switch node {
            case .scalar(let scalar):
                guard let refused = scalar.string.unicodeScalars.first(where: ControlCharacters.isRefused) else {
                    return
                }
                lines = lines ?? yaml.split(separator: "\n", omittingEmptySubsequences: false)
                let start =
                    scalar.mark.map { TextPosition(line: $0.line, column: $0.column) }
                    ?? TextPosition(line: 1, column: 1)
                let at = escapePosition(in: lines!, from: start) ?? start
                report.report(
                    .controlCharacter, at: TextPosition(line: at.line + report.firstLine - 1, column: at.column),
                    "this quoted value holds a control character, \(ControlCharacters.describe(refused))",
                    hint:
                        "Delete the escape (`\\` and what follows it): values are plain text, and control characters break the feed and the open data."
                )
            case .mapping(let mapping):
                for pair in mapping {
                    visit(pair.key)
                    visit(pair.value)
                }
            case .sequence(let sequence):
                sequence.forEach(visit)
            case .alias:
                break
            }
        }
        visit(node)
    }

    /// Where, in a double-quoted scalar starting at `mark`, the first escape that makes a
    /// refused character is written (1-based, lines of the YAML); nil when the scalar is
    /// not double-quoted.
    static func escapePosition(in lines: [Substring], from mark: TextPosition) -> TextPosition? {
        var line = mark.line - 1
        guard line >= 0, line < lines.count else { return nil }
        var scalars = Array(lines[line].unicodeScalars.dropFirst(mark.column - 1))
        var column = mark.column - 1
        guard scalars.first == "\"" else { return nil }
        var index = 1
        while true {
            if index >= scalars.count {
                line += 1
                guard line < lines.count else { return nil }
                scalars = Array(lines[line].unicodeScalars)
                column = 0
                index = 0
                continue
            }
            let scalar = scalars[index]
            if scalar == "\"" { return nil }
            guard scalar == "\\" else {
                index += 1
                continue
            }
            let start = TextPosition(line: line + 1, column: column + index + 1)
            guard index + 1 < scalars.count else {
                index += 1
                continue
            }
            let (value, length) = escaped(scalars, at: index + 1)
            if let value, let made = Unicode.Scalar(value), ControlCharacters.isRefused(made) { return start }
            index += 1 + length
        }
    }

    /// The code point an escape letter (at `index`) stands for, and how many scalars it takes.
    private static func escaped(_ scalars: [Unicode.Scalar], at index: Int) -> (UInt32?, Int) {
        let simple: [Unicode.Scalar: UInt32] = [
            "0": 0, "a": 7, "b": 8, "t": 9, "\t": 9, "n": 10, "v": 11, "f": 12, "r": 13, "e": 27, "N": 0x85,
        ]
        let letter = scalars[index]
        if let value = simple[letter] { return (value, 1) }
        let digits = ["x": 2, "u": 4, "U": 8][letter] ?? 0
        guard digits > 0, index + digits < scalars.count else { return (nil, 1) }
        let hex = String(String.UnicodeScalarView(scalars[(index + 1)...(index + digits)]))
        return (UInt32(hex, radix: 16), 1 + digits)
    }
}
