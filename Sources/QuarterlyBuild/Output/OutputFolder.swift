import Foundation
import QuarterlyContent

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a site into a fresh folder beside the output, then swaps it into place only
/// when everything is written: a failed build never leaves a half-written site. Whether
/// the output may be replaced at all is `OutputCheck`'s to say, before the build starts.
public struct OutputFolder: Sendable {
    public let destination: URL
    public let staging: URL
    /// `staging` as a path, to join names to without `URL.appendingPathComponent`, which
    /// asks the file system whether each name is a folder.
    let stagingPath: String
    /// Leftovers of earlier builds that could not be removed, for the build's notes.
    public let notes: [String]
    private let folders: StagingFolders
    private let stagingLock: FolderLock
    private let removeFolder: @Sendable (String) throws -> Void
    private var fileManager: FileManager { .default }
    /// The files the staging folder holds from the spare site it was made from (`SpareSite`),
    /// by path; nil when it started empty.
    let spareFiles: [String: CacheManifest.File]?

    /// `removeFolder` removes leftovers and the old site; tests make it fail.
    /// `takingSpare`: stage into the spare site the last build left, if there is one.
    public init(
        path: String,
        removeFolder: @escaping @Sendable (String) throws -> Void = { try FileManager.default.removeItem(atPath: $0) },
        takingSpare: Bool = false
    ) throws {
        destination = URL(fileURLWithPath: path).standardizedFileURL
        self.removeFolder = removeFolder
        let parent = destination.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        // Same parent folder, so the final rename never crosses file systems.
        folders = StagingFolders(parent: parent.path, outputName: destination.lastPathComponent)
        let parentLock = try FolderLock(parent.path)
        defer { parentLock.release() }
        var leftovers = folders.removeLeftovers(using: removeFolder)
        let staging = URL(fileURLWithPath: folders.newPath())
        self.staging = staging
        stagingPath = staging.path
        // Known to the signal handler before it exists, so a stop at any moment removes it.
        Interruption.stagingFolders.withLock { _ = $0.insert(staging.path) }
        // Taken only as a folder a build marked, never through a link.
        let tookSpare =
            takingSpare && SpareSite.isSpare(folders.sparePath) && rename(folders.sparePath, staging.path) == 0
        // A build that keeps nothing of the last (`--no-cache`) keeps no spare either.
        if !takingSpare, FileManager.default.fileExists(atPath: folders.sparePath) {
            do { try removeFolder(folders.sparePath) } catch {
                leftovers.append(StagingFolders.cannotRemove(folders.sparePath, error, what: "an earlier build"))
            }
        }
        var kept: [String: CacheManifest.File]? = nil
        if tookSpare {
            kept = SpareSite.sweep(staging.path)
            // Not usable: removed, or if it cannot be, set aside for the next build to
            // remove (a leftover), and the build starts from an empty folder.
            if kept == nil {
                do { try removeFolder(staging.path) } catch {
                    let aside = folders.newPath()
                    if rename(staging.path, aside) == 0 {
                        leftovers.append(StagingFolders.cannotRemove(aside, error, what: "an earlier build"))
                    }
                }
            }
        }
        notes = leftovers
        do {
            if kept == nil { try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false) }
        } catch {
            Interruption.stagingFolders.withLock { _ = $0.remove(staging.path) }
            throw error
        }
        spareFiles = kept
        do {
            stagingLock = try FolderLock(staging.path)
            try Self.write(Data(SiteMarker.text.utf8), toPath: staging.appendingPathComponent(SiteMarker.fileName).path)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            Interruption.stagingFolders.withLock { _ = $0.remove(staging.path) }
            throw error
        }
    }

    /// Creates, once each, every folder these files sit in, so they can then be written
    /// on every core without each write checking its folders again.
    public func createFolders(for relativePaths: [String]) throws {
        let folders = Set(relativePaths.map { ($0 as NSString).deletingLastPathComponent })
        for folder in folders.sorted() where !folder.isEmpty {
            // Each level made below the staging folder, never the staging folder itself:
            // once a stopped build has removed it, a folder made late must fail, not bring it back.
            var path = staging.path
            for component in folder.split(separator: "/") {
                path += "/" + component
                guard mkdir(path, 0o755) != 0 else { continue }
                var code = errno
                if code == EEXIST, spareFiles != nil, !Self.isFolder(path) {
                    // A spare site's file where this site has a folder.
                    code = unlink(path) == 0 && mkdir(path, 0o755) == 0 ? 0 : errno
                }
                if code != 0, code != EEXIST {
                    throw CocoaError(
                        .fileWriteUnknown,
                        userInfo: [
                            NSFilePathErrorKey: path,
                            NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO),
                        ])
                }
            }
        }
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Removes the files kept from the spare site that this build did not make or link
    /// (`produced` says which it did), so that the staged site holds only its own.
    func removeStaleSpareFiles(produced: (String) -> Bool) throws {
        guard let spareFiles else { return }
        try SpareSite.removeStale(in: staging.path, kept: spareFiles, produced: produced)
    }

    /// Writes one file whose folder `createFolders(for:)` has made. Plain POSIX writes:
    /// `Data.write(to:)` also fsyncs every file, a tenth of a small site's build, and a
    /// staged site needs no durability until the swap (a crash leaves the old site).
    public func writeIntoExistingFolder(_ data: Data, to relativePath: String) throws {
        let path = stagingPath + "/" + relativePath
        try clear(path)
        try Self.write(data, toPath: path)
    }

    /// Removes what a spare site has at `path` before a file is made there: a file kept
    /// from it may be the live site's too (a hard link), so it is never written through.
    private func clear(_ path: String) throws {
        guard spareFiles != nil, unlink(path) != 0, errno != ENOENT else { return }
        if errno == EISDIR || errno == EPERM { try fileManager.removeItem(atPath: path) }
    }

    /// Writes one file made in parts, in order, into a folder `createFolders(for:)` has
    /// made: each part's bytes, or (nil) the bytes `copy` puts there itself, given the
    /// file's descriptor and a run of consecutive parts' indices (so parts kept from the
    /// last build go from file to file in the kernel, never through memory). The parts
    /// are asked of `making` `batch` at a time and written before the next are made, so
    /// a file of many megabytes (a national report, site.json) is never held whole.
    /// Returns the length of each part made (nil: copied).
    func writeParts(
        count: Int, to relativePath: String, batch: Int, making: ([Int]) -> [[UInt8]?],
        copy: (Int32, Range<Int>) throws -> Void
    ) throws -> [Int?] {
        let path = stagingPath + "/" + relativePath
        try clear(path)
        let descriptor = try Self.create(path)
        defer { close(descriptor) }
        var lengths: [Int?] = []
        lengths.reserveCapacity(count)
        var kept: Range<Int>?
        for start in stride(from: 0, to: count, by: max(1, batch)) {
            let indices = Array(start..<min(count, start + max(1, batch)))
            for (index, part) in zip(indices, making(indices)) {
                lengths.append(part?.count)
                if let part {
                    if let run = kept { try copy(descriptor, run) }
                    kept = nil
                    try part.withUnsafeBytes { try Self.write($0, to: descriptor) }
                } else {
                    kept = (kept?.lowerBound ?? index)..<(index + 1)
                }
            }
        }
        if let run = kept { try copy(descriptor, run) }
        return lengths
    }

    private static func write(_ data: Data, toPath path: String) throws {
        let descriptor = try create(path)
        defer { close(descriptor) }
        try data.withUnsafeBytes { try write($0, to: descriptor) }
    }

    private static func create(_ path: String) throws -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        return descriptor
    }

    private static func write(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) throws {
        if let code = WholeFile.write(buffer, to: descriptor) {
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }

    public func copyItem(at source: URL, to relativePath: String) throws {
        let url = staging.appendingPathComponent(relativePath)
        try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try clear(url.path)
        try fileManager.copyItem(at: source, to: url)
    }

    /// Puts the staged site in place of the old one. The old folder is moved aside and
    /// deleted only after the new one is in place. Builds into the same folder at the
    /// same time take turns here (a lock on the output's parent folder), so each swap is
    /// whole and the last to finish wins. `keepingOld`: keep the old site as the next
    /// build's spare (`SpareSite`) rather than delete it. Returns a note if the old site
    /// could not be removed.
    public func publish(keepingOld: Bool = false) throws -> [String] {
        let parentLock = try FolderLock(destination.deletingLastPathComponent().path)
        defer {
            parentLock.release()
            stagingLock.release()
            Interruption.stagingFolders.withLock { _ = $0.remove(staging.path) }
        }
        // A stop (Ctrl-C) waits for the swap, so the output is never missing.
        guard let old = try Interruption.stagingFolders.withLock({ _ in try swapIntoPlace() }) else { return [] }
        // Never inside another site (`public/lancashire` in `public/`): it would be published with it.
        let insideSite = fileManager.fileExists(
            atPath: destination.deletingLastPathComponent().appendingPathComponent(SiteMarker.fileName).path)
        if keepingOld, !insideSite {
            // Any other spare is older; the one kept must be this site's predecessor.
            if fileManager.fileExists(atPath: folders.sparePath) { try? removeFolder(folders.sparePath) }
            if rename(old, folders.sparePath) == 0 { return [] }
        }
        do { try removeFolder(old) } catch {
            return [StagingFolders.cannotRemove(old, error, what: "the site this build replaced")]
        }
        return []
    }

    /// Swaps the staged site in; returns where the old site now is, if there was one.
    private func swapIntoPlace() throws -> String? {
        guard fileManager.fileExists(atPath: destination.path) else {
            try fileManager.moveItem(at: staging, to: destination)
            return nil
        }
        // One atomic exchange where the file system allows it: the output is never
        // missing, even for a moment, and the staging name ends up holding the old site.
        if let exchange = Self.exchange,
            exchange(AT_FDCWD, staging.path, AT_FDCWD, destination.path, renameExchange) == 0
        {
            return staging.path
        }
        let old = URL(fileURLWithPath: folders.newPath())
        try fileManager.moveItem(at: destination, to: old)
        do {
            try fileManager.moveItem(at: staging, to: destination)
        } catch {
            try? fileManager.moveItem(at: old, to: destination)
            throw error
        }
        return old.path
    }

    /// Gives up the staging folder before anything was written to it (the content did
    /// not pass its checks): a spare site taken for it is put back for the next build,
    /// any other staging folder removed.
    public func giveBack() {
        guard spareFiles != nil, let parentLock = try? FolderLock(destination.deletingLastPathComponent().path)
        else { return discard() }
        defer { parentLock.release() }
        stagingLock.release()
        // Never over a spare another build left meanwhile.
        if rename(staging.path, folders.sparePath) != 0 { try? fileManager.removeItem(at: staging) }
        Interruption.stagingFolders.withLock { _ = $0.remove(staging.path) }
    }

    /// Removes the staging folder after a failure.
    public func discard() {
        try? fileManager.removeItem(at: staging)
        stagingLock.release()
        Interruption.stagingFolders.withLock { _ = $0.remove(staging.path) }
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
