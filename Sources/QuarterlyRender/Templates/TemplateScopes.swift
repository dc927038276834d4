import QuarterlyModel

/// Finds partials that do not exist, and tags that name a field their page does not
/// provide at that place, e.g. `{{titel}}` for `{{title}}`, or `{{ragExplanation}}`
/// outside the measure page's `{{#history}}` rows.
///
/// Mustache renders an unknown name as nothing, so a typo in an edited template would
/// silently blank part of every page. This check walks each page's template with the
/// contexts Mustache would have at each tag: the page's fields (and the layout's) at
/// the top, and each `{{#section}}` adding its value's fields. Partials and the layout
/// are walked where they are included, with the contexts of that place, so a partial
/// used by two pages is checked against both. A template no page includes is not
/// checked for fields.
struct TemplateScopes {
    private struct Template {
        let source: TemplateSource
        let tags: [TemplateTag]
    }

    /// The fields that one context on the stack provides.
    private typealias Frame = [String: FieldKind]

    private struct Unknown: Hashable {
        let path: String
        let line: Int
        let column: Int
        let name: String
        /// The context it was looked up in, for a dotted name: `site` in `site.titel`.
        let owner: String?
    }

    private let templates: [String: Template]
    /// The catalogue's keys a template may name after `t.`.
    private var strings: Set<String> = []
    /// Each context type's fields, looked up once.
    private var frames: [ContextType: Frame] = [:]
    private var unknown: [Unknown: (pages: [String], suggestion: String?)] = [:]

    /// - Parameter sources: templates that parsed; those that change delimiters are skipped.
    init(_ sources: [TemplateSource]) {
        var templates: [String: Template] = [:]
        for source in sources {
            if let tags = TemplateTag.scan(source.text) {
                templates[source.name] = Template(source: source, tags: tags)
            }
        }
        self.templates = templates
    }

    /// An error for every partial that does not exist (Mustache would render it as
    /// nothing), and for every name that no context provides where it is used, on any page.
    static func check(_ sources: [TemplateSource], known: Set<String>, pages: [PageKind], strings: Set<String>)
        -> [Diagnostic]
    {
        var check = TemplateScopes(sources)
        check.strings = strings
        for page in pages {
            check.walk(page.template, stack: [frame(page.fields)], including: [], page: page.name)
        }
        // The tag partials are rendered once per status with the tag alone (`markup`), and
        // those of `RepeatedMarkup` once per distinct context with that context alone.
        let alone =
            [
                (RAGTag.partial, ContextType(RAGTag.self), "status tag"),
                (DirectionTag.partial, ContextType(DirectionTag.self), "status tag"),
            ] + RepeatedMarkup.partials.map { ($0.name, $0.context, $0.what) }
        for (partial, type, what) in alone {
            let tag = check.frame(type)
            check.walk(partial, stack: [["t": .strings], tag], including: [], page: "\(what) (`\(partial)`)")
        }
        return check.missingPartials(known: known) + check.diagnostics
    }

    /// Whether a page's part (`PageParts`) reads nothing of the page but the labels and
    /// the site-wide fields (`SiteShell`): every name its partial, and the partials it
    /// includes, look up is found in the list's item or in a context opened inside it.
    /// A field declared but empty is found where it is declared (`Absent`), so where each
    /// name is found is known from the templates: then a part's text depends only on its
    /// item, and the build makes again only the parts whose items changed.
    static func partReadsOnlyItem(_ sources: [TemplateSource], page: PageKind) -> Bool {
        guard let parts = page.parts else { return false }
        let top = frame(page.fields)
        guard let item = top[parts.list]?.opened else { return false }
        var check = TemplateScopes(sources)
        check.itemDepth = 1
        check.pageWide = Set(ContextType(SiteShell.self).fields.map(\.name))
        check.walk(parts.partial, stack: [top, check.frame(item)], including: [], page: page.name)
        return !check.readsPage
    }

    /// For `partReadsOnlyItem`: the stack's frame of the item, the page's names a part may
    /// read (site-wide), and whether a name was found below the item.
    private var itemDepth: Int?
    private var pageWide: Set<String> = []
    private var readsPage = false

    private func missingPartials(known: Set<String>) -> [Diagnostic] {
        templates.values.sorted { $0.source.displayPath < $1.source.displayPath }.flatMap { template in
            template.tags.filter { $0.kind == .partial && !known.contains($0.name) }.map { tag in
                Diagnostic(
                    path: template.source.displayPath, position: tag.position, code: .missingTemplate,
                    message: "the partial `\(tag.name)` does not exist",
                    hint: (Suggestion.closest(to: tag.name, among: known.sorted()).map { "Did you mean `\($0)`? " }
                        ?? "")
                        + "Partials are named by their path under templates/ without .mustache, e.g. `{{> partials/rag}}`."
                )
            }
        }
    }

