import Foundation
import QuarterlyServe
import Synchronization
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The preview's HTTP front against clients that are slow, careless or hostile.
@Suite("The preview's HTTP front")
struct HTTPFrontTests {
    /// Short limits, so that each is met within a test's time.
    static func limits(connections: Int = 8) -> HTTPLimits {
        var limits = HTTPLimits(connections: connections)
        limits.requestLine = 1024
        limits.head = 4096
        limits.idleTimeout = 0.3
        limits.headTimeout = 0.5
        return limits
    }

    static func start(
        _ limits: HTTPLimits = limits(), answer: @escaping @Sendable (String) -> HTTPAnswer = Self.echo
    ) throws -> HTTPFront {
        let front = try HTTPFront(port: 0, limits: limits, answer: answer)
        front.start()
        return front
    }

    @Sendable static func echo(_ path: String) -> HTTPAnswer {
        HTTPAnswer(status: .ok, contentType: "text/plain", body: Data("path \(path)".utf8))
    }

    @Test func answersGETAndHEADWithTheSameHeaders() throws {
        let front = try Self.start()
        defer { front.stop() }
        let get = try RawClient(port: front.port).exchange("GET /a/b?q=1 HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(get.status == 200)
        #expect(get.body == "path /a/b")
        #expect(get.headers["connection"] == "keep-alive")
        let head = try RawClient(port: front.port).exchange("HEAD /a/b HTTP/1.1\r\nConnection: close\r\n\r\n")
        #expect(head.status == 200)
        #expect(head.headers["content-length"] == "\("path /a/b".utf8.count)")
        #expect(head.body.isEmpty && head.closed, "HEAD has no body")
    }

    @Test func keepsAConnectionForRequestsInTurn() throws {
        let front = try Self.start()
        defer { front.stop() }
        let client = try RawClient(port: front.port)
        client.send("GET /one HTTP/1.1\r\n\r\nGET /two HTTP/1.1\r\n\r\n")
        #expect(client.readAnswer()?.body == "path /one")
        #expect(client.readAnswer()?.body == "path /two")
        client.send("GET /three HTTP/1.0\r\n\r\n")
        let last = client.readAnswer()
        #expect(last?.body == "path /three" && last?.headers["connection"] == "close")
        #expect(client.readToEnd().closed, "HTTP/1.0 closes after its answer")
    }

    @Test(arguments: [
        ("GET /" + String(repeating: "a", count: 300_000) + " HTTP/1.1\r\n\r\n", 414),
        ("GET / HTTP/1.1\r\nX-Big: " + String(repeating: "b", count: 40_000) + "\r\n\r\n", 431),
        ("GET / HTTP/1.1\r\n" + String(repeating: "X-Many: c\r\n", count: 500) + "\r\n", 431),
        ("NONSENSE\r\n\r\n", 400),
        ("GET relative HTTP/1.1\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nNo colon here\r\n\r\n", 400),
        ("GET / HTTP/2.0\r\n\r\n", 505),
        ("POST /form HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc", 405),
    ])
    func refusesWhatItCannotOrWillNotRead(request: String, status: Int) throws {
        let front = try Self.start()
        defer { front.stop() }
        let started = ContinuousClock.now
        let client = try RawClient(port: front.port)
        client.send(request)
        let answer = client.readToEnd()
        #expect(answer.status == status, "\(request.prefix(40))")
        #expect(answer.closed)
        #expect(started.duration(to: .now) < .seconds(1.5))
        if status == 405 { #expect(answer.headers["allow"] == "GET, HEAD") }
    }

    @Test func dropsIdleAndHalfSentConnections() throws {
        let front = try Self.start()
        defer { front.stop() }
        let started = ContinuousClock.now
        let idle = try RawClient(port: front.port)
        #expect(idle.readToEnd(seconds: 3) == RawClient.Received(closed: true), "an idle client is closed silently")
        #expect(started.duration(to: .now) < .seconds(1))

        // A byte every 0.1 s keeps it busy, but the head must be whole within 0.5 s.
        let slow = try RawClient(port: front.port)
        let trickleStart = ContinuousClock.now
        for byte in "GET / HTTP/1.1\r\nX-Slow: abcdefghijklmnop" {
            slow.send(String(byte))
            if slow.hasAnswered { break }
            usleep(100_000)
        }
        #expect(slow.readToEnd(seconds: 2).status == 408)
        #expect(trickleStart.duration(to: .now) < .seconds(1.5))
        // After the answer, the server reads what is still sent for at most a second, then lets go.
        let lingerStart = ContinuousClock.now
        while front.connections.count > 0, lingerStart.duration(to: .now) < .seconds(2) { usleep(10_000) }
        #expect(front.connections.count == 0)
    }

    @Test func aFullTableClosesTheConnectionThatWaitedLongest() throws {
        let front = try Self.start(Self.limits(connections: 2))
        defer { front.stop() }
        let oldest = try RawClient(port: front.port)
        usleep(20_000)
        let other = try RawClient(port: front.port)
        usleep(20_000)
        let answer = try RawClient(port: front.port).exchange("GET /new HTTP/1.1\r\n\r\n")
        #expect(answer.status == 200)
        #expect(oldest.readToEnd(seconds: 0.2).closed, "the longest-waiting connection made room")
        other.send("GET /other HTTP/1.1\r\n\r\n")
        #expect(other.readAnswer()?.status == 200, "the other one is still served")
    }

    @Test func whenEveryConnectionIsAnsweringANewOneIsTurnedAway() throws {
        let release = DispatchSemaphore(value: 0)
        let front = try Self.start(Self.limits(connections: 1)) { path in
            if path == "/slow" { release.wait() }
            return Self.echo(path)
        }
        defer { front.stop() }
        let busy = try RawClient(port: front.port)
        busy.send("GET /slow HTTP/1.1\r\n\r\n")
        usleep(50_000)
        let turnedAway = try RawClient(port: front.port).exchange("GET / HTTP/1.1\r\n\r\n")
        #expect(turnedAway.status == 503)
        #expect(turnedAway.headers["retry-after"] == "1")
        release.signal()
        #expect(busy.readAnswer()?.body == "path /slow")
    }

    @Test func aClientThatDoesNotReadItsAnswerGivesWay() throws {
        let large = Data(count: 16 << 20)
        let front = try Self.start(Self.limits(connections: 1)) { path in
            path == "/large"
                ? HTTPAnswer(status: .ok, contentType: "application/octet-stream", body: large) : Self.echo(path)
        }
        defer { front.stop() }
        let stuck = try RawClient(port: front.port)
        stuck.send("GET /large HTTP/1.1\r\n\r\n")
        usleep(100_000)
        let started = ContinuousClock.now
        #expect(try RawClient(port: front.port).exchange("GET /next HTTP/1.1\r\n\r\n").status == 200)
        #expect(started.duration(to: .now) < .seconds(1))
    }

    final class Waits: Sendable {
        let list = Mutex<[(open: Bool, seconds: Double)]>([])
    }

    /// An answer that waits (the preview's wait for its next rebuild) until its connection
    /// closes, for at most 10 s; says how long it waited and whether the connection was open.
    static func startWaiting(_ limits: HTTPLimits, waited: Waits) throws -> HTTPFront {
        let front = try HTTPFront(port: 0, limits: limits) { path, connection in
            guard path == "/wait" else { return Self.echo(path) }
            let started = ContinuousClock.now
            let open = connection.waiting { connection.wait(for: -1, until: started + .seconds(10)) }
            waited.list.withLock { $0.append((open, started.duration(to: .now).seconds)) }
            return Self.echo(path)
        }
        front.start()
        return front
    }

    @Test func anAnswerThatWaitsGivesWayToANewClient() throws {
        let waited = Waits()
        let front = try Self.startWaiting(Self.limits(connections: 1), waited: waited)
        defer { front.stop() }
        let waiting = try RawClient(port: front.port)
        waiting.send("GET /wait HTTP/1.1\r\n\r\n")
        usleep(100_000)
        #expect(
            try RawClient(port: front.port).exchange("GET /next HTTP/1.1\r\n\r\n").status == 200,
            "a waiting answer does not hold the only place")
        #expect(waiting.readToEnd(seconds: 2).closed, "the waiting connection was closed to make room")
        let started = ContinuousClock.now
        while waited.list.withLock({ $0.isEmpty }), started.duration(to: .now) < .seconds(3) { usleep(10_000) }
        let seen = waited.list.withLock { $0 }
        #expect(
            seen.count == 1 && seen[0].open == false && seen[0].seconds < 1,
            "its answer stopped waiting at once: \(seen)")
    }

