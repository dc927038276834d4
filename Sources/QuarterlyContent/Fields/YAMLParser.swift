import QuarterlyModel
import Yams

/// Parses YAML into a node tree that remembers line and column, turning Yams'
/// errors into diagnostics positioned in the content file.
enum YAMLParser {
    /// - Parameter firstLine: the file line the YAML text starts on.
    static func parse(_ yaml: String, firstLine: Int, path: String) -> Result<Node?, Diagnostic> {
        do {
            return .success(try Yams.compose(yaml: yaml))
        } catch let error as YamlError {
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
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) (\($0.text))" } ?? problem
            return Diagnostic(path: path, position: position(mark), code: .yamlSyntax,
                              message: "YAML syntax error: \(detail)", hint: hint(forProblem: problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            return Diagnostic(path: path, position: position(context.mark), code: .duplicateKey,
                              message: "key \(keys) appears more than once",
                              hint: "Keep one line for each key and delete the other.")
        case let .reader(problem, offset, _, _):
            return Diagnostic(path: path, code: .invalidEncoding,
                              message: "cannot read the YAML: \(problem)" + (offset.map { " at byte offset \($0)" } ?? ""),
                              hint: "Save the file as UTF-8 text.")
        default:
            return Diagnostic(path: path, code: .yamlSyntax, message: "cannot read the YAML: \(error)")
        }
    }

    private static func hint(forProblem problem: String) -> String {
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
        return "Check this line's indentation and quoting: values with special characters (: # \" ' [ {) belong in quotes."
    }
}