    private static func frame(_ fields: [FieldSchema]) -> Frame {
        Dictionary(fields.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
    }

    private mutating func frame(_ type: ContextType) -> Frame {
        if let known = frames[type] { return known }
        let frame = Self.frame(type.fields)
        frames[type] = frame
        return frame
    }

    private mutating func walk(_ name: String, stack start: [Frame], including: Set<String>, page: String) {
        // Missing templates are reported by the partial check; a partial that includes
        // itself is walked once.
        guard let template = templates[name], !including.contains(name) else { return }
        let including = including.union([name])
        var stack = start
        /// For each open tag: whether it pushed a context, and the parent it renders.
        var open: [(pushed: Bool, parent: String?)] = []
        for tag in template.tags {
            switch tag.kind {
            case .variable:
                _ = resolve(tag, in: stack, template: template, page: page)
            case .section:
                let opened = resolve(tag, in: stack, template: template, page: page)?.opened
                let push = !tag.transformed && opened != nil
                if let opened, push { stack.append(frame(opened)) }
                open.append((push, nil))
            case .invertedSection:
                _ = resolve(tag, in: stack, template: template, page: page)
                open.append((false, nil))
            case .block:
                open.append((false, nil))
            case .parent:
                open.append((false, tag.name))
            case .close:
                guard let closed = open.popLast() else { continue }
                if closed.pushed { stack.removeLast() }
                if let parent = closed.parent { walk(parent, stack: stack, including: including, page: page) }
            case .partial:
                walk(tag.name, stack: stack, including: including, page: page)
            }
        }
    }

    /// What the tag's name holds, or nil (recording the problem) when nothing provides it.
    private mutating func resolve(_ tag: TemplateTag, in stack: [Frame], template: Template, page: String)
        -> FieldKind?
    {
        guard tag.name != "." else { return nil }
        // `.name` looks only in the innermost context.
        let onlyInnermost = tag.name.hasPrefix(".")
        let parts = tag.name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        let searched = onlyInnermost ? Array(stack.suffix(1)) : stack
        guard let found = searched.lastIndex(where: { $0[first] != nil }), var kind = searched[found][first] else {
            record(first, owner: nil, among: searched.flatMap(\.keys), tag: tag, template: template, page: page)
            return nil
        }
        if let itemDepth, stack.count - searched.count + found < itemDepth, !pageWide.contains(first) {
            if case .strings = kind {} else { readsPage = true }
        }
        var owner = first
        if case .strings = kind {
            let key = parts.dropFirst().joined(separator: ".")
            guard strings.contains(key) else {
                recordString(key, tag: tag, template: template, page: page)
                return nil
            }
            return .text
        }
        for part in parts.dropFirst() {
            guard case .context(let type) = kind, let field = frame(type)[part] else {
                record(
                    part, owner: owner, among: kind.opened.map { Array(frame($0).keys) } ?? [], tag: tag,
                    template: template, page: page)
                return nil
            }
            kind = field
            owner += "." + part
        }
        return kind
    }

    private mutating func record(
        _ name: String, owner: String?, among candidates: [String], tag: TemplateTag, template: Template, page: String
    ) {
        let key = Unknown(
            path: template.source.displayPath, line: tag.position.line, column: tag.position.column, name: name,
            owner: owner)
        let suggestion = Suggestion.closest(to: name, among: Array(Set(candidates)).sorted())
        var entry = unknown[key] ?? ([], suggestion)
        if !entry.pages.contains(page) { entry.pages.append(page) }
        entry.suggestion = entry.suggestion ?? suggestion
        unknown[key] = entry
    }

    private var unknownStrings: [Unknown: String?] = [:]

    private mutating func recordString(_ key: String, tag: TemplateTag, template: Template, page: String) {
        let place = Unknown(
            path: template.source.displayPath, line: tag.position.line, column: tag.position.column, name: key,
            owner: nil)
        unknownStrings[place] = Suggestion.closest(to: key, among: strings.sorted())
    }

    private var diagnostics: [Diagnostic] {
        stringDiagnostics + fieldDiagnostics
    }

    private var stringDiagnostics: [Diagnostic] {
        unknownStrings.sorted { ($0.key.path, $0.key.line, $0.key.column) < ($1.key.path, $1.key.line, $1.key.column) }
            .map { place, suggestion in
                Diagnostic(
                    path: place.path, position: TextPosition(line: place.line, column: place.column),
                    code: .unknownString,
                    message: "`t.\(place.name)` is not a string of the catalogue, so it would always render empty",
                    hint: (suggestion.map { "Did you mean `t.\($0)`? " } ?? "")
                        + "The strings are in templates/strings/<language>.yml (`quarterly templates eject strings/en.yml`); a template names those with no `{placeholder}`."
                )
            }
    }

    private var fieldDiagnostics: [Diagnostic] {
        unknown.sorted { ($0.key.path, $0.key.line, $0.key.column) < ($1.key.path, $1.key.line, $1.key.column) }.map {
            key, entry in
            let pages = Self.list(entry.pages.map { "the \($0)" }) + (entry.pages.count == 1 ? " page" : " pages")
            let what =
                key.owner.map { "`\(key.name)` is not a field of `\($0)` on \(pages)" }
                ?? "`\(key.name)` is not a field \(pages) \(entry.pages.count == 1 ? "provides" : "provide") here"
            return Diagnostic(
                path: key.path, position: TextPosition(line: key.line, column: key.column), code: .unknownTemplateField,
                message: what + ", so it would always render empty",
                hint: (entry.suggestion.map { "Did you mean `\($0)`? " } ?? "")
                    + "docs/templates.md lists each page's fields; those of a section such as {{#history}} are"
                    + " available only inside it.")
        }
    }

    /// "the home, the quarter and the outcome"
    private static func list(_ words: [String]) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " and " + words.last!
    }
}
