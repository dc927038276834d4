import CZlib
import Glibc
import QuarterlyModel

/// Content files as parsed by an earlier build, each with the stamp its file had then, so
/// that a build can skip reading, splitting and parsing (Yams) a file whose stamp is
/// unchanged and only decode its item again. Only files that parsed without a problem
/// are kept, and none changed in the second before the load looked (its stamp could miss
/// the next change).
///
/// The bytes: a heading line, the output folder it belongs to, the identity (the program
/// and the content folder it was made for: any other gives an empty store), then entries
/// of path, stamp, CRC-32, length and the `ParsedFile`'s bytes. Each is read only when
/// asked for, and an entry kept from one build to the next is copied as it is.
public struct ParsedFileStore: Sendable {
    static let heading = Array("quarterly-parsed 1\n".utf8)

    struct Slot: Sendable {
        let stamp: FileStamp
        /// The whole entry, to copy into the next store.
        let entry: Range<Int>
        let parsed: Range<Int>
        /// The CRC-32 of the parsed file's bytes: a store damaged on disk is not believed.
        let check: Int
    }

    let bytes: [UInt8]
    let slots: [String: Slot]
    /// Where its last whole entry ends (0 when empty): a store is added to at its end.
    public let length: Int

    /// The store in `bytes`; empty when they are not one, or not made for `identity`.
    public init(bytes: [UInt8], identity: String) {
        var reader = ByteReader(bytes)
        guard Self.owner(&reader) != nil, reader.text() == identity else {
            self.bytes = []
            slots = [:]
            length = 0
            return
        }
        // A later entry for the same path replaces an earlier one; an entry cut short
        // (a write that did not finish) ends the store.
        var slots: [String: Slot] = [:]
        var end = reader.offset
        while !reader.isAtEnd {
            let start = reader.offset
            guard let path = reader.text(), let stamp = Self.stamp(&reader), let check = reader.number(),
                let length = reader.count(), let parsed = reader.skip(length)
            else { break }
            slots[path] = Slot(stamp: stamp, entry: start..<parsed.upperBound, parsed: parsed, check: check)
            end = parsed.upperBound
        }
        self.bytes = bytes
        self.slots = slots
        length = end
    }

    /// The file at `path` as parsed, when its stamp is still `stamp`, with its entry's place.
    func parsed(_ path: String, stamp: FileStamp) -> (file: ParsedFile, entry: Range<Int>)? {
        guard let slot = slots[path], slot.stamp == stamp, Self.check(bytes[slot.parsed]) == slot.check else {
            return nil
        }
        var reader = ByteReader(bytes, from: slot.parsed.lowerBound, to: slot.parsed.upperBound)
        guard let file = ParsedFile(reading: &reader), reader.isAtEnd else { return nil }
        return (file, slot.entry)
    }

    /// The output folder a store's bytes say it was made for (all a store's first bytes
    /// need hold), so that stores of sites removed since can be found; nil when they are
    /// not a store's.
    public static func owner(of bytes: [UInt8]) -> String? {
        var reader = ByteReader(bytes)
        return owner(&reader)
    }

    private static func owner(_ reader: inout ByteReader) -> String? {
        guard let range = reader.skip(heading.count), reader.bytes[range].elementsEqual(heading) else { return nil }
        return reader.text()
    }

    /// The entry that holds which published records compared clean (`ReportMemo.clean`):
    /// not a content file's path, so no file's lookup finds it, and never kept from one
    /// store to the next (each build adds its own at the end).
    static let reportsPath = "\u{0}reports"
    static let noStamp = FileStamp(size: 0, modified: timespec(), changed: timespec(), inode: 0, device: 0)

    /// The published records that compared clean in the build that made the store, by the
    /// key they were compared under.
    public var cleanReports: [QuarterID: StableDigest] {
        guard case .map(let entries, _)? = parsed(Self.reportsPath, stamp: Self.noStamp)?.file.document else {
            return [:]
        }
        var keys: [QuarterID: StableDigest] = [:]
        for entry in entries {
            guard case .success(let quarter) = QuarterID.parse(entry.key), let words = entry.value.textItems.first,
                let key = StableDigest(hex: words.text)
            else { continue }
            keys[quarter] = key
        }
        return keys
    }

