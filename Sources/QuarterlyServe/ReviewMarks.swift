import QuarterlyModel
import QuarterlyRender

/// The preview's highlight of updates still marked `review:` (left by `new-quarter`
/// until someone checks them): a banner listing them at the top of the page, and their
/// rows outlined. Only the preview adds it; a built site never has it.
struct ReviewMarks {
    struct Entry {
        let label: String
        let url: String
        let note: String
    }

    /// What the banner lists.
    let entries: [Entry]
    /// What it says above them.
    let heading: String
    /// The addresses that rows linking to them are outlined for.
    let rowLinks: [String]

    /// An update marked for review: its quarter, its item's kind of page and id, and the note.
    typealias Marked = (quarter: QuarterID, item: (kind: PageKind, id: String), note: String)

    /// Every update marked for review, oldest quarter first (found once per reload).
    static func marked(in graph: AssessedGraph) -> [Marked] {
        graph.quarters.flatMap { quarter in
            graph.actionUpdates(in: quarter.id).compactMap { update in
                update.review.map { (quarter.id, (PageKind.action, update.actionID), $0) }
            }
                + graph.measureUpdates(in: quarter.id).compactMap { update in
                    update.review.map { (quarter.id, (PageKind.measure, update.measureID), $0) }
                }
        }
    }

    /// The updates a page shows that are marked for review: a quarter's report its own,
    /// an item's page that item's, any other page every one (and links to the quarters).
    init(page: Page, marked: [Marked], graph: AssessedGraph, links: Links) {
        func title(_ item: (kind: PageKind, id: String), in quarter: QuarterID) -> String {
            if item.kind == .action, let action = graph.action(item.id) {
                return "\(graph.actionUpdate(item.id, in: quarter)?.ref(for: action) ?? action.ref) \(action.title)"
            }
            if let measure = graph.measure(item.id) {
                return "\(graph.measureUpdate(item.id, in: quarter)?.ref(for: measure) ?? measure.ref) \(measure.title)"
            }
            return item.id
        }
        let kind = page.kind
        if kind == .quarter, let slug = page.item, let quarter = QuarterID(slug) {
            let here = marked.filter { $0.0 == quarter }
            entries = here.map {
                Entry(label: title($0.1, in: quarter), url: links.url($0.1.kind, $0.1.id), note: $0.2)
            }
            rowLinks = entries.map(\.url)
            heading = "in this report"
        } else if kind == .action || kind == .measure, let id = page.item {
            let here = marked.filter { $0.1.kind == kind && $0.1.id == id }
            entries = here.map { Entry(label: $0.0.label, url: links.url(.quarter, $0.0.slug), note: $0.2) }
            rowLinks = entries.map(\.url)
            heading = "on this page"
        } else {
            entries = marked.map {
                Entry(label: "\($0.0.label): \(title($0.1, in: $0.0))", url: links.url(.quarter, $0.0.slug), note: $0.2)
            }
            rowLinks = []
            heading = "in this preview"
        }
    }

    /// The page with the banner first in its main content and the rows outlined.
    func marking(_ html: String) -> String {
        guard !entries.isEmpty else { return html }
        var page = html
        if let head = page.range(of: "</head>") {
            page.replaceSubrange(head, with: style + "</head>")
        }
        guard let main = page.range(of: "<main"), let end = page[main.upperBound...].range(of: ">") else {
            return page
        }
        page.insert(contentsOf: banner, at: end.upperBound)
        return page
    }

    private var banner: String {
        let count = entries.count
        let items = entries.map { entry in
            "<li><a href=\"\(PreviewPages.escape(entry.url))\">\(PreviewPages.escape(entry.label))</a>: "
                + "<code>review: \(PreviewPages.escape(entry.note))</code></li>"
        }.joined()
        return """
            <div class="quarterly-review" role="note"><p><strong>Preview: \(count) update\(count == 1 ? " is" : "s are") \
            still marked for review \(heading).</strong> Check each one's figures, status and commentary, then delete \
            its <code>review:</code> line: a quarter cannot be published while any remains.\
            \(rowLinks.isEmpty ? "" : count == 1 ? " Its row is outlined." : " Their rows are outlined.")</p><ul>\(items)</ul></div>
            """
    }

    private var style: String {
        let rows = rowLinks.map { "tr:has(a[href=\"\(Self.cssString($0))\"])" }.joined(separator: ",")
        return "<style>.quarterly-review{border:4px solid #d4351c;background:#fff7e6;padding:.5rem 1rem;margin:1rem 0}"
            + (rows.isEmpty ? "" : "\(rows){outline:3px dashed #d4351c;outline-offset:-3px;background:#fff7e6}")
            + "</style>"
    }

    /// A URL inside a CSS string: quotes and backslashes escaped.
    private static func cssString(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}
