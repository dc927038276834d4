import QuarterlyModel

/// A diagnostic as a GitHub Actions workflow command, so a pull request shows it on the
/// file and line it names:
/// `::error file=content/x.md,line=3,col=7,title=unknown-key::message%0Ahint: …`.
///
/// Escaping follows actions/toolkit: in the message `%`, CR and LF are percent-encoded;
/// in properties `:` and `,` are too, since they separate the properties.
package enum GitHubAnnotation {
    package static func line(for diagnostic: Diagnostic) -> String {
        let command = diagnostic.isError ? "error" : "warning"
        let properties = [
            "file=" + escapeProperty(diagnostic.path),
            "line=\(diagnostic.line)",
            "col=\(diagnostic.column)",
            "title=" + escapeProperty("Quarterly: " + diagnostic.code.rawValue),
        ].joined(separator: ",")
        var message = diagnostic.message
        if let hint = diagnostic.hint { message += "\nhint: " + hint }
        return "::\(command) \(properties)::\(escapeData(message))"
    }

    static func escapeData(_ text: String) -> String {
        text.replacingScalars { scalar in
            switch scalar {
            case "%": "%25"
            case "\r": "%0D"
            case "\n": "%0A"
            default: nil
            }
        }
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingEvery(":", with: "%3A").replacingEvery(",", with: "%2C")
    }
}

extension String {
    fileprivate func replacingEvery(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
