import QuarterlyModel
import Testing
import quarterly

/// The workflow-command syntax GitHub documents: `::error file={name},line={line},col={col},title={title}::{message}`,
/// with `%`, CR and LF percent-encoded in the message and also `:` and `,` in properties.
@Suite struct GitHubAnnotationTests {
    @Test(arguments: [
        (
            Diagnostic(
                path: "content/actions/broadband.md", position: TextPosition(line: 3, column: 7), code: .unknownKey,
                message: "unknown key `milstone`", hint: "Did you mean `milestone`?"),
            "::error file=content/actions/broadband.md,line=3,col=7,title=Quarterly%3A unknown-key::unknown key `milstone`%0Ahint: Did you mean `milestone`?"
        ),
        (
            Diagnostic(
                path: "content/q,1:x.md", severity: .warning, code: .directionContradictsFigures,
                message: "stated improving, 100% → 65%\r\nnext"),
            // A diagnostic shows line breaks from the file as `\r\n` text (see Diagnostic.oneLine);
            // only the hint's own line break needs percent-encoding.
            "::warning file=content/q%2C1%3Ax.md,line=1,col=1,title=Quarterly%3A direction-contradicts-figures::stated improving, 100%25 → 65%25\\r\\nnext"
        ),
    ])
    func annotation(diagnostic: Diagnostic, expected: String) {
        #expect(GitHubAnnotation.line(for: diagnostic) == expected)
    }

    @Test func oneLinePerProblem() {
        let line = GitHubAnnotation.line(
            for: Diagnostic(path: "a.md", code: .yamlSyntax, message: "a\nb\nc", hint: "d\ne"))
        #expect(!line.contains("\n"))
        #expect(line.hasPrefix("::error "))
    }
}
