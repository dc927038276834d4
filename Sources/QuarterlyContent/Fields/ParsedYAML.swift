import QuarterlyModel
import Yams

extension ParsedValue {
    /// The value of a YAML node, with positions in the file: `firstLine` is the file line
    /// the YAML starts on. Every scalar stays text (the basic resolver) for the field
    /// types to read.
    init(_ node: Node, firstLine: Int) {
        let position =
            node.mark.map { TextPosition(line: $0.line + firstLine - 1, column: $0.column) }
            ?? TextPosition(line: firstLine, column: 1)
        switch node {
        case .scalar(let scalar):
            self = .text(
                scalar.string, isNull: scalar.style == .plain && Self.nulls.contains(scalar.string), at: position)
        case .sequence(let sequence):
            self = .list(sequence.map { ParsedValue($0, firstLine: firstLine) }, at: position)
        case .mapping(let mapping):
            self = .map(
                mapping.map { pair in
                    let key = ParsedValue(pair.key, firstLine: firstLine)
                    return ParsedEntry(
                        key: key.text ?? "", keyPosition: key.position,
                        value: ParsedValue(pair.value, firstLine: firstLine))
                }, at: position)
        case .alias:
            // `YAMLParser.Shape` refuses aliases before a tree is built.
            self = .text("", isNull: true, at: position)
        }
    }

    /// How YAML writes nothing, unquoted.
    private static let nulls: Set<String> = ["", "~", "null", "Null", "NULL"]
}
