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
    public static let required = [layout] + PageKind.all.map(\.template)

    private(set) var library: MustacheLibrary
    /// The same templates with each partial of a page made in parts (`PageParts`) showing
    /// only `PageParts.marker`, for the pages' frames; nil when no page is made in parts.
    private var framing: MustacheLibrary?
    /// The page templates whose pages are made in parts.
    private let parted: Set<String>
    /// Those whose parts read nothing of the page but their items (`TemplateScopes.partReadsOnlyItem`).
    private let itemBound: Set<String>
    /// The words of the site's language, for the pages' sentences and the templates' `t.`.
    public let catalogue: Catalogue
    let strings: TemplateStrings
    let tags: StatusTagMarkup
    let repeated: RepeatedMarkup
    /// The checked templates as written, to write another language's labels into.
    private let sources: [TemplateSource]
    private let inliningLabels: Bool
    /// The text each template was parsed from, with what was written into it.
    private var texts: [String: String]
    /// Whether the layout's site-wide fields can be written into it (`layoutRenderedAtTop`).
    private let layoutAtTop: Bool

    /// Parses the checked templates with the language's labels written in; a template
    /// whose text `parsed` already holds parsed (the name and that text) is taken from it.
    /// `written` holds the texts with the labels written in when they are known already.
    private init(
        sources: [TemplateSource], catalogue: Catalogue, inliningLabels: Bool, written: [String: String] = [:],
        parsed: (_ name: String, _ text: String) -> MustacheTemplate?
    ) {
        let strings = TemplateStrings(catalogue)
        var templates: [String: MustacheTemplate] = [:]
        var texts: [String: String] = [:]
        for source in sources {
            let text =
                written[source.name]
                ?? (inliningLabels ? LabelInlining.inline(source.text, strings: strings) : source.text)
            texts[source.name] = text
            if let known = parsed(source.name, text) {
                templates[source.name] = known
                continue
            }
            templates[source.name] =
                (try? MustacheTemplate(string: HTMLText.pragma + "\n" + text))
                ?? (try? MustacheTemplate(string: HTMLText.pragma + "\n" + source.text))
        }
        self.texts = texts
        layoutAtTop = Self.layoutRenderedAtTop(sources)
        let parts = Self.parts(of: sources)
        var framing = templates
        for (_, partial) in parts {
            // Each item's part, alone: the partial inside a list of one (`PartContext`).
            templates[Self.partTemplate(partial)] = try? MustacheTemplate(
                string: HTMLText.pragma + "\n{{#\(Self.partList)}}{{> \(partial)}}{{/\(Self.partList)}}")
            framing[partial] = try? MustacheTemplate(string: PageParts.marker)
        }
        library = MustacheLibrary(templates: templates)
        self.framing = parts.isEmpty ? nil : MustacheLibrary(templates: framing)
        let parted = Set(parts.map(\.page))
        self.parted = parted
        itemBound = Set(
            PageKind.all.filter { parted.contains($0.template) && TemplateScopes.partReadsOnlyItem(sources, page: $0) }
                .map(\.template))
        self.catalogue = catalogue
        self.strings = strings
        self.sources = sources
        self.inliningLabels = inliningLabels
        tags = StatusTagMarkup(library: library, strings: strings)
        repeated = RepeatedMarkup(library: library)
    }

    /// Parses every template, reporting each syntax error with its file, line and column.
    /// `inliningLabels: false` keeps every `{{t.…}}` a tag, for the test that the labels
    /// written in change nothing.
    public static func parse(
        _ sources: [TemplateSource], folder: String, catalogue: Catalogue, checkingFields: Bool = true,
        inliningLabels: Bool = true
    ) throws(DiagnosticList) -> TemplateSet {
        var templates: [String: MustacheTemplate] = [:]
        // The text each was parsed from: with the labels written in when that parses, as
        // it does whenever the template as written does (a label never holds a brace), so
        // the set need not parse it again; as written otherwise, for the error's position.
        var texts: [String: String] = [:]
        var problems: [Diagnostic] = []
        _ = HTMLText.registered
        let strings = TemplateStrings(catalogue)
        for source in sources {
            let written = inliningLabels ? LabelInlining.inline(source.text, strings: strings) : source.text
            if written != source.text, let template = try? MustacheTemplate(string: HTMLText.pragma + "\n" + written) {
                templates[source.name] = template
                texts[source.name] = written
                continue
            }
            texts[source.name] = source.text
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
            sources: parsed, catalogue: catalogue, inliningLabels: inliningLabels, written: texts,
            parsed: { name, text in texts[name] == text ? templates[name] : nil })
    }

    /// The same templates with the words of another language (checked to have the same keys).
    public func speaking(_ catalogue: Catalogue) -> TemplateSet {
        TemplateSet(
            sources: sources, catalogue: catalogue, inliningLabels: inliningLabels,
            parsed: { _, _ in nil })
    }

    static let layout = "layout"

    /// The text a template was parsed from, with what was written into it.
    package func writtenText(of name: String) -> String? { texts[name] }

    /// The same templates with the layout's site-wide fields (`SiteShell`) written in, for
    /// one site's pages: only the layout is parsed again.
    func writingIn(_ common: SiteShell) -> TemplateSet {
        guard inliningLabels, layoutAtTop, let layout = sources.first(where: { $0.name == Self.layout }) else {
            return self
        }
        let text = LabelInlining.inline(layout.text, strings: strings, siteWide: SiteShell.inlinable(from: common))
        guard text != texts[Self.layout], let parsed = try? MustacheTemplate(string: HTMLText.pragma + "\n" + text)
        else { return self }
        var set = self
        set.library.register(parsed, named: Self.layout)
        set.framing?.register(parsed, named: Self.layout)
        set.texts[Self.layout] = text
        return set
    }

    /// Whether the layout is only ever rendered with a page's own context, so that its
    /// tags outside any section look up the page's fields first: every template that names
    /// it does so as its parent (`{{<layout}}`) outside any section, and none includes it
    /// as a partial. A template that changes its delimiters can't be read, so it says no.
    package static func layoutRenderedAtTop(_ sources: [TemplateSource]) -> Bool {
        sources.allSatisfy { source in
            guard source.text.contains(layout) else { return true }
            guard let tags = TemplateTag.scan(source.text) else { return false }
            var sections = 0
            var open: [TemplateTag.Kind] = []
            for tag in tags {
                switch tag.kind {
                case .section, .invertedSection:
                    sections += 1
                    open.append(tag.kind)
                case .block, .parent:
                    if tag.kind == .parent, tag.name == layout, sections > 0 { return false }
                    open.append(tag.kind)
                case .close:
                    if let last = open.popLast(), last == .section || last == .invertedSection { sections -= 1 }
                case .partial:
                    if tag.name == layout { return false }
                case .variable:
                    break
                }
            }
            return true
        }
    }

    private var scope: RenderScope { RenderScope(strings: strings, tags: tags, repeated: repeated) }

    package func render(_ context: Any, template: String) -> String {
        RenderScope.$current.withValue(scope) {
            library.render(context, withTemplate: template) ?? ""
        }
    }

    /// A page's frame: the page with `PageParts.marker` where each item's part goes; nil
    /// when the page template does not show its list as `PageParts.tag` says.
    func renderFrame(_ context: Any, template: String) -> String? {
        guard parted.contains(template), let framing else { return nil }
        return RenderScope.$current.withValue(scope) {
            framing.render(context, withTemplate: template) ?? ""
        }
    }

    /// Whether the template's pages are made in parts (`PageParts`).
    func makesInParts(_ template: String) -> Bool { parted.contains(template) }

    /// Whether each part of the template's pages reads nothing of the page but its item.
    func partReadsOnlyItem(_ template: String) -> Bool { itemBound.contains(template) }

    /// One item's part, rendered with `PartContext`.
    func renderPart(_ context: PartContext, partial: String) -> String {
        render(context, template: Self.partTemplate(partial))
    }

    /// The list of one item that a part's wrapper opens: no field has this name.
    static let partList = "quarterly-part"
    private static func partTemplate(_ partial: String) -> String { "quarterly-part " + partial }

    /// The pages made in parts, with their partials: those whose template shows the list
    /// as `PageParts.tag` says, where no section around it opens a context of its own (see
    /// `opensNoContext`). (A partial never sees where its item stands in the list:
    /// swift-mustache renders a partial without the list's `first()`, `index()`…, so a
    /// part rendered alone is the same.)
    private static func parts(of sources: [TemplateSource]) -> [(page: String, partial: String)] {
        let byName = Dictionary(sources.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        return PageKind.all.compactMap { kind in
            guard let parts = kind.parts, let page = byName[kind.template], page.text.contains(parts.tag),
                byName[parts.partial] != nil,
                opensNoContext(
                    around: parts, in: page.text, parents: { byName[$0]?.text },
                    flags: Set(kind.fields.filter { if case .flag = $0.kind { true } else { false } }.map(\.name)))
            else { return nil }
            return (kind.template, parts.partial)
        }
    }

    /// Whether every section around the list's tag, in the page template and around its
    /// block in the template it fills in (the layout), is one that pushes no context: an
    /// inverted section, a transformed one, or one of the page's flags. A part is rendered
    /// under the page's context alone; inside a section of a nested context (`{{#quarter}}`)
    /// it would miss that context's fields, so such a page is made whole.
    static func opensNoContext(
        around parts: PageParts, in text: String, parents: (String) -> String?, flags: Set<String>
    ) -> Bool {
        func around(_ tags: [TemplateTag], _ index: Int) -> [TemplateTag] {
            var open: [TemplateTag] = []
            for tag in tags[..<index] {
                switch tag.kind {
                case .section, .invertedSection, .block, .parent: open.append(tag)
                case .close:
                    if let at = open.lastIndex(where: { $0.name == tag.name }) { open.removeSubrange(at...) }
                case .variable, .partial: break
                }
            }
            return open
        }
        func pushesNothing(_ tag: TemplateTag) -> Bool {
            tag.kind != .section || tag.transformed || flags.contains(tag.name)
        }
        guard let tags = TemplateTag.scan(text),
            let index = tags.indices.dropLast(2).first(where: { index in
                tags[index].kind == .section && tags[index].name == parts.list
                    && tags[index + 1].kind == .partial && tags[index + 1].name == parts.partial
                    && tags[index + 2].kind == .close && tags[index + 2].name == parts.list
            })
        else { return false }
        let open = around(tags, index)
        guard open.allSatisfy(pushesNothing) else { return false }
        // In a block of a parent template: the block's place there counts too.
        guard let parent = open.last(where: { $0.kind == .parent }) else { return true }
        guard let block = open.last(where: { $0.kind == .block }), let text = parents(parent.name),
            let tags = TemplateTag.scan(text), !tags.contains(where: { $0.kind == .parent }),
            let place = tags.firstIndex(where: { $0.kind == .block && $0.name == block.name })
        else { return false }
        return around(tags, place).allSatisfy(pushesNothing)
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
