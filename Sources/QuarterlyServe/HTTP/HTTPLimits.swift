#if canImport(Glibc)
    import Glibc
#endif

/// What one client may cost the preview: a request's size, how long it may take to
/// arrive, how long an idle connection is kept, and how many are open at once. A
/// browser stays far inside them; a stuck or hostile client meets them in seconds.
public struct HTTPLimits: Sendable {
    /// Bytes of the request line (`GET /path HTTP/1.1`); a longer one is answered 414.
    public var requestLine = 8 * 1024
    /// Bytes of the request line and headers together; more is answered 431.
    public var head = 32 * 1024
    /// Seconds from a request's first byte to the end of its headers.
    public var headTimeout = 10.0
    /// Seconds a connection may wait for its next request.
    public var idleTimeout = 30.0
    /// Seconds an answer may take to be taken up by the client.
    public var writeTimeout = 30.0
    /// Connections open at once. When all are making answers, a new one is answered 503;
    /// otherwise the one that has waited longest (for a request, or for its client to take
    /// an answer) is closed to make room.
    public var connections: Int

    public init(connections: Int? = nil) {
        self.connections = connections ?? Self.connectionsForFileLimit()
    }

    /// 64, or fewer when the process may open few files: each connection is one, and
    /// loading the content needs some too.
    static func connectionsForFileLimit() -> Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 64 }
        return max(4, min(64, Int(clamping: limit.rlim_cur) / 4))
    }
}
