import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The preview's HTTP/1.1 server, on 127.0.0.1 only: a thread accepts connections, and
/// each connection has a thread of its own that reads a request, asks `answer` for the
/// path and writes the result, within `HTTPLimits`. It answers `GET` and `HEAD`, reads no
/// bodies, and keeps connections open between requests as browsers expect.
package final class HTTPFront: Sendable {
    package let port: UInt16
    let limits: HTTPLimits
    package let connections: ConnectionTable
    private let listener: Int32
    private let listenerOpen = Mutex(true)
    /// Written to, to wake the accepting thread when the server stops.
    private let wake: (read: Int32, write: Int32)
    private let answer: @Sendable (_ path: String, _ connection: HTTPConnection) -> HTTPAnswer

    /// Listens at once, so that a port in use is reported at once.
    package convenience init(
        port: UInt16, limits: HTTPLimits, answer: @escaping @Sendable (_ path: String) -> HTTPAnswer
    ) throws {
        try self.init(port: port, limits: limits) { path, _ in answer(path) }
    }

    /// `answer` is given the connection too, for an answer that waits (`HTTPConnection`).
    package init(
        port: UInt16, limits: HTTPLimits,
        answer: @escaping @Sendable (_ path: String, _ connection: HTTPConnection) -> HTTPAnswer
    ) throws {
        self.limits = limits
        self.answer = answer
        connections = ConnectionTable(capacity: limits.connections)
        (listener, self.port) = try Self.listen(on: port)
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            let failure = ListenFailure(port: port, errno: errno)
            close(listener)
            throw failure
        }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        wake = (ends[0], ends[1])
    }

    /// A non-blocking socket listening on 127.0.0.1, and the port it has.
    private static func listen(on port: UInt16) throws -> (Int32, UInt16) {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard listener >= 0 else { throw ListenFailure(port: port, errno: errno) }
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let listening = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(listener, $0, length) == 0 && Glibc.listen(listener, 128) == 0
                    && getsockname(listener, $0, &length) == 0
            }
        }
        guard listening else {
            let failure = ListenFailure(port: port, errno: errno)
            close(listener)
            throw failure
        }
        SocketIO.makeNonBlocking(listener)
        return (listener, UInt16(bigEndian: address.sin_port))
    }

    /// Accepts connections on a thread of its own until `stop()`.
    package func start() {
        let accepting = Thread { [self] in acceptUntilStopped() }
        accepting.start()
    }

    package func stop() {
        var byte: UInt8 = 1
        _ = Glibc.write(wake.write, &byte, 1)
    }

    private func acceptUntilStopped() {
        // Held back for when no descriptor is left: closed for a moment, it lets one
        // waiting client be accepted and told to come back.
        var reserve = open("/dev/null", O_RDONLY | O_CLOEXEC)
        var watched = [
            pollfd(fd: listener, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            guard poll(&watched, 2, -1) >= 0 else {
                if errno != EINTR { usleep(10_000) }
                continue
            }
            if watched[1].revents != 0 { break }
            if watched[0].revents != 0 { acceptOne(reserve: &reserve) }
        }
        closeListener()
        close(reserve)
        connections.shutDownAll()
    }

    /// Once: when it stops, or when it is let go without having started.
    private func closeListener() {
        listenerOpen.withLock { open in
            if open { close(listener) }
            open = false
        }
    }

    deinit {
        closeListener()
        close(wake.read)
        close(wake.write)
    }

    private func acceptOne(reserve: inout Int32) {
        let descriptor = accept(listener, nil, nil)
        guard descriptor >= 0 else {
            switch errno {
            case EMFILE, ENFILE: outOfDescriptors(reserve: &reserve)
            case EAGAIN, EWOULDBLOCK, EINTR, ECONNABORTED, EPROTO: break
            // Short of memory or buffers: give the system a moment.
            default: usleep(10_000)
            }
            return
        }
        SocketIO.makeNonBlocking(descriptor)
        guard connections.admit(descriptor) else { return Self.refuseBusy(descriptor) }
        Thread { [self] in serve(descriptor) }.start()
    }

    /// No descriptor is left (the file limit is reached): close a waiting connection to
    /// make room, or, if all are answering, turn away the next client with 503.
    private func outOfDescriptors(reserve: inout Int32) {
        if connections.evictLongestWaiting() {
            // Its thread closes it in a moment.
            usleep(1000)
            return
        }
        if reserve >= 0 {
            close(reserve)
            let descriptor = accept(listener, nil, nil)
            if descriptor >= 0 { Self.refuseBusy(descriptor) }
        } else {
            usleep(10_000)
        }
        reserve = open("/dev/null", O_RDONLY | O_CLOEXEC)
    }

    /// Answers 503 without reading the request, from the accepting thread: only what has
    /// already arrived is read, and nothing waits.
    private static func refuseBusy(_ descriptor: Int32) {
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        _ = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
        let busy = HTTPRefusal(.serviceUnavailable, headers: [("Retry-After", "1")]).answer
        _ = SocketIO.write(busy.bytes(forHEAD: false, keepAlive: false), to: descriptor, until: .now)
        close(descriptor)
    }

    /// One connection: requests one after another until the client closes, a limit is
    /// passed, or the connection is closed to make room.
    private func serve(_ descriptor: Int32) {
        defer { connections.close(descriptor) }
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            connections.markWaiting(descriptor)
            var scanner = HTTPRequestHead.Scanner(limits: limits)
            var deadline = ContinuousClock.now + .seconds(buffer.isEmpty ? limits.idleTimeout : limits.headTimeout)
            var progress = scanner.progress(in: buffer)
            while progress == .incomplete {
                guard let bytes = SocketIO.read(descriptor, into: &chunk, until: deadline) else {
                    // Half a request that stopped coming is told so; a silent client is just closed.
                    if !buffer.isEmpty, ContinuousClock.now >= deadline {
                        refuse(descriptor, HTTPRefusal(.requestTimeout))
                    }
                    return
                }
                if buffer.isEmpty { deadline = .now + .seconds(limits.headTimeout) }
                buffer += bytes
                progress = scanner.progress(in: buffer)
            }
            guard case .complete(let end) = progress else {
                if case .refused(let status) = progress { refuse(descriptor, HTTPRefusal(status)) }
                return
            }
            let request = HTTPRequestHead.parse(buffer[..<end])
            buffer.removeFirst(end)
            switch request {
            case .failure(let refusal):
                return refuse(descriptor, refusal)
            case .success(let request):
                connections.markAnswering(descriptor)
                let connection = HTTPConnection(descriptor: descriptor, table: connections)
                let bytes = answer(request.path, connection).bytes(
                    forHEAD: request.isHEAD, keepAlive: request.keepAlive)
                // Waiting for a client to take its answer is waiting on the client: it may give way.
                connections.markWaiting(descriptor)
                guard SocketIO.write(bytes, to: descriptor, until: .now + .seconds(limits.writeTimeout)),
                    request.keepAlive
                else { return }
            }
        }
    }

    private func refuse(_ descriptor: Int32, _ refusal: HTTPRefusal) {
        connections.markWaiting(descriptor)
        let bytes = refusal.answer.bytes(forHEAD: false, keepAlive: false)
        if SocketIO.write(bytes, to: descriptor, until: .now + .seconds(limits.writeTimeout)) {
            SocketIO.closeGently(descriptor)
        }
    }
}

/// The preview could not listen on its port.
public struct ListenFailure: Error, CustomStringConvertible {
    public let port: UInt16
    /// Another program (perhaps another `quarterly serve`) listens there.
    public let inUse: Bool
    let reason: String

    init(port: UInt16, errno code: Int32) {
        self.port = port
        inUse = code == EADDRINUSE
        reason = String(cString: strerror(code))
    }

    public var description: String {
        inUse ? "port \(port) is already in use" : "cannot listen on port \(port): \(reason)"
    }
}
