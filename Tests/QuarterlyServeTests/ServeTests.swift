import Foundation
import QuarterlyModel
import QuarterlyServe
import QuarterlyTestSupport
import Synchronization
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite struct ServeTests {
    static func fetch(_ url: URL) async throws -> (Int, String) {
        var request = URLRequest(url: url)
        request.cachePolicy = .reloadIgnoringLocalCacheData
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Fetches until `condition` holds, for at most `seconds`; returns the last page and how long it took.
    static func poll(_ url: URL, seconds: Double, until condition: (Int, String) -> Bool) async throws -> (
        Int, String, Double
    ) {
        let start = ContinuousClock.now
        while true {
            let (status, body) = try await fetch(url)
            let taken = start.duration(to: .now).seconds
            if condition(status, body) || taken > seconds { return (status, body, taken) }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    @Test func servesRebuildsAndShowsErrors() async throws {
        let content = try Fixtures.minimalSite(with: [:])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let server = try PreviewServer(content: content.path, templates: Fixtures.templates.path, port: 0)
        let task = Task { await server.run() }
        defer { task.cancel() }
        let page = URL(string: "http://127.0.0.1:\(server.port)/actions/care-communities/")!

        // The server answers at once; the site follows when its first load is done.
        // (Generous: the whole test suite shares two cores while this first load runs.)
        let (status, html, _) = try await Self.poll(page, seconds: 60) { status, _ in status != 503 }
        #expect(status == 200)
        #expect(html.contains("Phase 3 objectives agreed"))
        #expect(html.contains("DRAFT"), "the preview includes draft quarters")
        #expect(html.contains(PreviewPages.nextPath), "pages reload themselves after a rebuild")

        let update = content.appendingPathComponent("quarters/2019-20-q2/actions/care-communities.md")
        try Data("---\nrag: amber\n---\nPhase 4 has started.\n".utf8).write(to: update)
        let (_, changed, seconds) = try await Self.poll(page, seconds: 3) { $1.contains("Phase 4 has started") }
        #expect(changed.contains("Phase 4 has started"))
        #expect(seconds < 1, "the change was served after \(seconds) s")

        try Data("---\nrag: Amber/Green\n---\n".utf8).write(to: update)
        let (errorStatus, errorPage, _) = try await Self.poll(page, seconds: 3) { status, _ in status == 500 }
        #expect(errorStatus == 500)
        #expect(
            errorPage.contains(
                "care-communities.md:2:6</code> <strong>error</strong>: `Amber/Green` is not a valid `rag`"))
        #expect(errorPage.contains("Use one of `red`, `amber`, `green` or `complete`."))
    }

    @Test func theWatcherSeesEditsNewFoldersAndDeletionsButNotSwapFiles() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.md")
        try Data("one".utf8).write(to: file)
        let watcher = SourceWatcher(folders: [folder.path])
        func changed(after change: () throws -> Void) rethrows -> (Bool, Double) {
            try change()
            let start = ContinuousClock.now
            let seen = watcher.waitForChange()
            return (seen, start.duration(to: .now).seconds)
        }
        let edit = try changed { try Data("two".utf8).write(to: file) }
        #expect(edit.0 && edit.1 < 0.5, "an edit was seen after \(edit.1) s")
        let new = try changed {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent("sub"), withIntermediateDirectories: false)
            try Data("x".utf8).write(to: folder.appendingPathComponent("sub/b.md"))
        }
        #expect(new.0)
        // A file in the new folder is watched too.
        let nested = try changed { try Data("y".utf8).write(to: folder.appendingPathComponent("sub/b.md")) }
        #expect(nested.0 && nested.1 < 0.5, "an edit in a new folder was seen after \(nested.1) s")
        let deleted = try changed { try FileManager.default.removeItem(at: file) }
        #expect(deleted.0)
        let swap = try changed { try Data("z".utf8).write(to: folder.appendingPathComponent(".b.md.swp")) }
        #expect(!swap.0, "an editor's swap file is not a change")
    }

    /// `serve` on a busy port says so at once, and which port to try instead.
    @Test func aPortInUseIsReportedAtOnce() throws {
        let first = try PreviewServer(content: Fixtures.minimal.path, templates: Fixtures.templates.path, port: 0)
        let started = ContinuousClock.now
        #expect {
            _ = try PreviewServer(content: Fixtures.minimal.path, templates: Fixtures.templates.path, port: first.port)
        } throws: { error in
            (error as? ListenFailure)?.inUse == true && "\(error)" == "port \(first.port) is already in use"
        }
        #expect(started.duration(to: .now) < .milliseconds(100))

        let serve = try QuarterlyCommand.run([
            "serve", "--content", Fixtures.minimal.path, "--templates", Fixtures.templates.path, "--port",
            "\(first.port)",
        ])
        #expect(serve.status == 1)
        #expect(serve.stderr.hasPrefix("error: port \(first.port) is already in use\n"), "\(serve.stderr)")
        #expect(serve.stderr.contains("choose another port: --port \(first.port + 1)"))
    }

    @Test func beforeTheFirstLoadEveryPageSaysItIsLoading() async throws {
        // A large site takes seconds to load; the server answers meanwhile.
        let server = try PreviewServer(content: Fixtures.minimal.path, templates: Fixtures.templates.path, port: 0)
        let response = server.respond(to: "/actions/care-communities/")
        #expect(response.status == .serviceUnavailable)
        let body = String(decoding: response.body, as: UTF8.self)
        #expect(body.contains("Loading the site"))
        #expect(
            body.contains(PreviewPages.nextPath) && body.contains("var g=\"0\""),
            "it reloads itself when the site is ready")
    }

    /// An open page asks to be answered at the next rebuild (its reload script), so an edit
    /// shows as soon as it is rebuilt rather than at the next poll.
    @Test func anOpenPageIsAnsweredWhenTheNextRebuildIsDone() async throws {
        let content = try Fixtures.minimalSite(with: [:])
        let server = try PreviewServer(content: content.path, templates: Fixtures.templates.path, port: 0)
        let task = Task { await server.run() }
        defer { task.cancel() }
        let root = "http://127.0.0.1:\(server.port)"
        let page = URL(string: root + "/actions/care-communities/")!
        let (status, _, _) = try await Self.poll(page, seconds: 60) { status, _ in status != 503 }
        #expect(status == 200)
        let (_, shown) = try await Self.fetch(URL(string: root + PreviewPages.generationPath)!)
        let generation = try #require(Int(shown))

        // A page showing an older generation is answered at once.
        let asked = ContinuousClock.now
        let (_, passed) = try await Self.fetch(URL(string: root + PreviewPages.nextPath + "\(generation - 1)")!)
        #expect(passed == shown && asked.duration(to: .now) < .seconds(1))

        // A page showing the latest one is answered when the next rebuild is done, not before.
        let answered = Mutex<String?>(nil)
        let waiting = Task {
            let (_, next) = try await Self.fetch(URL(string: root + PreviewPages.nextPath + shown)!)
            answered.withLock { $0 = next }
        }
        try await Task.sleep(for: .milliseconds(600))
        #expect(answered.withLock { $0 } == nil, "no rebuild yet: no answer")
        let edited = ContinuousClock.now
        try Data("---\nrag: amber\n---\nPhase 4 has started.\n".utf8).write(
            to: content.appendingPathComponent("quarters/2019-20-q2/actions/care-communities.md"))
        try await waiting.value
        let seconds = edited.duration(to: .now).seconds
        #expect(answered.withLock { $0 } == "\(generation + 1)")
        #expect(seconds < 2, "answered \(seconds) s after the edit")
        let (_, html) = try await Self.fetch(page)
        #expect(html.contains("Phase 4 has started"), "the page fetched then shows the edit")
    }

    @Test func errorPagesEscapeWhatTheyShow() {
        let page = PreviewPages.errors(
            step: "validate", [.init(path: "<x>.md", code: .unknownWord, message: "`<script>` bad", hint: "\"h\"")],
            generation: 3)
        #expect(!page.contains("<script>`"))
        #expect(page.contains("&lt;script&gt;"))
    }
}
