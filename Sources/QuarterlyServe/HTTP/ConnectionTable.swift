import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The open connections, each either making an answer or waiting on its client (for a
/// request, or to take an answer), and since when. A full table makes room by closing
/// the connection that has waited longest: a browser's idle keep-alive or a client that
/// stalled, never one whose answer is being made.
package final class ConnectionTable: Sendable {
    let capacity: Int
    private enum State {
        case waiting(since: ContinuousClock.Instant)
        case answering
    }

    /// By descriptor. A descriptor leaves the table before it is closed, so a number in
    /// it is never one the system has given out again.
    private let entries = Mutex<[Int32: State]>([:])

    init(capacity: Int) {
        self.capacity = capacity
    }

    package var count: Int { entries.withLock { $0.count } }

    /// Takes in a new connection, closing the longest-waiting one if the table is full;
    /// false if every connection is answering.
    func admit(_ descriptor: Int32) -> Bool {
        entries.withLock { entries in
            if entries.count >= capacity, !Self.evictLongestWaiting(&entries) { return false }
            entries[descriptor] = .waiting(since: .now)
            return true
        }
    }

    /// Closes the connection that has waited longest for a request; false if none waits.
    func evictLongestWaiting() -> Bool {
        entries.withLock { Self.evictLongestWaiting(&$0) }
    }

    func markWaiting(_ descriptor: Int32) {
        entries.withLock { if $0[descriptor] != nil { $0[descriptor] = .waiting(since: .now) } }
    }

    func markAnswering(_ descriptor: Int32) {
        entries.withLock { if $0[descriptor] != nil { $0[descriptor] = .answering } }
    }

    /// Forgets the connection and closes its descriptor, together.
    func close(_ descriptor: Int32) {
        entries.withLock { entries in
            entries[descriptor] = nil
            _ = Glibc.close(descriptor)
        }
    }

    /// Wakes every connection's thread, which then closes it (when the server stops).
    func shutDownAll() {
        entries.withLock { entries in
            for descriptor in entries.keys { shutdown(descriptor, Int32(SHUT_RDWR)) }
            entries.removeAll()
        }
    }

    /// The connection's own thread sees its reads end, and closes it.
    private static func evictLongestWaiting(_ entries: inout [Int32: State]) -> Bool {
        let waiting = entries.compactMap { descriptor, state -> (Int32, ContinuousClock.Instant)? in
            guard case .waiting(let since) = state else { return nil }
            return (descriptor, since)
        }
        guard let longest = waiting.min(by: { $0.1 < $1.1 }) else { return false }
        shutdown(longest.0, Int32(SHUT_RDWR))
        entries[longest.0] = nil
        return true
    }
}
