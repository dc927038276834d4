/// A chart as a file of its own, to be opened or embedded anywhere (`<img src>`): the
/// same drawing as on its page, made a standalone SVG document. It names its namespace
/// and language, takes a size from its viewBox, and carries the site stylesheet's rules
/// for the classes it uses, since an embedded image loads no stylesheet of its own. Its
/// `<title>` and `<desc>` stay first, so it is as accessible as on the page (they name
/// and describe it without the page's `aria-labelledby`).
public struct ChartDocument: Sendable {
    public let svg: SVG
    public let language: String

    public init(svg: SVG, language: String) {
        self.svg = svg
        self.language = language
    }

    /// The viewBox's width and height (the chart's size at 1:1).
    public var size: (width: String, height: String)? {
        guard case .element(_, let attributes, _) = svg,
            let box = attributes.first(where: { $0.0 == "viewBox" })?.1.split(separator: " "), box.count == 4
        else { return nil }
        return (String(box[2]), String(box[3]))
    }

    /// Every class the drawing uses.
    public var classes: Set<String> {
        // Each distinct `class` value split once: a chart's hundreds of marks share a few.
        var values = Set<String>()
        func visit(_ node: SVG) {
            guard case .element(_, let attributes, let children) = node else { return }
            for (key, value) in attributes where key == "class" { values.insert(value) }
            children.forEach(visit)
        }
        visit(svg)
        var found = Set<String>()
        for value in values { found.formUnion(value.split(separator: " ").map(String.init)) }
        return found
    }

    /// The document, with the rules of `stylesheet` (the site's CSS) that apply to it.
    public func text(stylesheet: String) -> String {
        text(styles: ChartStylesheet(stylesheet))
    }

    /// The document, with the rules of the site's parsed stylesheet that apply to it.
    func text(styles: ChartStylesheet) -> String {
        guard case .element(let name, let attributes, let children) = svg else { return svg.markup }
        // A document's own first <title> and <desc> name and describe it (SVG-AAM), and SVG
        // 1.1, which validators check a file against, has no aria-* attributes: the page's
        // aria-labelledby, pointing at those same two, is left out.
        var root =
            [("xmlns", "http://www.w3.org/2000/svg"), ("lang", language)]
            + attributes.filter { !$0.0.hasPrefix("aria-") }
        if let size { root += [("width", size.width), ("height", size.height)] }
        let described = children.prefix {
            if case .element(let child, _, _) = $0 { child == "title" || child == "desc" } else { false }
        }
        let style = SVG.el("style", [], [.text(styles.rules(for: classes))])
        let document = SVG.el(name, root, Array(described) + [style] + children.dropFirst(described.count))
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + document.markup + "\n"
    }
}
