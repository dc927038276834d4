import Mustache
import QuarterlyModel

/// A template's text and where it came from (for error messages).
public struct TemplateSource: Sendable, Equatable {
    /// `quarter` for `templates/quarter.mustache`, `partials/rag` for a file in a subfolder.
    public let name: String
    public let displayPath: String
    public let text: String

    public init(name: String, displayPath: String, text: String) {
        self.name = name
        self.displayPath = displayPath
        self.text = text
    }
}

/// The site's Mustache templates, parsed once and shared by every page.
public struct TemplateSet: Sendable {
    /// Templates every site must have: the layout and one per kind of page.
    public static let required = ["layout"] + PageKind.all.map(\.template)

    let library: MustacheLibrary
    /// The words of the site's language, for the pages' sentences and the templates' `t.`.
    public let catalogue: Catalogue
    let strings: TemplateStrings
    let tags: StatusTagMarkup
    /// The checked templates as written, to write another language's labels into.
    private let sources: [TemplateSource]
    private let inliningLabels: Bool

    /// Parses the checked templates again with the language's labels written in; a
    /// template with no label to write is taken as `parsed` already holds it.
    private init(
        sources: [TemplateSource], catalogue: Catalogue, inliningLabels: Bool, parsed: (String) -> MustacheTemplate?
    ) {
        let strings = TemplateStrings(catalogue)
        var templates: [String: MustacheTemplate] = [:]
        for source in sources {
            let text = inliningLabels ? LabelInlining.inline(source.text, strings: strings) : source.text
            if text == source.text, let known = parsed(source.name) {
                templates[source.name] = known
                continue
            }
            templates[source.name] =
                (try? MustacheTemplate(string: HTMLText.pragma + "\n" + text))
                ?? (try? MustacheTemplate(string: HTMLText.pragma + "\n" + source.text))
        }
        library = MustacheLibrary(templates: templates)
        self.catalogue = catalogue
        self.strings = strings
        self.sources = sources
        self.inliningLabels = inliningLabels
        tags = StatusTagMarkup(library: library, strings: strings)
    }

    /// Parses every template, reporting each syntax error with its file, line and column.
    /// `inliningLabels: false` keeps every `{{t.…}}` a tag, for the test that the labels
    /// written in change nothing.
    public static func parse(
        _ sources: [TemplateSource], folder: String, catalogue: Catalogue, checkingFields: Bool = true,
        inliningLabels: Bool = true
    ) throws(DiagnosticList) -> TemplateSet {
        var templates: [String: MustacheTemplate] = [:]
        var problems: [Diagnostic] = []
        _ = HTMLText.registered
        for source in sources {
            do {
                // Each template, partials too, starts with a line naming the faster escaping:
                // a standalone tag, so it adds nothing to the output; errors are a line lower.
                templates[source.name] = try MustacheTemplate(string: HTMLText.pragma + "\n" + source.text)
            } catch let error as MustacheTemplate.ParserError {
                problems.append(
                    Diagnostic(
                        path: source.displayPath,
                        position: TextPosition(
                            line: max(1, error.context.lineNumber - 1), column: max(1, error.context.columnNumber)),
                        code: .templateSyntax, message: "template syntax error: \(describe(error.error))",
                        hint:
                            "Check that every {{#section}} has a matching {{/section}} and every tag is closed with }}."
                    ))
            } catch {
                problems.append(
                    Diagnostic(
                        path: source.displayPath, code: .templateSyntax, message: "template syntax error: \(error)"))
            }
        }
        for name in required where templates[name] == nil && !sources.contains(where: { $0.name == name }) {
            problems.append(
                Diagnostic(
                    path: folder + "/" + name + ".mustache", code: .missingTemplate,
                    message: "the template `\(name)` is missing",
                    hint:
                        "Every site needs \(required.map { $0 + ".mustache" }.joined(separator: ", ")); copy the missing one from Quarterly's templates/ folder."
                ))
        }
        // Only templates that parsed are scanned: a syntax error would confuse the scan.
        let parsed = sources.filter { templates[$0.name] != nil }
        if checkingFields {
            problems += TemplateScopes.check(
                parsed, known: Set(sources.map(\.name)), pages: PageKind.all,
                strings: TemplateStrings.names(in: catalogue))
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return TemplateSet(
            sources: parsed, catalogue: catalogue, inliningLabels: inliningLabels, parsed: { templates[$0] })
    }

    /// The same templates with the words of another language (checked to have the same keys).
    public func speaking(_ catalogue: Catalogue) -> TemplateSet {
        TemplateSet(
            sources: sources, catalogue: catalogue, inliningLabels: inliningLabels,
            parsed: { _ in nil })
    }

    package func render(_ context: Any, template: String) -> String {
        RenderScope.$current.withValue(RenderScope(strings: strings, tags: tags)) {
            library.render(context, withTemplate: template) ?? ""
        }
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: "a closing tag does not match the section it closes"
        case MustacheTemplate.Error.unfinishedName: "a tag is not finished"
        case MustacheTemplate.Error.expectedSectionEnd: "a section is never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: "invalid set-delimiter tag"
        default: "\(error)"
        }
    }
}
