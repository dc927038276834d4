import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a site into a fresh folder beside the output, then swaps it into place only
/// when everything is written: a failed build never leaves a half-written site.
public struct OutputFolder: Sendable {
    public let destination: URL
    public let staging: URL
    private var fileManager: FileManager { .default }

    public init(path: String) throws {
        destination = URL(fileURLWithPath: path).standardizedFileURL
        let parent = destination.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        // Same parent folder, so the final rename never crosses file systems.
        staging = parent.appendingPathComponent(".\(destination.lastPathComponent).quarterly-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    /// Creates, once each, every folder these files sit in, so they can then be written
    /// on every core without each write checking its folders again.
    public func createFolders(for relativePaths: [String]) throws {
        let folders = Set(relativePaths.map { ($0 as NSString).deletingLastPathComponent })
        for folder in folders.sorted() where !folder.isEmpty {
            try fileManager.createDirectory(
                at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
    }

    /// Writes one file whose folder `createFolders(for:)` has made. Plain POSIX writes:
    /// `Data.write(to:)` also fsyncs every file, a tenth of a small site's build, and a
    /// staged site needs no durability until the swap (a crash leaves the old site).
    public func writeIntoExistingFolder(_ data: Data, to relativePath: String) throws {
        let path = staging.appendingPathComponent(relativePath).path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                offset += written
            }
        }
    }

    public func copyItem(at source: URL, to relativePath: String) throws {
        let url = staging.appendingPathComponent(relativePath)
        try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try fileManager.copyItem(at: source, to: url)
    }

    /// Puts the staged site in place of the old one. The old folder is moved aside and
    /// deleted only after the new one is in place. Builds into the same folder at the
    /// same time take turns here (an advisory lock beside the output), so each swap
    /// is whole and the last to finish wins.
    public func publish() throws {
        let lock = try PublishLock(beside: destination)
        defer { lock.release() }
        if fileManager.fileExists(atPath: destination.path) {
            // One atomic exchange where the file system allows it: the output is never
            // missing, even for a moment, and the staging name ends up holding the old site.
            if let exchange = PublishLock.exchange,
                exchange(AT_FDCWD, staging.path, AT_FDCWD, destination.path, renameExchange) == 0
            {
                try? fileManager.removeItem(at: staging)
                return
            }
            let old = staging.deletingLastPathComponent()
                .appendingPathComponent(".\(destination.lastPathComponent).old-\(UUID().uuidString)")
            try fileManager.moveItem(at: destination, to: old)
            do {
                try fileManager.moveItem(at: staging, to: destination)
            } catch {
                try? fileManager.moveItem(at: old, to: destination)
                throw error
            }
            try? fileManager.removeItem(at: old)
        } else {
            try fileManager.moveItem(at: staging, to: destination)
        }
    }

    /// Removes the staging folder after a failure.
    public func discard() {
        try? fileManager.removeItem(at: staging)
    }
}

/// `flock` on `.<output>.lock` in the output's parent folder. The file is left in place:
/// deleting a lock file while another process waits on it would let a third one in.
struct PublishLock {
    private let descriptor: Int32

    init(beside destination: URL) throws {
        let path = destination.deletingLastPathComponent().appendingPathComponent(
            ".\(destination.lastPathComponent).lock"
        ).path
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path]) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(descriptor)
                throw CocoaError(.fileLocking, userInfo: [NSFilePathErrorKey: path])
            }
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// glibc's `renameat2`, looked up at run time because Swift's Glibc module leaves it out
    /// (it needs `_GNU_SOURCE`). Nil elsewhere; publishing then falls back to two renames.
    static let exchange: RenameAt2? = {
        #if os(Linux)
            guard let symbol = dlsym(nil, "renameat2") else { return nil }
            return unsafeBitCast(symbol, to: RenameAt2.self)
        #else
            return nil
        #endif
    }()
}

/// `RENAME_EXCHANGE` from <linux/fs.h>.
private let renameExchange: UInt32 = 1 << 1
