import FlyingFox
import Foundation
import QuarterlyBuild
import QuarterlyModel

/// `quarterly serve`: builds the site with drafts into a temporary folder, serves it on
/// 127.0.0.1 only, and rebuilds whenever a content or template file changes. While the
/// content has errors, every page shows them instead of a stale site.
public final class PreviewServer: Sendable {
    let content: String
    let templates: String
    let output: URL
    let preview = SharedPreview()
    let server: HTTPServer
    /// Called after each build with a one-line summary (for the terminal).
    let log: @Sendable (String) -> Void

    public init(content: String, templates: String, port: UInt16, log: @escaping @Sendable (String) -> Void = { _ in }) throws {
        self.content = content
        self.templates = templates
        self.log = log
        output = FileManager.default.temporaryDirectory.appendingPathComponent("quarterly-preview-\(UUID().uuidString)/site")
        server = HTTPServer(address: try .inet(ip4: "127.0.0.1", port: port), timeout: 30)
    }

    /// The port it listens on (useful when started on port 0).
    public var port: UInt16? {
        get async {
            guard case .ip4(_, let port) = await server.listeningAddress else { return nil }
            return port
        }
    }

    /// Builds, then serves and watches until the task is cancelled.
    public func run() async throws {
        build()
        await server.appendRoute("GET,HEAD *") { [self] request in respond(to: request.path) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.server.run() }
            group.addTask { try await self.watch() }
            defer { group.cancelAll() }
            try await group.next()
        }
    }

    public func waitUntilListening() async throws {
        try await server.waitUntilListening()
    }

    func build() {
        let options = BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: output.path,
                                   baseURL: "/", includeDrafts: true, searchIndex: false)
        do {
            let report = try SiteBuilder(options: options).run()
            preview.update(.built(output))
            log("Built \(report.pages) pages in \(String(format: "%.2f", report.seconds)) s"
                + (report.warnings.isEmpty ? "" : " (\(report.warnings.count) warnings: see `quarterly check`)"))
        } catch {
            preview.update(.failed(step: error.step.rawValue, error.diagnostics))
            log("Build failed at step '\(error.step.rawValue)' with \(error.diagnostics.errors.count) errors: the browser shows them")
            error.diagnostics.errors.forEach { log($0.description) }
        }
    }

    private func watch() async throws {
        let watcher = SourceWatcher(folders: [content, templates])
        var last = watcher.fingerprint()
        while !Task.isCancelled {
            try await Task.sleep(for: .milliseconds(200))
            let now = watcher.fingerprint()
            if now != last {
                last = now
                build()
            }
        }
    }

    func respond(to path: String) -> HTTPResponse {
        let state = preview.current
        if path == PreviewPages.generationPath {
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain", .cacheControl: "no-store"],
                                body: Data("\(state.generation)".utf8))
        }
        switch state.outcome {
        case .failed(let step, let diagnostics):
            return html(PreviewPages.errors(step: step, diagnostics, generation: state.generation), status: .internalServerError)
        case .built(let folder):
            guard let file = Self.file(for: path, in: folder) else {
                let notFound = (try? String(contentsOf: folder.appendingPathComponent("404.html"), encoding: .utf8)) ?? "Not found"
                return html(PreviewPages.withReload(notFound, generation: state.generation), status: .notFound)
            }
            guard let data = FileManager.default.contents(atPath: file.path) else { return HTTPResponse(statusCode: .notFound) }
            if file.pathExtension == "html" {
                return html(PreviewPages.withReload(String(decoding: data, as: UTF8.self), generation: state.generation), status: .ok)
            }
            return HTTPResponse(statusCode: .ok, headers: [.contentType: Self.mediaType(file.pathExtension), .cacheControl: "no-store"],
                                body: data)
        }
    }

    private func html(_ text: String, status: HTTPStatusCode) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"], body: Data(text.utf8))
    }

    /// The file a URL path names inside the built site; nil for anything outside it.
    static func file(for path: String, in folder: URL) -> URL? {
        let clean = (path.removingPercentEncoding ?? path).split(separator: "?").first.map(String.init) ?? ""
        let parts = clean.split(separator: "/").map(String.init)
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) else { return nil }
        var url = parts.reduce(folder) { $0.appendingPathComponent($1) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return nil }
        if isDirectory.boolValue {
            url = url.appendingPathComponent("index.html")
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        }
        return url
    }

    static func mediaType(_ fileExtension: String) -> String {
        switch fileExtension {
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "svg": "image/svg+xml"
        case "json": "application/json"
        case "csv": "text/csv; charset=utf-8"
        case "xml": "application/xml"
        case "txt": "text/plain; charset=utf-8"
        case "png": "image/png"
        case "ico": "image/x-icon"
        default: "application/octet-stream"
        }
    }

    /// Removes the temporary site.
    public func cleanUp() {
        try? FileManager.default.removeItem(at: output.deletingLastPathComponent())
    }
}
