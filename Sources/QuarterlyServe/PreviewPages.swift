import Foundation
import QuarterlyModel
import QuarterlyRender

/// The HTML the preview adds: a page listing build errors, and the few lines of script
/// that reload an open page after a rebuild. Neither is ever written into the site.
package enum PreviewPages {
    /// Answers the generation at once.
    package static let generationPath = "/_quarterly/generation"
    /// `nextPath` + a generation: answers once the site's generation is another (a
    /// rebuild finished), or with the same one after `longestWait`.
    package static let nextPath = "/_quarterly/next/"
    package static let longestWait: Duration = .seconds(20)

    /// The generation a `nextPath` request waits to see pass; nil for any other path.
    package static func generationAwaited(_ path: String) -> Int? {
        guard path.hasPrefix(nextPath) else { return nil }
        return Int(path.dropFirst(nextPath.count))
    }

    /// Asks the preview to answer when the site is rebuilt, and reloads the page then: the
    /// edit shows as soon as the rebuild is done, not at the next look (a poll every half
    /// second made most edits wait longer than their rebuild). A hidden tab asks only when
    /// shown again, so open tabs do not hold the browser's few connections to the preview.
    /// A failed request (the preview stopped, or closed the connection to make room) is
    /// tried again a second later.
    static func reloadScript(generation: Int) -> String {
        """
        <script>(function(){var g="\(generation)",w=0;function next(){if(w||document.hidden)return;w=1;\
        fetch("\(nextPath)"+g,{cache:"no-store"}).then(function(r){return r.text()}).then(function(t){w=0;\
        if(t!==g){location.reload()}else{next()}}).catch(function(){w=0;setTimeout(next,1000)})}\
        document.addEventListener("visibilitychange",next);next()})();</script>
        """
    }

    static func withReload(_ html: String, generation: Int) -> String {
        guard let end = html.range(of: "</body>", options: .backwards) else {
            return html + reloadScript(generation: generation)
        }
        return html[..<end.lowerBound] + reloadScript(generation: generation) + html[end.lowerBound...]
    }

    /// Shown until the first load finishes; it reloads by itself when the site is ready.
    static func loading(generation: Int) -> String {
        page(
            title: "Loading", style: "", generation: generation,
            body: "<h1>Loading the site…</h1><p>This page shows the site as soon as it is ready.</p>")
    }

    package static func errors(step: String, _ diagnostics: [Diagnostic], generation: Int) -> String {
        let items = diagnostics.map { diagnostic in
            """
            <li><p><code>\(escape(diagnostic.path)):\(diagnostic.line):\(diagnostic.column)</code> \
            <strong>\(diagnostic.isError ? "error" : "warning")</strong>: \(escape(diagnostic.message)) \
            <span class="code">[\(diagnostic.code.rawValue)]</span></p>\
            \(diagnostic.hint.map { "<p class=\"hint\">\(escape($0))</p>" } ?? "")</li>
            """
        }.joined(separator: "\n")
        let count = diagnostics.errors.count
        return page(
            title: "Build failed",
            style:
                "h1{color:#d4351c}li{margin-bottom:1rem}code{font-size:1rem;background:#f3f2f1;padding:0 .2rem}.hint{margin:0;color:#505a5f}.code{color:#505a5f}",
            generation: generation,
            body: """
                <h1>The site could not be built</h1>
                <p>\(count) error\(count == 1 ? "" : "s") at the step “\(escape(step))”. Fix \(count == 1 ? "it" : "them") and save: this page reloads by itself.</p>
                <ol>\(items)</ol>
                """)
    }

    /// A whole page of the preview's own, which reloads itself after the next rebuild.
    private static func page(title: String, style: String, generation: Int, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) — Quarterly preview</title>
        <style>body{font:1rem/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#0b0c0c}
        \(style)</style>
        </head><body><main>
        \(body)
        </main>\(reloadScript(generation: generation))</body></html>
        """
    }

    static func escape(_ text: String) -> String { SVG.escape(text) }
}
