import Foundation
import QuarterlyBuiltins
import QuarterlyServe
import QuarterlyTestSupport
import Testing

/// The preview lays a site's templates over the built-in ones as `build` does, and notices
/// a templates folder that appears while it runs (`quarterly templates eject`).
@Suite struct PreviewTemplatesTests {
    @Test func theBuiltInAssetsServeUntilTheSiteHasItsOwn() async throws {
        let content = try Fixtures.minimalSite(with: [:])
        let site = content.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: site) }
        let server = try PreviewServer(content: content.path, templates: nil, port: 0)
        let task = Task { await server.run() }
        defer { task.cancel() }
        let css = URL(string: "http://127.0.0.1:\(server.port)/assets/quarterly.css")!
        let builtin = try #require(Builtins.templates.first { $0.path == "assets/quarterly.css" }).text
        let (status, first, _) = try await ServeTests.poll(css, seconds: 60) { status, _ in status != 503 }
        #expect(status == 200)
        #expect(first == builtin)

        let own = site.appendingPathComponent("templates/assets/quarterly.css")
        try FileManager.default.createDirectory(at: own.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("body { color: #0b0c0c; }\n".utf8).write(to: own)
        let (_, changed, seconds) = try await ServeTests.poll(css, seconds: 10) { $1 != builtin }
        #expect(changed == "body { color: #0b0c0c; }\n")
        #expect(seconds < 5, "the new templates folder was noticed after \(seconds) s")
    }
}
