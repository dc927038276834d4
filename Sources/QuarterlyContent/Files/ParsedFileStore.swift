import CZlib
import Glibc
import QuarterlyModel

/// Content files as parsed by an earlier build, each with the stamp its file had then, so
/// that a build can skip reading, splitting and parsing (Yams) a file whose stamp is
/// unchanged and only decode its item again. Only files that parsed without a problem
/// are kept, and none changed in the second before the load looked (its stamp could miss
/// the next change).
///
/// The bytes: a heading line, the identity (the program and the content folder it was made
/// for: any other gives an empty store), then entries of path, stamp, CRC-32, length and
/// the `ParsedFile`'s bytes. Each is read only when asked for, and an entry kept from one build
/// to the next is copied as it is.
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
        guard reader.skip(Self.heading.count).map({ bytes[$0].elementsEqual(Self.heading) }) == true,
            reader.text() == identity
        else {
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

    /// One entry's bytes.
    static func entry(_ path: String, stamp: FileStamp, file: ParsedFile) -> [UInt8] {
        var parsed = ByteWriter()
        file.encoded(into: &parsed)
        var writer = ByteWriter()
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
        return writer.bytes
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

    /// A new store: the heading, the identity, then each entry (new, or an earlier store's).
    public static func bytes(identity: String, entries: [Part]) -> [UInt8] {
        var writer = ByteWriter()
        writer.bytes = heading
        writer.text(identity)
        writer.bytes += entries.added
        for case .kept(let store, let range) in entries { writer.bytes += store.bytes[range] }
        return writer.bytes
    }

    /// One entry of the next store: new, or kept from the last.
    public enum Part: Sendable {
        case made([UInt8])
        case kept(ParsedFileStore, Range<Int>)
    }
}

extension [ParsedFileStore.Part] {
    /// The new entries' bytes, to add to the end of the last store.
    public var added: [UInt8] {
        var bytes: [UInt8] = []
        for case .made(let entry) in self { bytes += entry }
        return bytes
    }

    /// How many bytes of the last store the next one keeps.
    public var keptLength: Int {
        var total = 0
        for case .kept(_, let range) in self { total += range.count }
        return total
    }
}
