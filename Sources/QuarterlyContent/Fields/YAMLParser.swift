import CYaml
import QuarterlyModel
import Yams

/// Parses YAML into a node tree that remembers line and column, turning Yams'
/// errors into diagnostics positioned in the content file.
enum YAMLParser {
    /// - Parameter firstLine: the file line the YAML text starts on.
    static func parse(_ yaml: String, firstLine: Int, path: String) -> Result<Node?, Diagnostic> {
        if let (line, column, key) = nonBreakingSpaceAfterKey(yaml) {
            return .failure(
                Diagnostic(
                    path: path, position: TextPosition(line: line + firstLine - 1, column: column), code: .yamlSyntax,
                    message: "a non-breaking space follows `\(key):`, so YAML does not see a `key: value` line",
                    hint:
                        "Delete the space after `\(key):` and type an ordinary space (text pasted from Word often brings non-breaking ones)."
                ))
        }
        func tooComplex(_ problem: Shape.Problem) -> Result<Node?, Diagnostic> {
            .failure(
                Diagnostic(
                    path: path, position: TextPosition(line: problem.line + firstLine - 1, column: problem.column),
                    code: .yamlTooComplex, message: problem.message,
                    hint: "Front matter is plain `key: value` lines with short lists: write each value out in full."))
        }
        // `Shape.check` reads the text a second time, so it runs only where it can find
        // something: an alias needs a `*`; without one only the depth can be wrong, and the
        // composed tree (or Yams failing) shows that. Its answer is the same either way.
        let mayHaveAliases = yaml.utf8.contains(UInt8(ascii: "*"))
        if mayHaveAliases, let problem = Shape.check(yaml) { return tooComplex(problem) }
        do {
            // The basic resolver: every scalar stays text, read by `Fields` (Yams's default
            // resolver ran regular expressions over every scalar), and an explicit encoding
            // (Yams reads the process environment for the default each time).
            let node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
            if !mayHaveAliases, let node, Shape.depth(of: node) > Shape.maximumDepth,
                let problem = Shape.check(yaml)
            {
                return tooComplex(problem)
            }
            return .success(node)
        } catch let error as YamlError {
            if !mayHaveAliases, let problem = Shape.check(yaml) { return tooComplex(problem) }
            return .failure(diagnostic(for: error, firstLine: firstLine, path: path))
        } catch {
            return .failure(Diagnostic(path: path, code: .yamlSyntax, message: "cannot read the YAML: \(error)"))
        }
    }

    static func diagnostic(for error: YamlError, firstLine: Int, path: String) -> Diagnostic {
        func position(_ mark: Mark) -> TextPosition {
            TextPosition(line: mark.line + firstLine - 1, column: mark.column)
        }
        switch error {
        case .scanner(let context, let problem, let mark, let yaml),
            .parser(let context, let problem, let mark, let yaml),
            .composer(let context, let problem, let mark, let yaml):
            if problem.contains("nesting level") {
                return Diagnostic(
                    path: path, position: position(mark), code: .yamlTooComplex,
                    message: "the YAML is nested more than \(Shape.maximumDepth) levels deep",
                    hint: "Front matter is plain `key: value` lines with short lists: write each value out in full.")
            }
            let detail = context.map { "\(problem) (\($0.text))" } ?? problem
            // Running off the end (an unclosed quote or bracket) is best shown where it began.
            let at = problem.contains("end of stream") ? context?.mark ?? mark : mark
            let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
            let line = at.line >= 1 && at.line <= lines.count ? String(lines[at.line - 1]) : ""
            return Diagnostic(
                path: path, position: position(at), code: .yamlSyntax,
                message: "YAML syntax error: \(detail)", hint: hint(forProblem: problem, line: line))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            return Diagnostic(
                path: path, position: position(context.mark), code: .duplicateKey,
                message: "key \(keys) appears more than once",
                hint: "Keep one line for each key and delete the other.")
        case .reader(let problem, let offset, _, _):
            return Diagnostic(
                path: path, code: .invalidEncoding,
                message: "cannot read the YAML: \(problem)" + (offset.map { " at byte offset \($0)" } ?? ""),
                hint: "Save the file as UTF-8 text.")
        default:
            return Diagnostic(path: path, code: .yamlSyntax, message: "cannot read the YAML: \(error)")
        }
    }

