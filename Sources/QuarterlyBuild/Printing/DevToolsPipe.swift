import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Headless Chromium driven through its DevTools protocol on a pipe
/// (`--remote-debugging-pipe`): it reads JSON commands, each ended by a NUL byte, on its
/// file descriptor 3 and writes replies and events the same way on 4. No port is opened,
/// and every read and write waits no later than a deadline, so a browser that hangs
/// cannot hang the build.
final class DevToolsPipe {
    private let process: pid_t
    private let commands: Int32
    private let replies: Int32
    private var received: [UInt8] = []
    /// How many bytes at the start of `received` are known to hold no message's end: a
    /// printed report of a large site comes as one message of hundreds of megabytes, and
    /// scanning it again from the start after every read took minutes.
    private var scanned = 0
    private var nextID = 0
    private var exited = false
    /// Chromium's standard error, for the message when something goes wrong.
    let log: URL

    /// Starts Chromium with `arguments`; `folder` is its own (profile, log), which a
    /// stopped build removes after ending the browser (`Interruption`).
    init(chromium: Chromium, arguments: [String], folder: URL) throws(PrintFailure) {
        log = folder.appendingPathComponent("log")
        // Each pipe's child end moves above 4 first, so that putting it at 3 or 4 in the
        // child never overwrites the other.
        var toBrowser: [Int32] = [0, 0]
        var fromBrowser: [Int32] = [0, 0]
        guard pipe(&toBrowser) == 0 else { throw PrintFailure.system("pipe", errno) }
        guard pipe(&fromBrowser) == 0 else {
            let code = errno
            Glibc.close(toBrowser[0])
            Glibc.close(toBrowser[1])
            throw PrintFailure.system("pipe", code)
        }
        for descriptor in toBrowser + fromBrowser { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        let childReads = fcntl(toBrowser[0], F_DUPFD_CLOEXEC, 10)
        let childWrites = fcntl(fromBrowser[1], F_DUPFD_CLOEXEC, 10)
        Glibc.close(toBrowser[0])
        Glibc.close(fromBrowser[1])
        defer {
            Glibc.close(childReads)
            Glibc.close(childWrites)
        }
        commands = toBrowser[1]
        replies = fromBrowser[0]
        _ = fcntl(commands, F_SETFL, fcntl(commands, F_GETFL) | O_NONBLOCK)
        _ = fcntl(replies, F_SETFL, fcntl(replies, F_GETFL) | O_NONBLOCK)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, log.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, childReads, 3)
        posix_spawn_file_actions_adddup2(&actions, childWrites, 4)
        // Nothing else of this process (a folder's lock, the output) reaches the browser.
        _ = Self.closeFrom?(&actions, 5)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Its own process group, so that the browser and its helpers end together.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)

        let argv = ([chromium.executable.path] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, chromium.executable.path, &actions, &attributes, argv, environ)
        guard status == 0 else {
            Glibc.close(commands)
            Glibc.close(replies)
            throw PrintFailure.system("start \(chromium.executable.path)", status)
        }
        process = pid
        Interruption.browsers.withLock { $0[pid] = folder.path }
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's
    /// Glibc module does not declare.
    private static let closeFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? =
        {
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
            else { return nil }
            return unsafeBitCast(
                symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
        }()

    /// Sends a command and returns its id; the reply comes through `receive`.
    @discardableResult
    func send(
        _ method: String, _ parameters: [String: Any] = [:], session: String? = nil,
        until deadline: ContinuousClock.Instant
    ) throws(PrintFailure) -> Int {
        guard !exited else { throw PrintFailure.browserGone(log: "") }
        nextID += 1
        var message: [String: Any] = ["id": nextID, "method": method, "params": parameters]
        if let session { message["sessionId"] = session }
        guard var bytes = try? JSONSerialization.data(withJSONObject: message) else {
            throw PrintFailure.protocolError("could not encode \(method)")
        }
        bytes.append(0)
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(commands, $0.baseAddress, $0.count) }
            if written > 0 {
                offset += written
            } else if written < 0, errno == EAGAIN || errno == EINTR {
                try wait(commands, for: Int16(POLLOUT), until: deadline, doing: method)
            } else {
                throw PrintFailure.browserGone(log: tail())
            }
        }
        return nextID
    }

    /// The next message from the browser: a reply (with `id`) or an event (with `method`).
    func receive(until deadline: ContinuousClock.Instant, doing what: String) throws(PrintFailure) -> [String: Any] {
        guard !exited else { throw PrintFailure.browserGone(log: "") }
        while true {
            if let end = received[scanned...].firstIndex(of: 0) {
                let message = Data(received[..<end])
                received.removeSubrange(...end)
                scanned = 0
                guard let object = (try? JSONSerialization.jsonObject(with: message)) as? [String: Any] else {
                    throw PrintFailure.protocolError("unreadable message while waiting to \(what)")
                }
                return object
            }
            scanned = received.count
            var chunk = [UInt8](repeating: 0, count: 1 << 20)
            let count = chunk.withUnsafeMutableBytes { read(replies, $0.baseAddress, $0.count) }
            if count > 0 {
                received += chunk[..<count]
            } else if count < 0, errno == EAGAIN || errno == EINTR {
                try wait(replies, for: Int16(POLLIN), until: deadline, doing: what)
            } else {
                throw PrintFailure.browserGone(log: tail())
            }
        }
    }

    private func wait(
        _ descriptor: Int32, for events: Int16, until deadline: ContinuousClock.Instant, doing what: String
    ) throws(PrintFailure) {
        while true {
            let left = ContinuousClock.now.duration(to: deadline).seconds
            guard left > 0 else { throw PrintFailure.timedOut(what) }
            var request = pollfd(fd: descriptor, events: events, revents: 0)
            let ready = poll(&request, 1, Int32(min(left * 1000, 10_000).rounded(.up)))
            if ready > 0 { return }
            if ready < 0, errno != EINTR { throw PrintFailure.system("poll", errno) }
        }
    }

    /// Closes the pipe (the browser then quits) and waits up to `grace` for it to end;
    /// then ends its whole process group.
    func shutdown(grace: Duration = .seconds(5)) {
        guard !exited else { return }
        exited = true
        defer { _ = Interruption.browsers.withLock { $0.removeValue(forKey: process) } }
        Glibc.close(commands)
        Glibc.close(replies)
        let deadline = ContinuousClock.now + grace
        var status: Int32 = 0
        while ContinuousClock.now < deadline {
            if waitpid(process, &status, WNOHANG) != 0 { return }
            usleep(20_000)
        }
        kill(-process, SIGKILL)
        while waitpid(process, &status, 0) < 0 && errno == EINTR {}
    }

    deinit { shutdown(grace: .zero) }

    /// The last lines Chromium wrote to its standard error. (A browser that ended
    /// because the build was stopped is no error: the stop ends the process.)
    private func tail() -> String {
        if Interruption.stopping.load(ordering: .sequentiallyConsistent) { Interruption.awaitStop() }
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").suffix(3).joined(separator: " | ")
    }
}
