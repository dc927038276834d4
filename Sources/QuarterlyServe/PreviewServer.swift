import Foundation
import QuarterlyBuild
import QuarterlyContent
import QuarterlyModel
import QuarterlyRender
import Synchronization

/// `quarterly serve`: loads the site with drafts, serves it on 127.0.0.1 only, and loads
/// it again whenever a content or template file changes. Pages are made when a browser
/// asks for them, from the latest snapshot, and only changed files are read again, so a
/// one-file edit shows in a fraction of a full build's time. While the content has
/// errors, every page shows them instead of a stale site. `HTTPFront` keeps it answering
/// whatever clients do.
public final class PreviewServer: Sendable {
    let content: String
    /// The templates folder named with `--templates`; nil for the default, `templates/`
    /// beside the content, looked for again at every reload, so a file copied out with
    /// `quarterly templates eject` shows without a restart.
    let templates: String?
    let preview: SharedPreview
    let front: HTTPFront
    /// Decoded content files, kept from one load to the next.
    private let cache = Mutex<LoadCache?>(LoadCache())
    /// Called after each build with a one-line summary (for the terminal).
    let log: @Sendable (String) -> Void
    /// Log every step's time too.
    let verbose: Bool

    /// Listens at once: a port in use throws `ListenFailure` here, not later.
    public init(
        content: String, templates: String?, port: UInt16, verbose: Bool = false, limits: HTTPLimits = HTTPLimits(),
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) throws {
        self.content = content
        self.templates = templates
        self.verbose = verbose
        self.log = log
        let preview = SharedPreview()
        self.preview = preview
        front = try HTTPFront(port: port, limits: limits) { path, connection in
            Self.respond(to: path, in: Self.state(for: path, of: preview, on: connection))
        }
    }

    /// The port it listens on (the one the system chose, when asked for port 0).
    public var port: UInt16 { front.port }

    /// Serves at once (a page that waits while the site loads), loads, then reloads on
    /// every change until the task is cancelled.
    public func run() async {
        // Watching starts before the first load, so no edit falls between the two.
        let watcher = SourceWatcher(folders: [content, templates ?? TemplateFolder.folder(besideContent: content)])
        front.start()
        await watch(with: watcher)
        front.stop()
    }

    package static func options(content: String, templates: String?) -> BuildOptions {
        BuildOptions(
            contentDirectory: content, templatesDirectory: templates, outputDirectory: "",
            baseURL: "/", includeDrafts: true, searchIndex: false)
    }

    /// Loads the content again (only the files that changed) and makes it the site served.
    /// - Parameter changed: the content files changed since the last load, when the
    ///   watcher knows (the others are not even `stat`ed); nil: any may have.
    /// - Parameter templatesChanged: false when the watcher knows no template changed.
    func build(changed: Set<String>? = nil, templatesChanged: Bool = true) {
        let overlay = templates ?? TemplateFolder.overlay(besideContent: content)
        let builder = SiteBuilder(options: Self.options(content: content, templates: overlay))
        let steps = StepClock(onStep: { [verbose, log] in if verbose { log($0.line) } })
        do {
            let snapshot = try cache.withLock { cache throws(BuildFailure) in
                cache?.changedSinceLastLoad = changed
                cache?.templatesUnchangedSinceLastLoad = !templatesChanged
                return try builder.prepare(cache: &cache, steps: steps)
            }
            preview.update(.built(PreviewSite(snapshot)))
            log(
                "Loaded \(snapshot.pages.count) pages in \(String(format: "%.3f", steps.total)) s "
                    + "(\(snapshot.fileCount - snapshot.reusedCount) of \(snapshot.fileCount) files read)"
                    + (snapshot.warnings.isEmpty ? "" : ", \(snapshot.warnings.count) warnings: see `quarterly check`"))
        } catch {
            preview.update(.failed(step: error.step.rawValue, error.diagnostics))
            log(
                "Build failed at step '\(error.step.rawValue)' with \(error.diagnostics.errors.count) errors: the browser shows them"
            )
            for item in error.diagnostics.errors { log(item.description) }
        }
    }

    /// Watches on a thread of its own, as waiting for a change blocks: a blocked thread
    /// of Swift's shared pool would stop the server answering.
    private func watch(with watcher: SourceWatcher) async {
        // A class, so the thread holds it for as long as it runs.
        final class StopFlag: Sendable {
            let stopped = Mutex(false)
        }
        let flag = StopFlag()
        let watching = Thread { [self] in
            build(changed: watcher.takeChanges(), templatesChanged: watcher.takeOtherChanges())
            while !flag.stopped.withLock({ $0 }) {
                if watcher.waitForChange() {
                    build(changed: watcher.takeChanges(), templatesChanged: watcher.takeOtherChanges())
                }
            }
        }
        watching.start()
        await withTaskCancellationHandler {
            while !Task.isCancelled { try? await Task.sleep(for: .seconds(3600)) }
        } onCancel: {
            flag.stopped.withLock { $0 = true }
        }
    }

    package func respond(to path: String) -> HTTPAnswer {
        Self.respond(to: path, in: preview.current)
    }

    /// The state to answer `path` from: for a page's wait for the next rebuild
    /// (`PreviewPages.nextPath` and the generation it shows), the state once that
    /// generation has passed, or as it is after `PreviewPages.longestWait`.
    static func state(for path: String, of preview: SharedPreview, on connection: HTTPConnection) -> PreviewState {
        guard let shown = PreviewPages.generationAwaited(path) else { return preview.current }
        let deadline = ContinuousClock.now + PreviewPages.longestWait
        return connection.waiting { preview.state(after: shown, until: deadline, wait: connection.wait(for:until:)) }
    }

    static func respond(to path: String, in state: PreviewState) -> HTTPAnswer {
        if path == PreviewPages.generationPath || PreviewPages.generationAwaited(path) != nil {
            return HTTPAnswer(status: .ok, contentType: "text/plain", body: Data("\(state.generation)".utf8))
        }
        switch state.outcome {
        case .loading:
            return html(PreviewPages.loading(generation: state.generation), status: .serviceUnavailable)
        case .failed(let step, let diagnostics):
            return html(
                PreviewPages.errors(step: step, diagnostics, generation: state.generation), status: .internalServerError
            )
        case .built(let site):
            guard let (file, data) = site.file(forURLPath: path) else {
                let notFound =
                    site.file(at: Page(.notFound).outputPath).map { String(decoding: $0, as: UTF8.self) } ?? "Not found"
                return html(PreviewPages.withReload(notFound, generation: state.generation), status: .notFound)
            }
            let fileExtension = (file as NSString).pathExtension
            if fileExtension == "html" {
                let page = site.previewed(String(decoding: data, as: UTF8.self), at: file)
                return html(PreviewPages.withReload(page, generation: state.generation), status: .ok)
            }
            return HTTPAnswer(status: .ok, contentType: mediaType(fileExtension), body: data)
        }
    }

    private static func html(_ text: String, status: HTTPStatus) -> HTTPAnswer {
        HTTPAnswer(status: status, contentType: "text/html; charset=utf-8", body: Data(text.utf8))
    }

    static func mediaType(_ fileExtension: String) -> String {
        switch fileExtension {
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "svg": "image/svg+xml"
        case "json": "application/json"
        case "jsonld": "application/ld+json"
        case "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "csv": "text/csv; charset=utf-8"
        case "xml": "application/xml"
        case "txt": "text/plain; charset=utf-8"
        case "png": "image/png"
        case "ico": "image/x-icon"
        default: "application/octet-stream"
        }
    }
}