    private static func hint(forProblem problem: String, line: String) -> String {
        if line.contains(where: { "\u{201C}\u{201D}\u{2018}\u{2019}".contains($0) }) {
            return
                "Use straight quotes (\" or ') around a value: curly quotes pasted from Word are ordinary letters to YAML."
        }
        if problem.contains("cannot start any token") || problem.contains("tab") {
            return "YAML does not allow tab characters for indentation: indent with spaces."
        }
        if problem.contains("mapping values are not allowed") {
            return "A value containing `: ` must be in quotes, e.g. title: \"Phase 3: rollout\"."
        }
        if problem.contains("could not find expected ':'") {
            return "Each line must be `key: value`; a long value must be in quotes or continue on indented lines."
        }
        if problem.contains("found unexpected end of stream") || problem.contains("quoted scalar") {
            return "A quoted value is missing its closing quote."
        }
        return
            "Check this line's indentation and quoting: values with special characters (: # \" ' [ {) belong in quotes."
    }
}

extension YAMLParser {
    /// `rag:` followed by U+00A0: YAML needs an ordinary space after a key's colon, and
    /// would otherwise read the whole line as text with a baffling error about it.
    static func nonBreakingSpaceAfterKey(_ yaml: String) -> (line: Int, column: Int, key: String)? {
        // U+00A0 is 0xC2 0xA0 in UTF-8: most front matter has no 0xA0 byte at all, and a
        // byte scan is far cheaper than splitting every file into lines.
        guard yaml.utf8.withContiguousStorageIfAvailable({ $0.contains(0xA0) }) ?? true else { return nil }
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let colon = line.firstIndex(of: ":"), line[line.index(after: colon)...].first == "\u{00A0}" else {
                continue
            }
            let key = line[..<colon].trimmingSpaces()
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else {
                continue
            }
            return (index + 1, line.distance(from: line.startIndex, to: colon) + 2, key)
        }
        return nil
    }

    /// What front matter never needs and an attacker would use: aliases (a few lines of
    /// `&a`/`*a` can expand to billions of nodes: "billion laughs") and deep nesting
    /// (which would exhaust the stack when the tree is built). libyaml's event parser
    /// reads the text once without recursion or expansion, so this check is cheap and safe.
    enum Shape {
        static let maximumDepth = 16

        struct Problem {
            let line: Int
            let column: Int
            let message: String
        }

        /// How many collections deep the tree is, as the parser's events nest.
        static func depth(of node: Node) -> Int {
            switch node {
            case .scalar, .alias: 0
            case .sequence(let items): 1 + (items.map(depth(of:)).max() ?? 0)
            case .mapping(let pairs): 1 + (pairs.map { max(depth(of: $0.key), depth(of: $0.value)) }.max() ?? 0)
            }
        }

        static func check(_ yaml: String) -> Problem? {
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            var bytes = Array(yaml.utf8)
            return bytes.withUnsafeMutableBufferPointer { buffer -> Problem? in
                yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
                var depth = 0
                while true {
                    var event = yaml_event_t()
                    // Syntax errors are left for Yams to report with its full message.
                    guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                    defer { yaml_event_delete(&event) }
                    let mark = event.start_mark
                    let line = Int(mark.line) + 1
                    let column = Int(mark.column) + 1
                    switch event.type {
                    case YAML_ALIAS_EVENT:
                        return Problem(
                            line: line, column: column,
                            message: "YAML aliases (`*name`) are not allowed in content files")
                    case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                        depth += 1
                        if depth > maximumDepth {
                            return Problem(
                                line: line, column: column,
                                message: "the YAML is nested more than \(maximumDepth) levels deep")
                        }
                    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                        depth -= 1
                    case YAML_STREAM_END_EVENT:
                        return nil
                    default:
                        break
                    }
                }
            }
        }
    }
}
