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

    /// Nil when the bytes are not a manifest this version wrote. Read as bytes: a large
    /// site's manifest has a line for each of tens of thousands of files, read on every build.
    init?(bytes: [UInt8]) {
        var lines = bytes.split(separator: newline)[...]
        let heading = Array((Self.heading + " ").utf8)
        guard let first = lines.popFirst(), first.starts(with: heading),
            let shared = Self.digest(first.dropFirst(heading.count))
        else { return nil }
        self.shared = shared
        var current: (name: String, key: StableDigest, files: [File], segments: [Segment])? = nil
        for line in lines {
            let fields = line.split(separator: space, maxSplits: line.starts(with: Self.jobWord) ? 2 : 4)
            let word = fields.first ?? []
            if word.elementsEqual(Self.jobWord.dropLast()), fields.count == 3 {
                guard let key = Self.digest(fields[1]) else { return nil }
                if let done = current {
                    jobs[done.name] = Job(key: done.key, files: done.files, segments: done.segments)
                }
                current = (String(decoding: fields[2], as: UTF8.self), key, [], [])
            } else if word.elementsEqual(Self.segmentWord), fields.count == 4, current != nil {
                guard let key = Self.digest(fields[1]), let offset = Self.number(fields[2]),
                    let length = Self.number(fields[3])
                else { return nil }
                current!.segments.append(Segment(key: key, offset: offset, length: length))
            } else if word.elementsEqual(Self.fileWord), fields.count == 5, current != nil {
                let path = String(decoding: fields[4], as: UTF8.self)
                guard let size = Self.number(fields[1]), let modified = Self.number(fields[2]),
                    let inode = Self.number(fields[3], as: UInt64.self), Self.belongs(path, to: current!.name)
                else { return nil }
                current!.files.append(File(path: path, size: size, modified: modified, inode: inode))
            } else {
                return nil
            }
        }
        if let done = current { jobs[done.name] = Job(key: done.key, files: done.files, segments: done.segments) }
    }

    private static let jobWord = Array("job ".utf8)
    private static let segmentWord = Array("segment".utf8)
    private static let fileWord = Array("file".utf8)

    /// A decimal number that fits the type, or nil.
    private static func number<Number: FixedWidthInteger>(
        _ digits: ArraySlice<UInt8>, as: Number.Type = Int.self
    ) -> Number? {
        guard !digits.isEmpty else { return nil }
        var value: Number = 0
        for digit in digits {
            guard digit >= 0x30, digit <= 0x39 else { return nil }
            let (times10, over) = value.multipliedReportingOverflow(by: 10)
            let (sum, overAgain) = times10.addingReportingOverflow(Number(digit - 0x30))
            guard !over, !overAgain else { return nil }
            value = sum
        }
        return value
    }

    /// 32 lower-case hexadecimal digits, as `StableDigest.hex` writes them.
    private static func digest(_ digits: ArraySlice<UInt8>) -> StableDigest? {
        guard digits.count == 32 else { return nil }
        var halves: [UInt64] = [0, 0]
        for (index, digit) in digits.enumerated() {
            let value: UInt8
            switch digit {
            case 0x30...0x39: value = digit - 0x30
            case 0x61...0x66: value = digit - 0x61 + 10
            default: return nil
            }
            halves[index / 16] = halves[index / 16] << 4 | UInt64(value)
        }
        return StableDigest(high: halves[0], low: halves[1])
    }

    init(shared: StableDigest, jobs: [String: Job] = [:]) {
        self.shared = shared
        self.jobs = jobs
    }

    /// A job's files sit in the folder of its name (a CSV beside its metadata) or the one
    /// above it (a page's chart, `actions/<id>.svg` beside `actions/<id>/index.html`): a
    /// manifest naming any other place (`../`, an absolute path) is not one a build wrote.
    static func belongs(_ path: String, to job: String) -> Bool {
        let bytes = path.utf8
        guard bytes.first != slash else { return false }
        var start = bytes.startIndex
        while true {
            let end = bytes[start...].firstIndex(of: slash) ?? bytes.endIndex
            let component = bytes[start..<end]
            if component.isEmpty || component.elementsEqual(".".utf8) || component.elementsEqual("..".utf8) {
                return false
            }
            guard end != bytes.endIndex else { break }
            start = bytes.index(after: end)
        }
        func folder(_ text: String) -> Substring.UTF8View {
            text[..<(text.utf8.lastIndex(of: slash) ?? text.startIndex)].utf8
        }
        let own = folder(job)
        return folder(path).elementsEqual(own) || folder(path).elementsEqual(folder(String(Substring(own))))
    }

    private var heading: [UInt8] { Array((Self.heading + " " + shared.hex + "\n").utf8) }

    /// The lines of the jobs named, in the order given.
    private func lines(_ names: ArraySlice<String>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(names.count * 200)
        func append(_ text: String) { bytes.append(contentsOf: text.utf8) }
        func append(_ number: Int) { bytes.append(contentsOf: String(number).utf8) }
        for name in names {
            let job = jobs[name]!
            append("job " + job.key.hex + " " + name + "\n")
            for file in job.files {
                append("file ")
                append(file.size)
                bytes.append(space)
                append(file.modified)
                bytes.append(space)
                append(String(file.inode))
                append(" " + file.path + "\n")
            }
            for segment in job.segments {
                append("segment " + segment.key.hex + " ")
                append(segment.offset)
                bytes.append(space)
                append(segment.length)
                bytes.append(newline)
            }
        }
        return bytes
    }

    /// Writes the manifest (its heading, then each job's lines, in the order of their
    /// names) into the output folder a thousand jobs at a time, a few runs per core at
    /// once: a large site's manifest is megabytes, never held whole, and written as the
    /// build's last step, when every core is free.
    func write(into output: OutputFolder) throws {
        let names = jobs.keys.sorted()
        let runs = stride(from: 0, to: names.count, by: 1024).map { $0..<min($0 + 1024, names.count) }
        _ = try output.writeParts(
            count: runs.count + 1, to: Self.fileName, batch: 2 * ProcessInfo.processInfo.activeProcessorCount,
            making: { $0.parallelMap { $0 == 0 ? heading : lines(names[runs[$0 - 1]]) } }, copy: { _, _ in })
    }

    /// The manifest of the site at `folder`, if it has one this version can read.
    static func read(in folder: URL) -> CacheManifest? {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(fileName)) else { return nil }
        return CacheManifest(bytes: [UInt8](data))
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
            modified: Int(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int(info.st_mtim.tv_nsec), inode: UInt64(info.st_ino)
        )
    }
}

private let newline = UInt8(ascii: "\n")
private let space = UInt8(ascii: " ")
private let slash = UInt8(ascii: "/")
