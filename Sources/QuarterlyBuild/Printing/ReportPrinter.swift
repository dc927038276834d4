import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A file a page asks for while it is printed, as the site being built would serve it.
package struct ServedFile: Sendable {
    package let data: Data
    package let type: String

    package init(data: Data, type: String) {
        self.data = data
        self.type = type
    }
}

/// Prints pages to PDF with headless Chromium: one browser for every page, each page
/// tagged (headings, lists, tables and links for assistive technology) and with an
/// outline of its headings. Every request the page makes is answered by `serve`, from
/// the site being built: nothing is fetched from the network, so a printed page is the
/// built page, whatever scripts or addresses its templates hold.
package final class ReportPrinter {
    private let pipe: DevToolsPipe
    private let session: String
    private let profile: URL
    /// Held while the browser runs: a profile whose lock is free was left by a build
    /// that was killed, and the next printing removes it.
    private let profileLock: FolderLock
    private let timeout: Duration
    private var closed = false

    /// Starts the browser. `timeout` bounds the start and each page's printing.
    package init(chromium: Chromium, timeout: Duration = .seconds(90)) throws(PrintFailure) {
        // A write to a browser that has ended must fail, not end the build (SIGPIPE).
        signal(SIGPIPE, SIG_IGN)
        self.timeout = timeout
        let temporary = FileManager.default.temporaryDirectory
        Self.removeLeftoverProfiles(in: temporary)
        profile = temporary.appendingPathComponent(Self.profilePrefix + UUID().uuidString)
        do {
            try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
            profileLock = try FolderLock(profile.path)
        } catch {
            throw PrintFailure.system("create \(profile.path)", EIO)
        }
        // No sandbox: Chromium's needs privileges that containers and CI runners often
        // lack, and it loads nothing but this site's own files (see `serve`).
        let arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--remote-debugging-pipe",
            "--user-data-dir=\(profile.path)", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--mute-audio",
            "--hide-scrollbars", "about:blank",
        ]
        let pipe: DevToolsPipe
        do throws(PrintFailure) {
            pipe = try DevToolsPipe(
                chromium: chromium, arguments: arguments, folder: profile)
        } catch {
            try? FileManager.default.removeItem(at: profile)
            throw error
        }
        self.pipe = pipe
        do throws(PrintFailure) {
            let deadline = ContinuousClock.now + timeout
            let target = try Self.call(pipe, "Target.createTarget", ["url": "about:blank"], until: deadline)
            guard let targetID = target["targetId"] as? String else {
                throw PrintFailure.protocolError("no target was created")
            }
            let attached = try Self.call(
                pipe, "Target.attachToTarget", ["targetId": targetID, "flatten": true], until: deadline)
            guard let session = attached["sessionId"] as? String else {
                throw PrintFailure.protocolError("could not attach to the page")
            }
            self.session = session
            _ = try Self.call(
                pipe, "Fetch.enable", ["patterns": [["urlPattern": "*"]]], session: session, until: deadline)
            _ = try Self.call(pipe, "Page.enable", session: session, until: deadline)
        } catch {
            pipe.shutdown(grace: .seconds(2))
            try? FileManager.default.removeItem(at: profile)
            throw error
        }
    }

    /// Loads `url` (every request answered by `serve`, or 404) and prints it on the
    /// paper its stylesheet's `@page` asks for.
    package func print(_ url: String, serve: (String) -> ServedFile?) throws(PrintFailure) -> Data {
        let deadline = ContinuousClock.now + timeout
        let navigation = try pipe.send("Page.navigate", ["url": url], session: session, until: deadline)
        var navigated = false
        var loaded = false
        while !(navigated && loaded) {
            let message = try next(serving: serve, until: deadline, doing: "load \(url)")
            if message["id"] as? Int == navigation {
                let result = try Self.result(of: message, "Page.navigate")
                if let problem = result["errorText"] as? String {
                    throw PrintFailure.protocolError("\(url): \(problem)")
                }
                navigated = true
            } else if message["method"] as? String == "Page.loadEventFired" {
                loaded = true
            }
        }
        let printing = try pipe.send(
            "Page.printToPDF",
            [
                "preferCSSPageSize": true, "printBackground": true, "generateTaggedPDF": true,
                "generateDocumentOutline": true,
            ], session: session, until: deadline)
        while true {
            let message = try next(serving: serve, until: deadline, doing: "print \(url)")
            guard message["id"] as? Int == printing else { continue }
            let result = try Self.result(of: message, "Page.printToPDF")
            guard let text = result["data"] as? String, let pdf = Data(base64Encoded: text) else {
                throw PrintFailure.protocolError("Page.printToPDF returned no PDF")
            }
            return pdf
        }
    }

    /// Ends the browser and removes its profile.
    package func close() {
        guard !closed else { return }
        closed = true
        _ = try? pipe.send("Browser.close", until: .now + .seconds(2))
        pipe.shutdown()
        try? FileManager.default.removeItem(at: profile)
        profileLock.release()
    }

    static let profilePrefix = "quarterly-print-"

    /// Profiles of browsers whose build was killed (`kill -9`): no printing holds them.
    static func removeLeftoverProfiles(in folder: URL) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where name.hasPrefix(profilePrefix) && UUID(uuidString: String(name.dropFirst(profilePrefix.count))) != nil {
            let path = folder.appendingPathComponent(name).path
            guard let lock = FolderLock(ifFree: path) else { continue }
            try? FileManager.default.removeItem(atPath: path)
            lock.release()
        }
    }

    deinit { close() }

    /// The next message for the page's session, answering its requests on the way.
    private func next(
        serving serve: (String) -> ServedFile?, until deadline: ContinuousClock.Instant, doing what: String
    ) throws(PrintFailure) -> [String: Any] {
        while true {
            let message = try pipe.receive(until: deadline, doing: what)
            guard message["method"] as? String == "Fetch.requestPaused",
                let parameters = message["params"] as? [String: Any],
                let request = parameters["requestId"] as? String,
                let url = (parameters["request"] as? [String: Any])?["url"] as? String
            else { return message }
            let file = serve(url)
            try pipe.send(
                "Fetch.fulfillRequest",
                [
                    "requestId": request, "responseCode": file == nil ? 404 : 200,
                    "responseHeaders": [["name": "Content-Type", "value": file?.type ?? "text/plain"]],
                    "body": (file?.data ?? Data()).base64EncodedString(),
                ], session: session, until: deadline)
        }
    }

    /// Sends a command and waits for its reply (events before it are dropped: only used
    /// before any page is loaded).
    private static func call(
        _ pipe: DevToolsPipe, _ method: String, _ parameters: [String: Any] = [:], session: String? = nil,
        until deadline: ContinuousClock.Instant
    ) throws(PrintFailure) -> [String: Any] {
        let id = try pipe.send(method, parameters, session: session, until: deadline)
        while true {
            let message = try pipe.receive(until: deadline, doing: "answer \(method)")
            if message["id"] as? Int == id { return try result(of: message, method) }
        }
    }

    private static func result(of reply: [String: Any], _ method: String) throws(PrintFailure) -> [String: Any] {
        if let error = reply["error"] as? [String: Any] {
            throw PrintFailure.protocolError("\(method): \(error["message"] as? String ?? "failed")")
        }
        return reply["result"] as? [String: Any] ?? [:]
    }
}