    /// The entry recording which published records compared clean.
    public static func reportsPart(_ clean: [QuarterID: StableDigest]) -> Part {
        let at = TextPosition(line: 1, column: 1)
        let document = ParsedValue.map(
            clean.sorted { $0.key < $1.key }.map { quarter, key in
                ParsedEntry(key: quarter.slug, keyPosition: at, value: .text(key.hex, isNull: false, at: at))
            }, at: at)
        let file = ParsedFile(
            document: document, yamlFirstLine: 1, body: "", bodyFirstLine: 1, digest: StableDigest(high: 0, low: 0),
            frontMatterDigest: StableDigest(high: 0, low: 0))
        return .made(path: reportsPath, stamp: noStamp, file: file)
    }

    /// Adds one entry's bytes to `writer`.
    static func entry(_ path: String, stamp: FileStamp, file: ParsedFile, into writer: inout ByteWriter) {
        var parsed = ByteWriter()
        file.encoded(into: &parsed)
        writer.text(path)
        for word in [
            UInt64(bitPattern: stamp.size), UInt64(bitPattern: Int64(stamp.modified.tv_sec)),
            UInt64(bitPattern: Int64(stamp.modified.tv_nsec)), UInt64(bitPattern: Int64(stamp.changed.tv_sec)),
            UInt64(bitPattern: Int64(stamp.changed.tv_nsec)), stamp.inode, stamp.device,
        ] {
            writer.word(word)
        }
        writer.number(check(parsed.bytes[...]))
        writer.number(parsed.bytes.count)
        writer.bytes += parsed.bytes
    }

    private static func check(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.withUnsafeBufferPointer { Int(crc32(0, $0.baseAddress, UInt32($0.count))) }
    }

    private static func stamp(_ reader: inout ByteReader) -> FileStamp? {
        var words: [UInt64] = []
        for _ in 0..<7 {
            guard let word = reader.word() else { return nil }
            words.append(word)
        }
        return FileStamp(
            size: Int64(bitPattern: words[0]),
            modified: timespec(tv_sec: Int(Int64(bitPattern: words[1])), tv_nsec: Int(Int64(bitPattern: words[2]))),
            changed: timespec(tv_sec: Int(Int64(bitPattern: words[3])), tv_nsec: Int(Int64(bitPattern: words[4]))),
            inode: words[5], device: words[6])
    }

    /// A store's bytes, handed to `write` a megabyte or so at a time, so that a large store
    /// is never held whole twice: with `identity`, a new store (the heading, the identity,
    /// then every entry); without, only the new entries, to add to the end of the last.
    /// False when `write` was.
    public static func encode(
        _ parts: [Part], identity: (owner: String, program: String)?, write: ([UInt8]) -> Bool
    ) -> Bool {
        var writer = ByteWriter()
        if let identity {
            writer.bytes = heading
            writer.text(identity.owner)
            writer.text(identity.program)
        }
        for part in parts {
            switch part {
            case .made(let path, let stamp, let file): entry(path, stamp: stamp, file: file, into: &writer)
            case .kept(let store, let range):
                guard identity != nil else { continue }
                writer.bytes += store.bytes[range]
            }
            if writer.bytes.count >= 1 << 20 {
                guard write(writer.bytes) else { return false }
                writer.bytes.removeAll(keepingCapacity: true)
            }
        }
        return writer.bytes.isEmpty || write(writer.bytes)
    }

    /// A whole store's bytes (for tests: a build streams them with `encode`).
    package static func bytes(identity: String, owner: String = "", entries: [Part]) -> [UInt8] {
        var bytes: [UInt8] = []
        _ = encode(entries, identity: (owner, identity)) { chunk in
            bytes += chunk
            return true
        }
        return bytes
    }

    /// One entry of the next store: a file parsed now (its parse holds little of its own:
    /// its body is its item's text), or an entry of the last store.
    public enum Part: Sendable {
        case made(path: String, stamp: FileStamp, file: ParsedFile)
        case kept(ParsedFileStore, Range<Int>)
    }
}

extension [ParsedFileStore.Part] {
    /// Whether any file was parsed now.
    public var added: Bool {
        contains { if case .made = $0 { true } else { false } }
    }

    /// How many bytes of the last store the next one keeps.
    public var keptLength: Int {
        var total = 0
        for case .kept(_, let range) in self { total += range.count }
        return total
    }
}
