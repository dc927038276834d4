import Foundation
import QuarterlyBuiltins
import QuarterlyContent
import QuarterlyModel
import Synchronization

/// Where `quarterly build` keeps the content as parsed (`ParsedFileStore`) between builds
/// into one output folder: a file of the user's cache folder named by the output and
/// content folders, never in the site itself (it holds every file's text, drafts too).
/// It is used only while the output folder holds the last build's `.quarterly-cache`, so a
/// build into a new or emptied folder starts cold, as the output cache does.
public final class ParsedContentCache: Sendable {
    let file: String
    let identity: String
    /// The output folder, absolute: the store's owner.
    private let output: String
    private let pending = Mutex<Background<Void>?>(nil)

    /// Nil when the build keeps no cache (`--no-cache`, or no cache folder).
    init?(options: BuildOptions) {
        guard options.reuseOutput, let folder = options.cacheFolder else { return nil }
        let output = URL(fileURLWithPath: options.outputDirectory).standardizedFileURL.path
        let content = URL(fileURLWithPath: options.contentDirectory).standardizedFileURL.path
        file = folder + "/parsed-" + StableDigest(output + "\u{0}" + content).hex
        identity = [Builtins.version, Builtins.commit, OutputCache.executableIdentity(), content].joined(
            separator: "\u{0}")
        self.output = output
    }

    /// The last build's store, or an empty one.
    func read() -> ParsedFileStore {
        guard Self.hasSite(output), let bytes = Self.bytes(of: file)
        else { return ParsedFileStore(bytes: [], identity: identity) }
        return ParsedFileStore(bytes: bytes, identity: identity)
    }

    /// Whether the output folder holds a site a build made (its manifest).
    private static func hasSite(_ output: String) -> Bool {
        access(output + "/" + CacheManifest.fileName, F_OK) == 0
    }

    /// Writes the next store on another thread (`finish` waits for it). The new entries
    /// are added to the end of the last store while at least two thirds of it is still
    /// kept; otherwise the store is written anew, through a file renamed over the old.
    /// A store that cannot be written is left as it was (at worst cut short, which its
    /// reader notices): the next build parses more files again, nothing else.
    func write(_ parts: [ParsedFileStore.Part], after previous: ParsedFileStore) {
        let (file, identity, output) = (file, identity, output)
        let writing = Background {
            defer { Self.removeAbandoned(besides: file) }
            if previous.length > 0, 3 * parts.keptLength >= 2 * previous.length {
                guard parts.added else { return }
                let descriptor = open(file, O_WRONLY | O_CLOEXEC)
                guard descriptor >= 0 else { return }
                defer { close(descriptor) }
                // From the end of its last whole entry: a store cut short is mended.
                guard ftruncate(descriptor, off_t(previous.length)) == 0,
                    lseek(descriptor, off_t(previous.length), SEEK_SET) >= 0
                else { return }
                _ = ParsedFileStore.encode(parts, identity: nil) { Self.write($0, to: descriptor) }
                return
            }
            let folder = (file as NSString).deletingLastPathComponent
            guard
                (try? FileManager.default.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]))
                    != nil
            else { return }
            let temporary = file + ".\(getpid()).\(UInt32.random(in: 0...UInt32.max))"
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { return }
            let written = ParsedFileStore.encode(parts, identity: (output, identity)) {
                Self.write($0, to: descriptor)
            }
            close(descriptor)
            if !written || rename(temporary, file) != 0 { unlink(temporary) }
        }
        pending.withLock { $0 = writing }
    }

    /// Adds which published records compared clean, and what the checks found, to the end
    /// of the store being written (after it), so that the next build compares only the
    /// records whose files changed, and checks the files only when front matter changed.
    func keep(reports clean: [QuarterID: StableDigest], checks: CheckMemo) {
        let file = file
        pending.withLock { pending in
            let before = pending
            pending = Background {
                before?.value
                let descriptor = open(file, O_WRONLY | O_APPEND | O_CLOEXEC)
                guard descriptor >= 0 else { return }
                defer { close(descriptor) }
                let parts =
                    [ParsedFileStore.reportsPart(clean)] + [ParsedFileStore.checksPart(checks)].compactMap { $0 }
                _ = ParsedFileStore.encode(parts, identity: nil) {
                    Self.write($0, to: descriptor)
                }
            }
        }
    }

    /// Removes the stores, beside this one, of output folders that no longer hold a site
    /// (removed, or moved), and what a build stopped while writing left; only those left
    /// alone for an hour, so a build into a new folder keeps its first store.
    private static func removeAbandoned(besides file: String) {
        let folder = (file as NSString).deletingLastPathComponent
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let hourAgo = Date().timeIntervalSince1970 - 3600
        for name in names where name.hasPrefix("parsed-") {
            let path = folder + "/" + name
            guard path != file else { continue }
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG,
                Double(info.st_mtim.tv_sec) < hourAgo
            else { continue }
            // A name with a dot is a store being written (or left by a build stopped then).
            if name.contains(".") || Self.owner(of: path).map(Self.hasSite) != true { unlink(path) }
        }
    }

    /// The output folder the store at `path` belongs to, from its first bytes.
    private static func owner(of path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: 8192)
        let count = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
        guard count > 0 else { return nil }
        return ParsedFileStore.owner(of: Array(bytes[..<count]))
    }

    /// Waits for the store being written.
    func finish() {
        _ = pending.withLock { $0 }?.value
    }

    private static func write(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        bytes.withUnsafeBytes { WholeFile.write($0, to: descriptor) } == nil
    }

    /// The whole file, read straight into the array; nil when it cannot be read.
    private static func bytes(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return try? WholeFile.read(descriptor, size: Int(info.st_size)).get()
    }
}
