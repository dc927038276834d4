/// The per-page field list of docs/templates.md, generated from the page table and the
/// contexts' field tables (a test keeps the document equal to it).
package enum TemplateDocs {
    package static func markdown(pages: [PageKind] = PageKind.all) -> String {
        let shell = PageShell.fields.schema
        let shared = sharedTypes(in: [shell] + pages.map(\.ownFields))
        var out = """
            Every page's context holds the layout's fields and its own. A *context* field
            opens its fields with `{{#name}}…{{/name}}` (or `{{name.field}}`); a *list* repeats
            its section once per element, with that element's fields; a *flag* is for
            `{{#name}}` and `{{^name}}`; *HTML* is markup Quarterly made, for `{{{name}}}`. Inside
            a section, the fields of every enclosing section and of the page remain
            available. A field that is absent on a page (e.g. a description that was not
            written) renders nothing, as do its sections; it is not looked for in the enclosing
            sections.

            ### Every page: the layout


            """
        let siteWide = SiteShell.fields.schema
        let siteWideNames = Set(siteWide.map(\.name))
        out += list(shell.filter { !siteWideNames.contains($0.name) }, shared: shared, depth: 0)
        out += """

            These are the same on every page of a language. Outside every section of the
            layout, the build writes them into it as text once per site, as it does the `t.`
            labels; inside a section they are looked up like any other field.


            """
        out += list(siteWide, shared: shared, depth: 0)
        for page in pages {
            out += "\n### \(page.name)\n\n"
            out += "`/\(page.file ?? page.url)` · `templates/\(page.template).mustache` · \(page.itemsDescription)."
            out += " \(page.summary)\n\n"
            out += list(page.ownFields, shared: shared, depth: 0)
        }
        out += "\n### Shared contexts\n\nUsed in more than one place above.\n"
        for type in shared.sorted(by: { $0.name < $1.name }) {
            out += "\n#### \(type.name)\n\n" + list(type.fields, shared: shared, depth: 0)
        }
        return out
    }

    /// Contexts named by more than one field: described once, under their own heading.
    private static func sharedTypes(in roots: [[FieldSchema]]) -> Set<ContextType> {
        var uses: [ContextType: Int] = [:]
        func count(_ fields: [FieldSchema]) {
            for field in fields {
                guard let type = field.kind.opened else { continue }
                uses[type, default: 0] += 1
                if uses[type] == 1 { count(type.fields) }
            }
        }
        roots.forEach(count)
        return Set(uses.filter { $0.value > 1 }.keys)
    }

    private static func list(_ fields: [FieldSchema], shared: Set<ContextType>, depth: Int) -> String {
        let indent = String(repeating: "  ", count: depth)
        return fields.map { field in
            var line = "\(indent)- `\(field.name)` (\(describe(field.kind, shared: shared))): \(field.summary)\n"
            if let type = field.kind.opened, !shared.contains(type) {
                line += list(type.fields, shared: shared, depth: depth + 1)
            }
            return line
        }.joined()
    }

    private static func describe(_ kind: FieldKind, shared: Set<ContextType>) -> String {
        func name(_ type: ContextType) -> String {
            shared.contains(type) ? "[\(type.name)](#\(type.name.lowercased()))" : type.name
        }
        switch kind {
        case .text: return "text"
        case .html: return "HTML"
        case .flag: return "flag"
        case .number: return "number"
        case .strings: return "strings"
        case .context(let type): return "context " + name(type)
        case .list(let type): return "list of " + name(type)
        }
    }
}

extension PageKind {
    var itemsDescription: String {
        switch items {
        case .one: "one page"
        case .oneWhen: "one page, when the site has what it shows"
        case .each: "one page per \(name)"
        }
    }
}