    @Test(arguments: ["client closes", "server stops"])
    func anAnswerThatWaitsEndsWithItsConnection(ending: String) throws {
        let waited = Waits()
        let front = try Self.startWaiting(Self.limits(), waited: waited)
        var client: RawClient? = try RawClient(port: front.port)
        client?.send("GET /wait HTTP/1.1\r\n\r\n")
        usleep(100_000)
        if ending == "client closes" { client = nil } else { front.stop() }
        let started = ContinuousClock.now
        while waited.list.withLock({ $0.isEmpty }), started.duration(to: .now) < .seconds(3) { usleep(10_000) }
        let seen = waited.list.withLock { $0 }
        #expect(seen.count == 1 && seen[0].open == false && seen[0].seconds < 1, "\(ending): \(seen)")
        if ending == "client closes" { front.stop() }
        withExtendedLifetime(client) {}
    }

    @Test func scansAHeadByteByByteOnce() {
        var scanner = HTTPRequestHead.Scanner(limits: Self.limits())
        let head = Array("GET / HTTP/1.1\r\nHost: x\r\n\r\nGET /next".utf8)
        var buffer: [UInt8] = []
        var progress = HTTPRequestHead.Progress.incomplete
        for byte in head where progress == .incomplete {
            buffer.append(byte)
            progress = scanner.progress(in: buffer)
        }
        #expect(progress == .complete(end: 27))
        #expect(
            HTTPRequestHead.parse(buffer[..<27])
                == .success(HTTPRequestHead(isHEAD: false, path: "/", keepAlive: true)))
        #expect(HTTPRequestHead.path(of: "http://127.0.0.1:8000/a/b?c#d") == "/a/b")
        #expect(HTTPRequestHead.path(of: "*") == nil)
    }
}

