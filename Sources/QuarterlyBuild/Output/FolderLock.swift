import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive `flock` on a folder itself, not on a lock file: nothing is left behind,
/// in a work tree or in the site. The kernel drops it when the process ends, however it
/// ends, so a folder whose lock is free has no running build.
final class FolderLock: Sendable {
    private let descriptor: Int32
    private let held = Mutex(true)

    /// Waits for the lock on `path`.
    init(_ path: String) throws {
        descriptor = try Self.open(path)
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let code = errno
                close(descriptor)
                throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
            }
        }
    }

    /// Takes the lock on `path` only if no one holds it.
    init?(ifFree path: String) {
        guard let descriptor = try? Self.open(path) else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
    }

    func release() {
        let wasHeld = held.withLock { held in
            defer { held = false }
            return held
        }
        if wasHeld { close(descriptor) }
    }

    deinit { release() }

    private static func open(_ path: String) throws -> Int32 {
        let descriptor = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        return descriptor
    }
}
