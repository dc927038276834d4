import CMarkArena
import CMarkGFM
import Foundation
import QuarterlyModel

/// Markdown → HTML through cmark-gfm with GitHub's table, strikethrough, autolink and
/// tagfilter extensions, in safe mode: raw HTML in content is never passed through.
/// Some inputs take this cmark-gfm time growing with their square; `check` refuses them
/// (`MarkdownLimits` in QuarterlyContent), and the fuzz target renders every body it
/// accepts within a time budget.
public enum Markdown {
    /// Registering the core extensions is global; do it once, before any thread renders.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]

    /// Held while cmark-gfm parses a text's inlines: it marks the extensions' characters
    /// (`~` for strikethrough, `:` and `w` for autolinks) in a table shared by every thread,
    /// and clears them when done, so another thread parsing at that moment would miss its
    /// `~~struck~~` text or its link (a test rendering on many threads at once caught it).
    private static let inlines = NSLock()

    /// CMARK_OPT_DEFAULT is safe mode in cmark-gfm: raw HTML becomes a comment.
    /// Smart punctuation turns typed quotes and dashes into typographic ones.
    private static let options = CMARK_OPT_DEFAULT | CMARK_OPT_SMART

    /// - Parameter headingLevel: the level a `#` heading in the source becomes, so that
    ///   commentary headings sit below the page's own (an `h1` in commentary would break
    ///   the page outline).
    public static func html(_ source: String, headingLevel: Int = 3) -> String {
        render(source, headingLevel: headingLevel).html
    }

    /// The HTML, and whether the text has a heading: without one, the HTML is the same at
    /// every `headingLevel`.
    public static func render(_ source: String, headingLevel: Int) -> (html: String, hasHeadings: Bool) {
        guard !source.isEmpty else { return ("", false) }
        _ = registered
        // Everything cmark allocates for this text comes from the thread's arena, dropped
        // once the HTML is copied out.
        let memory = quarterly_cmark_arena()
        defer { quarterly_cmark_arena_reset() }
        guard let parser = cmark_parser_new_with_mem(options, memory) else { return ("", false) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var utf8 = source.utf8CString
        utf8.withUnsafeMutableBufferPointer { buffer in
            cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
        }
        inlines.lock()
        let finished = cmark_parser_finish(parser)
        inlines.unlock()
        guard let document = finished else { return ("", false) }
        let hasHeadings = adjust(document, headingShift: max(0, headingLevel - 1))
        guard
            let rendered = cmark_render_html_with_mem(
                document, options, cmark_parser_get_syntax_extensions(parser), memory)
        else {
            return ("", hasHeadings)
        }
        return (String(cString: rendered), hasHeadings)
    }

    /// Only these link schemes survive; anything else (javascript:, data:, vbscript:,
    /// file:) loses its address and stays as plain text.
    static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    static func isAllowed(url: String) -> Bool {
        let trimmed = url.trimmed()
        guard let colon = trimmed.firstIndex(of: ":") else { return true }
        let beforeColon = trimmed[..<colon]
        // A colon after a path, query or fragment character is not a scheme: relative URL.
        if beforeColon.contains(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { return true }
        return allowedSchemes.contains(beforeColon.lowercased())
    }

    /// Moves the headings down and drops disallowed addresses; returns whether there was a heading.
    private static func adjust(_ document: OpaquePointer, headingShift: Int) -> Bool {
        guard let iterator = cmark_iter_new(document) else { return false }
        defer { cmark_iter_free(iterator) }
        var hasHeadings = false
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HEADING {
                hasHeadings = true
                guard headingShift > 0 else { continue }
                cmark_node_set_heading_level(node, min(6, cmark_node_get_heading_level(node) + Int32(headingShift)))
            } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                if !isAllowed(url: url) { cmark_node_set_url(node, "") }
            }
        }
        return hasHeadings
    }
}
