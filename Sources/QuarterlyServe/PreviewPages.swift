import Foundation
import QuarterlyModel
import QuarterlyRender

/// The HTML the preview adds: a page listing build errors, and the few lines of script
/// that reload an open page after a rebuild. Neither is ever written into the site.
package enum PreviewPages {
    package static let generationPath = "/_quarterly/generation"

    /// Polls the generation counter and reloads when it changes.
    static func reloadScript(generation: Int) -> String {
        """
        <script>(function(){var g="\(generation)";setInterval(function(){fetch("\(generationPath)",{cache:"no-store"})\
        .then(function(r){return r.text()}).then(function(t){if(t!==g){location.reload()}}).catch(function(){})},500)})();</script>
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
