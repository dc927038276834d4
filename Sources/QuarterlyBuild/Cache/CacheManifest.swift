import Foundation
import QuarterlyModel

/// `.quarterly-cache`, written into each site the build makes: the key of everything the
/// site was made from, then each job's key and the files it made, with their size, time
/// and inode as written, so that a file changed since (by hand, or by another tool) is
/// never taken for the one the build wrote. Text, one record a line, paths last:
///
///     quarterly-cache 1 <shared key>
///     job <key> <name>
///     file <size> <mtime in ns> <inode> <path>
///     segment <key> <offset> <length>        (the parts of a file made in parts)
package struct CacheManifest: Sendable, Equatable {
    package static let fileName = ".quarterly-cache"
    static let heading = "quarterly-cache 1"

    struct File: Sendable, Equatable {
        let path: String
        let size: Int
        let modified: Int
        let inode: UInt64
    }

    struct Job: Sendable, Equatable {
        let key: StableDigest
        let files: [File]
        var segments: [Segment] = []
    }

    /// A part of a job's one file (`OutputSegment`), where it is in the file.
    struct Segment: Sendable, Equatable {
        let key: StableDigest
        let offset: Int
        let length: Int
    }

    var shared: StableDigest
    var jobs: [String: Job] = [:]

    /// Nil when the text is not a manifest this version wrote.
    init?(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)[...]
        guard let first = lines.popFirst(), first.hasPrefix(Self.heading + " "),
            let shared = StableDigest(hex: first.dropFirst(Self.heading.count + 1))
        else { return nil }
        self.shared = shared
        var current: (name: String, key: StableDigest, files: [File], segments: [Segment])? = nil
        for line in lines {
            let fields = line.split(separator: " ", maxSplits: line.hasPrefix("job ") ? 2 : 4)
            if fields.first == "job", fields.count == 3, let key = StableDigest(hex: fields[1]) {
                if let done = current {
                    jobs[done.name] = Job(key: done.key, files: done.files, segments: done.segments)
                }
                current = (String(fields[2]), key, [], [])
            } else if fields.first == "segment", fields.count == 4, current != nil,
                let key = StableDigest(hex: fields[1]),
                let offset = Int(fields[2]), let length = Int(fields[3]), offset >= 0, length >= 0
            {
                current!.segments.append(Segment(key: key, offset: offset, length: length))
            } else if fields.first == "file", fields.count == 5, let job = current, let size = Int(fields[1]),
                let modified = Int(fields[2]), let inode = UInt64(fields[3]),
                Self.belongs(String(fields[4]), to: job.name)
            {
                current!.files.append(File(path: String(fields[4]), size: size, modified: modified, inode: inode))
            } else {
                return nil
            }
        }
        if let done = current { jobs[done.name] = Job(key: done.key, files: done.files, segments: done.segments) }
    }

    init(shared: StableDigest, jobs: [String: Job] = [:]) {
        self.shared = shared
        self.jobs = jobs
    }

    /// A job's files sit in the folder of its name (a CSV beside its metadata): a
    /// manifest naming any other place (`../`, an absolute path) is not one a build wrote.
    static func belongs(_ path: String, to job: String) -> Bool {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            return false
        }
        return (path as NSString).deletingLastPathComponent == (job as NSString).deletingLastPathComponent
    }

    var text: String {
        var text = Self.heading + " " + shared.hex + "\n"
        for name in jobs.keys.sorted() {
            let job = jobs[name]!
            text += "job \(job.key.hex) \(name)\n"
            for file in job.files { text += "file \(file.size) \(file.modified) \(file.inode) \(file.path)\n" }
            for segment in job.segments { text += "segment \(segment.key.hex) \(segment.offset) \(segment.length)\n" }
        }
        return text
    }

    /// The manifest of the site at `folder`, if it has one this version can read.
    static func read(in folder: URL) -> CacheManifest? {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(fileName)) else { return nil }
        return CacheManifest(text: String(decoding: data, as: UTF8.self))
    }

    /// What `stat` says of a regular file now; nil for anything else.
    static func describe(_ path: String, as relativePath: String) -> File? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return describe(info, as: relativePath)
    }

    static func describe(_ info: stat, as relativePath: String) -> File? {
        guard (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return File(
            path: relativePath, size: Int(info.st_size),
            modified: Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec), inode: UInt64(info.st_ino))
    }
}
