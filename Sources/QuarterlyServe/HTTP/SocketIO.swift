import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Reads and writes on a non-blocking socket, each waiting no later than a deadline, so
/// no client can hold a thread longer than the limits allow.
enum SocketIO {
    /// Waits until `descriptor` is ready for `events` (or closed); false at the deadline.
    static func wait(_ descriptor: Int32, for events: Int32, until deadline: ContinuousClock.Instant) -> Bool {
        while true {
            let left = ContinuousClock.now.duration(to: deadline).seconds
            guard left > 0 else { return false }
            var request = pollfd(fd: descriptor, events: Int16(events), revents: 0)
            let ready = poll(&request, 1, Int32(min(left * 1000, 60_000).rounded(.up)))
            if ready > 0 { return true }
            if ready < 0, errno != EINTR { return false }
        }
    }

    /// Reads what has arrived, waiting until the deadline for something: the bytes, or
    /// nil when the client has closed, an error happened or the deadline passed.
    static func read(
        _ descriptor: Int32, into chunk: inout [UInt8], until deadline: ContinuousClock.Instant
    ) -> ArraySlice<UInt8>? {
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count > 0 { return chunk[..<count] }
            if count == 0 { return nil }
            guard errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR else { return nil }
            guard wait(descriptor, for: Int32(POLLIN), until: deadline) else { return nil }
        }
    }

    /// Writes all of `data`; false if the client is gone or has not taken it by the deadline.
    static func write(_ data: Data, to descriptor: Int32, until deadline: ContinuousClock.Instant) -> Bool {
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = send(descriptor, buffer.baseAddress! + offset, buffer.count - offset, Int32(MSG_NOSIGNAL))
                if written > 0 {
                    offset += written
                    continue
                }
                guard written < 0, errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR,
                    wait(descriptor, for: Int32(POLLOUT), until: deadline)
                else { return false }
            }
            return true
        }
    }

    /// After a refusal: stops writing, then reads and drops what the client still sends,
    /// for a moment, so that it reads the answer instead of a reset connection.
    static func closeGently(_ descriptor: Int32) {
        shutdown(descriptor, Int32(SHUT_WR))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let deadline = ContinuousClock.now + .seconds(1)
        var dropped = 0
        while dropped < 1 << 20, let bytes = read(descriptor, into: &chunk, until: deadline) {
            dropped += bytes.count
        }
    }

    static func makeNonBlocking(_ descriptor: Int32) {
        _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    }
}
