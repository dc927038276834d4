import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import QuarterlyServe

@Suite struct ServeTests {
    static func fetch(_ url: URL) async throws -> (Int, String) {
        var request = URLRequest(url: url)
        request.cachePolicy = .reloadIgnoringLocalCacheData
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Fetches until `condition` holds, for at most `seconds`; returns the last page and how long it took.
    static func poll(_ url: URL, seconds: Double, until condition: (Int, String) -> Bool) async throws -> (Int, String, Double) {
        let start = ContinuousClock.now
        while true {
            let (status, body) = try await fetch(url)
            let elapsed = start.duration(to: .now)
            let taken = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            if condition(status, body) || taken > seconds { return (status, body, taken) }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    @Test func servesRebuildsAndShowsErrors() async throws {
        let content = try Fixtures.minimalSite(with: [:])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let server = try PreviewServer(content: content.path, templates: Fixtures.templates.path, port: 0)
        defer { server.cleanUp() }
        let task = Task { try await server.run() }
        defer { task.cancel() }
        try await server.waitUntilListening()
        let port = try #require(await server.port)
        let page = URL(string: "http://127.0.0.1:\(port)/actions/care-communities/")!

        let (status, html) = try await Self.fetch(page)
        #expect(status == 200)
        #expect(html.contains("Phase 3 objectives agreed"))
        #expect(html.contains("DRAFT"), "the preview includes draft quarters")
        #expect(html.contains(PreviewPages.generationPath), "pages reload themselves after a rebuild")

        let update = content.appendingPathComponent("quarters/2019-20-q2/actions/care-communities.md")
        try Data("---\nrag: amber\n---\nPhase 4 has started.\n".utf8).write(to: update)
        let (_, changed, seconds) = try await Self.poll(page, seconds: 3) { $1.contains("Phase 4 has started") }
        #expect(changed.contains("Phase 4 has started"))
        #expect(seconds < 1, "the change was served after \(seconds) s")

        try Data("---\nrag: Amber/Green\n---\n".utf8).write(to: update)
        let (errorStatus, errorPage, _) = try await Self.poll(page, seconds: 3) { status, _ in status == 500 }
        #expect(errorStatus == 500)
        #expect(errorPage.contains("care-communities.md:2:6</code> <strong>error</strong>: `Amber/Green` is not a valid `rag`"))
        #expect(errorPage.contains("Use one of `red`, `amber`, `green` or `complete`."))
    }

    @Test func onlyFilesInsideTheSiteAreServed() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("site/a"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: folder.appendingPathComponent("site/a/index.html"))
        try Data("secret".utf8).write(to: folder.appendingPathComponent("secret.txt"))
        let site = folder.appendingPathComponent("site")
        #expect(PreviewServer.file(for: "/a/", in: site)?.lastPathComponent == "index.html")
        #expect(PreviewServer.file(for: "/a/index.html?x=1", in: site) != nil)
        #expect(PreviewServer.file(for: "/../secret.txt", in: site) == nil)
        #expect(PreviewServer.file(for: "/%2e%2e/secret.txt", in: site) == nil)
        #expect(PreviewServer.file(for: "/b/", in: site) == nil)
    }

    @Test func errorPagesEscapeWhatTheyShow() {
        let page = PreviewPages.errors(step: "validate", [.init(path: "<x>.md", code: .unknownWord, message: "`<script>` bad", hint: "\"h\"")], generation: 3)
        #expect(!page.contains("<script>`"))
        #expect(page.contains("&lt;script&gt;"))
    }
}
