import Glibc

/// Reads and writes of a whole file through its descriptor, retrying when interrupted:
/// the content files, the parsed-content store and the site's files all go through these.
package enum WholeFile {
    /// Why a read stopped: the `errno` of the failed call, or 0 when the file ended early
    /// (it changed while it was read).
    package struct ReadFailure: Error {
        package let code: Int32
    }

    /// Reads `size` bytes, the size `fstat` gave.
    package static func read(_ descriptor: Int32, size: Int) -> Result<[UInt8], ReadFailure> {
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + filled, size - filled) }
            if count < 0, errno == EINTR { continue }
            if count < 0 { return .failure(ReadFailure(code: errno)) }
            if count == 0 { return .failure(ReadFailure(code: 0)) }
            filled += count
        }
        return .success(bytes)
    }

    /// Writes all of `buffer`; the `errno` of a failed call.
    package static func write(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }
}
