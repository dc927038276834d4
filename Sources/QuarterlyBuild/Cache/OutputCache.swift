import Foundation
import QuarterlyBuiltins
import QuarterlyModel
import QuarterlyRender
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The build cache: a file whose job reads nothing that changed since the last build into
/// the same output folder is taken from that build's output (hard-linked into the new
/// site, so it costs no copy), not made again. A job's key is the digest of what every
/// file is made from (the program, the templates, the build's settings and the content
/// besides updates: `sharedKey`) and of what the job reads (`ContentRead`); the last
/// build's keys are in its `.quarterly-cache` (`CacheManifest`).
package final class OutputCache: Sendable {
    let shared: StableDigest
    private let digests: ContentDigests
    /// The last build's jobs, when it was made from the same shared key.
    private let previous: CacheManifest?
    private let destination: URL
    /// `destination` as a path: `URL.appendingPathComponent` asks the file system whether
    /// each name is a folder, which cost a `stat` per file reused.
    private let destinationPath: String
    /// Each job's files; for one taken from the last build, as `stat` found them when linked.
    private let made = Mutex<
        [String: (key: StableDigest, paths: [String], segments: [CacheManifest.Segment], files: [CacheManifest.File]?)]
    >([:])
    private let reusedFiles = Atomic<Int>(0)

    /// `previous`: the manifest of the site in `destination` (nil: nothing is reused).
    package init(shared: StableDigest, digests: ContentDigests, destination: URL, previous: CacheManifest?) {
        self.shared = shared
        self.digests = digests
        self.destination = destination
        destinationPath = destination.path
        self.previous = previous?.shared == shared ? previous : nil
    }

    /// How many files were taken from the last build.
    var reused: Int { reusedFiles.load(ordering: .relaxed) }

    /// The path of every file the jobs made or took from the last build.
    var paths: Set<String> { made.withLock { Set($0.values.flatMap(\.paths)) } }

    /// A job's key, from everything it reads. For a file made in parts too: its parts'
    /// keys (`segmentKeys`) are worked out only when it must be made, so an unchanged
    /// report is taken whole without making its context and frame to narrow its parts.
    package func key(of job: OutputJob, printed: [QuarterID: PrintedReport]) -> StableDigest {
        var hasher = StableHasher()
        hasher.combine(shared)
        hasher.combine(job.name)
        hasher.combine(job.segments.count)
        for read in job.reads { hasher.combine(digests.digest(of: read, printed: printed)) }
        return hasher.finalize()
    }

    /// The key of a report's PDF: what its quarter page reads (the page is printed before
    /// any PDF is known, so without one), and the browser that prints it.
    func printKey(of name: String, reads: [ContentRead], printer: String) -> StableDigest {
        var hasher = StableHasher()
        hasher.combine(shared)
        hasher.combine(name)
        hasher.combine(printer)
        for read in reads { hasher.combine(digests.digest(of: read, printed: [:])) }
        return hasher.finalize()
    }

    /// The key of each part of a job made in parts.
    package func segmentKeys(of job: OutputJob, printed: [QuarterID: PrintedReport]) -> [StableDigest] {
        job.segments.indices.map { index in
            var hasher = StableHasher()
            hasher.combine(shared)
            hasher.combine(job.name)
            hasher.combine(index)
            if let narrowed = job.narrowed?(index) {
                for read in narrowed.reads { hasher.combine(digests.digest(of: read, printed: printed)) }
                hasher.combine(narrowed.shown)
            } else {
                for read in job.segments[index].reads { hasher.combine(digests.digest(of: read, printed: printed)) }
            }
            return hasher.finalize()
        }
    }

    /// The last build's file of a job made in parts, when it is still as that build
    /// wrote it: its parts can be read from it by key.
    func previousParts(of name: String) -> PreviousParts? {
        guard let job = previous?.jobs[name], !job.segments.isEmpty, job.files.count == 1 else { return nil }
        return PreviousParts(path: destinationPath + "/" + job.files[0].path, job: job)
    }

    /// Links the last build's files of the job into `staging` when its key is unchanged
    /// and each file is still as that build wrote it, and records them for the next
    /// manifest; returns their paths, or nil (the job must be made).
    /// `makeFolder` makes the folder a file goes in, before it is linked there.
    /// `onSpare`: the staging folder is the spare site, which already holds most files
    /// as they are (the same inode): such a file is only checked, not linked again.
    func reuse(
        _ name: String, key: StableDigest, into staging: URL, onSpare: Bool = false, makeFolder: (String) -> Void
    ) -> [String]? {
        guard let job = previous?.jobs[name], job.key == key else { return nil }
        var linked: [String] = []
        let stagingPath = staging.path
        for file in job.files {
            let target = stagingPath + "/" + file.path
            if onSpare, CacheManifest.describe(target, as: file.path) == file {
                linked.append(file.path)
                continue
            }
            makeFolder(file.path)
            // Linked first and checked after, so the file checked is the file kept,
            // whatever happens to the old folder meanwhile. A staging folder made from the
            // spare site may hold a file there already: kept if it is this very file.
            let source = destinationPath + "/" + file.path
            let refused = link(source, target) != 0
            if !(refused && CacheManifest.describe(target, as: file.path) == file) {
                if refused {
                    unlink(target)
                    _ = link(source, target)
                }
                guard CacheManifest.describe(target, as: file.path) == file else {
                    unlink(target)
                    for path in linked { unlink(stagingPath + "/" + path) }
                    return nil
                }
            }
            linked.append(file.path)
        }
        reusedFiles.add(linked.count, ordering: .relaxed)
        // Its parts too, so that the next build can still take them one by one.
        made.withLock { $0[name] = (key, linked, job.segments, job.files) }
        return linked
    }

    /// Notes what a job made (or reused), for the next build's manifest; for a file made
    /// in parts, each part's key and length, in order.
    func record(
        _ name: String, key: StableDigest, paths: [String], segments: [(key: StableDigest, length: Int)] = []
    ) {
        var offset = 0
        let placed = segments.map { segment in
            defer { offset += segment.length }
            return CacheManifest.Segment(key: segment.key, offset: offset, length: segment.length)
        }
        made.withLock { $0[name] = (key, paths, placed, nil) }
    }

    /// The manifest of the site in `staging`: each recorded job's files as checked when
    /// linked from the last build, or as `stat` finds them now when made.
    func manifest(of staging: URL) -> CacheManifest {
        let jobs = Array(made.withLock { $0 })
        var manifest = CacheManifest(shared: shared)
        manifest.jobs.reserveCapacity(jobs.count)
        let stagingPath = staging.path
        // Described on every core: a full build's is a `stat` of every file it made.
        let described = jobs.parallelMap { name, job -> CacheManifest.Job? in
            // A file linked from the last build was described when it was checked.
            let files =
                job.files
                ?? job.paths.compactMap { CacheManifest.describe(stagingPath + "/" + $0, as: $0) }
            // A file that cannot be described is left out with its job: made next time.
            guard files.count == job.paths.count else { return nil }
            return CacheManifest.Job(key: job.key, files: files, segments: job.segments)
        }
        for (job, description) in zip(jobs, described) {
            if let description { manifest.jobs[job.key] = description }
        }
        return manifest
    }

    /// What every file of a site is made from besides its updates: the program itself
    /// (its version, and the executable's identity, so a rebuilt binary starts afresh),
    /// the build's settings, the templates folder, and the shared content digest.
    static func sharedKey(
        options: BuildOptions, searchable: Bool, digests: ContentDigests
    ) -> StableDigest {
        var hasher = StableHasher()
        hasher.combine(CacheManifest.heading)
        hasher.combine(Builtins.version)
        hasher.combine(Builtins.commit)
        hasher.combine(executableIdentity())
        hasher.combine(options.includeDrafts)
        hasher.combine(options.baseURL ?? "\u{0}")
        hasher.combine(searchable)
        hasher.combine(options.stringMarks.map { $0.open + "\u{0}" + $0.close } ?? "\u{0}")
        hasher.combine(options.templatesDirectory.map(folderDigest) ?? StableDigest(high: 0, low: 0))
        hasher.combine(digests.shared)
        return hasher.finalize()
    }

    /// The running executable's device, inode, size and time; a fresh value when it
    /// cannot be told, so that nothing is reused.
    static func executableIdentity() -> String {
        var info = stat()
        guard stat("/proc/self/exe", &info) == 0 else { return UUID().uuidString }
        return "\(info.st_dev) \(info.st_ino) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    /// Every file under a folder, by path and bytes; a fresh value when it cannot be read.
    static func folderDigest(_ folder: String) -> StableDigest {
        let root = URL(fileURLWithPath: folder)
        guard let walk = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else {
            return StableDigest(UUID().uuidString)
        }
        var files: [String] = []
        for case let url as URL in walk {
            var info = stat()
            guard stat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            files.append(String(url.path.dropFirst(root.path.count)))
        }
        var hasher = StableHasher()
        for file in files.sorted() {
            guard let data = FileManager.default.contents(atPath: root.path + file) else {
                return StableDigest(UUID().uuidString)
            }
            hasher.combine(file)
            hasher.combine(bytes: data)
        }
        return hasher.finalize()
    }
}

/// The parts of the last build's file of a job made in parts: opened once, checked to be
/// the file that build wrote, and read part by part.
final class PreviousParts: Sendable {
    private let descriptor: Int32
    private let segments: [CacheManifest.Segment]

    init?(path: String, job: CacheManifest.Job) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        var info = stat()
        // The file opened is the file checked, whatever happens to the old folder meanwhile.
        guard fstat(descriptor, &info) == 0, let file = CacheManifest.describe(info, as: job.files[0].path),
            file == job.files[0], job.segments.allSatisfy({ $0.offset + $0.length <= file.size })
        else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        segments = job.segments
    }

    deinit { close(descriptor) }

    /// The length of the last build's part `index`.
    func length(of index: Int) -> Int { segments[index].length }

    /// Whether the last build's part `index` had this key.
    func has(_ index: Int, key: StableDigest) -> Bool {
        segments.indices.contains(index) && segments[index].key == key
    }

    /// Appends the parts `indices` (consecutive, so one run of the last build's file) to
    /// the file open as `target`, copied in the kernel (`sendfile`), or through memory
    /// where the file system cannot.
    func copy(_ indices: Range<Int>, to target: Int32) throws {
        guard let first = indices.first else { return }
        var offset = off_t(segments[first].offset)
        var left = segments[indices].reduce(0) { $0 + $1.length }
        while left > 0 {
            let sent = sendfile(target, descriptor, &offset, left)
            if sent < 0, errno == EINTR { continue }
            guard sent > 0 else { break }
            left -= sent
        }
        var buffer = [UInt8](repeating: 0, count: min(left, 1 << 20))
        while left > 0 {
            let count = buffer.withUnsafeMutableBytes {
                pread(descriptor, $0.baseAddress!, min(left, $0.count), offset)
            }
            if count < 0, errno == EINTR { continue }
            // The file was checked when opened; shorter now, it was changed by another hand.
            guard count > 0 else { throw POSIXError(count == 0 ? .EIO : POSIXErrorCode(rawValue: errno) ?? .EIO) }
            var written = 0
            while written < count {
                let done = buffer.withUnsafeBytes { write(target, $0.baseAddress! + written, count - written) }
                if done < 0, errno == EINTR { continue }
                guard done > 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                written += done
            }
            offset += off_t(count)
            left -= count
        }
    }
}
