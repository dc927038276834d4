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
    /// `isOpen` says so), then as answering again.
    package func waiting<T>(_ body: () -> T) -> T {
        table.markWaiting(descriptor)
        defer { table.markAnswering(descriptor) }
        return body()
    }

    /// False once the client has closed the connection, or the table or the server's stop
    /// has shut it down: a waiting answer then stops waiting.
    package var isOpen: Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        guard poll(&request, 1, 0) > 0 else { return true }
        if request.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return false }
        // Readable: the end of the connection (nothing to peek), or its next request.
        var byte: UInt8 = 0
        return recv(descriptor, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT)) > 0
    }
}
