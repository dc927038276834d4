import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The connection a request came on, for an answer that waits for something to happen
/// (the preview's "answer when the site changes"). While it waits, the connection counts
/// as waiting on its client, so a full `ConnectionTable` may close it to make room: a
/// waiting answer never holds a place another client needs.
package struct HTTPConnection: Sendable {
    let descriptor: Int32
    let table: ConnectionTable

    /// Runs `body` with the connection marked as waiting (it may be closed meanwhile:
    /// `wait(for:until:)` says so), then as answering again.
    package func waiting<T>(_ body: () -> T) -> T {
        table.markWaiting(descriptor)
        defer { table.markAnswering(descriptor) }
        return body()
    }

    /// Waits until `other` (a descriptor another thread makes readable to wake this one;
    /// -1 for none) can be read, the connection closes, or `deadline` passes: false when
    /// the connection closed.
    package func wait(for other: Int32, until deadline: ContinuousClock.Instant) -> Bool {
        var watched = [
            pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
            pollfd(fd: other, events: Int16(POLLIN), revents: 0),
        ]
        while true {
            let left = ContinuousClock.now.duration(to: deadline).seconds
            guard left > 0 else { return true }
            let ready = poll(&watched, 2, Int32(min(left * 1000, 60_000).rounded(.up)))
            if ready < 0, errno != EINTR { return isOpen }
            guard ready > 0 else { continue }
            if watched[0].revents != 0, !isOpen { return false }
            if watched[1].revents != 0 { return true }
            // The client's next request came early (it is read after this answer): watch
            // `other` alone from now on.
            watched[0].fd = -1
        }
    }

    /// False once the client has closed the connection, or the table or the server's stop
    /// has shut it down: a waiting answer then stops waiting.
    private var isOpen: Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, 0) > 0 else { return true }
        if request.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return false }
        // Readable: the end of the connection (nothing to peek), or its next request.
        var byte: UInt8 = 0
        return recv(descriptor, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT)) > 0
    }
}
