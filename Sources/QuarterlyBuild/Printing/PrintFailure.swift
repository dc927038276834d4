#if canImport(Glibc)
    import Glibc
#endif

/// Why a report could not be printed, in a sentence for the build's error.
package enum PrintFailure: Error, Sendable, CustomStringConvertible {
    /// A system call failed (the action, its errno).
    case system(String, Int32)
    /// The browser closed its pipe or ended (with the last lines it wrote).
    case browserGone(log: String)
    /// The browser did not answer in time (what it was doing).
    case timedOut(String)
    /// The browser answered a command with an error, or with something unreadable.
    case protocolError(String)

    package var description: String {
        switch self {
        case .system(let action, let code): "could not \(action): \(String(cString: strerror(code)))"
        case .browserGone(let log): "the browser ended unexpectedly" + (log.isEmpty ? "" : " (it said: \(log))")
        case .timedOut(let what): "the browser did not \(what) in time"
        case .protocolError(let what): "the browser's DevTools protocol failed: \(what)"
        }
    }
}