/// A client that sends exactly the bytes a test gives, over a real socket.
final class RawClient {
    let descriptor: Int32

    struct Received: Equatable {
        var bytes = Data()
        var closed = false

        /// The status of the first answer in the bytes (0 if none).
        var status: Int { Int(text.split(separator: " ").dropFirst().first ?? "") ?? 0 }
        var text: String { String(decoding: bytes, as: UTF8.self) }
        var headers: [String: String] {
            let head = text.components(separatedBy: "\r\n\r\n").first ?? ""
            return Dictionary(
                head.components(separatedBy: "\r\n").dropFirst().compactMap { line in
                    line.firstIndex(of: ":").map {
                        (line[..<$0].lowercased(), line[line.index(after: $0)...].trimmingCharacters(in: .whitespaces))
                    }
                }, uniquingKeysWith: { first, _ in first })
        }
        var body: String { text.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n") }
    }

    init(port: UInt16) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    deinit { close(descriptor) }

    /// Sends what it can; a server that closed early is not an error here.
    func send(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let sent = bytes.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { return }
            bytes = bytes.dropFirst(sent)
        }
    }

    /// Whether the server has sent something or closed.
    var hasAnswered: Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&request, 1, 0) > 0
    }

    /// Reads until the server closes, or for `seconds`.
    func readToEnd(seconds: Double = 3) -> Received {
        var received = Received()
        let deadline = ContinuousClock.now + .seconds(seconds)
        var chunk = [UInt8](repeating: 0, count: 65536)
        while ContinuousClock.now < deadline {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&request, 1, 50) > 0 else { continue }
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else {
                received.closed = true
                break
            }
            received.bytes.append(contentsOf: chunk[..<count])
        }
        return received
    }

    /// Reads one answer: its head, then as many body bytes as `Content-Length` says.
    func readAnswer(seconds: Double = 3) -> Received? {
        var received = Received()
        let deadline = ContinuousClock.now + .seconds(seconds)
        var byte: UInt8 = 0
        while ContinuousClock.now < deadline {
            if let end = received.text.range(of: "\r\n\r\n"),
                let length = Int(received.headers["content-length"] ?? ""),
                received.text[end.upperBound...].utf8.count >= length
            {
                return received
            }
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&request, 1, 50) > 0 else { continue }
            guard recv(descriptor, &byte, 1, 0) == 1 else { return nil }
            received.bytes.append(byte)
        }
        return nil
    }

    /// Sends `request` and reads until the server closes (or 3 s).
    func exchange(_ request: String) -> Received {
        send(request)
        if request.contains("Connection: close") || request.contains("HTTP/1.0") { return readToEnd() }
        return readAnswer() ?? readToEnd(seconds: 0)
    }
}
