import CZlib
import Foundation

/// The ZIP packages an `.xlsx` file is: entries written deflated with a fixed date (so
/// the same parts give the same bytes), and read through the central directory. No
/// encryption, no ZIP64 (a spreadsheet of figures is far below 4 GB), no multi-disk.
package enum ZipArchive {
    package struct Failure: Error, CustomStringConvertible {
        package let description: String
    }

    /// 1 January 1980, ZIP's first day, as an MS-DOS time and date.
    static let dosTime: UInt16 = 0
    static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1

    /// A part ready to be packed: deflated (or stored as it is, when zlib cannot deflate
    /// it: it has no memory), with what its records say of it.
    package struct Entry: Sendable {
        let path: String
        let method: UInt16
        let crc: UInt32
        let size: Int
        let compressed: [UInt8]

        /// The part whose bytes are `chunks` joined: they are deflated in turn, never joined.
        package init(path: String, chunks: [[UInt8]]) {
            let body = Deflater()
            for chunk in chunks { body.add(chunk) }
            self.init(path: path, head: [], body: body)
        }

        /// The part `head` then `body`'s bytes, for a part whose head is known only once its
        /// body is written (a sheet's dimension and column widths): the body was deflated as
        /// it was made, and the head's blocks are packed before its blocks, which inflate as
        /// one stream (the head ends byte-aligned and not final, and the body's blocks refer
        /// back only within themselves).
        package init(path: String, head: [UInt8], body: Deflater) {
            self.path = path
            let (bodyMethod, bodyBytes) = body.finish(last: true)
            size = head.count + body.size
            let headCRC = head.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
            crc =
                head.isEmpty
                ? body.crc : UInt32(crc32_combine(uLong(headCRC), uLong(body.crc), .init(body.size)))
            guard bodyMethod == 8, !head.isEmpty else {
                (method, compressed) = (bodyMethod, head + bodyBytes)
                return
            }
            let start = Deflater()
            start.add(head)
            let (headMethod, headBytes) = start.finish(last: false)
            method = 8
            compressed = (headMethod == 8 ? headBytes : Deflater.storedBlocks(head)) + bodyBytes
        }
    }

    /// A raw deflate stream given its bytes a piece at a time: each piece is deflated as it
    /// comes, so a part is never held whole, only what deflate made of it so far. When zlib
    /// cannot start (it has no memory) the bytes are kept as they are, to be stored.
    package final class Deflater {
        private var stream = z_stream()
        private let started: Bool
        private var output: [UInt8] = []
        /// Where deflate writes before its bytes join `output`: a part's length is not known
        /// ahead, and room for the most a whole part could take would be as large as the part.
        private var scratch = [UInt8](repeating: 0, count: 64 << 10)
        private(set) var crc: UInt32 = 0
        private(set) var size = 0

        package init() {
            started = quarterly_raw_deflate_init(&stream) == Z_OK
        }

        deinit {
            if started { deflateEnd(&stream) }
        }

        package func add(_ bytes: [UInt8]) {
            bytes.withUnsafeBufferPointer { add($0) }
        }

        package func add(_ bytes: UnsafeBufferPointer<UInt8>) {
            // zlib starts the CRC again from 0 when given no bytes at all, and deflate
            // reports no progress as an error.
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            size += bytes.count
            crc = UInt32(crc32(uLong(crc), base, uInt(bytes.count)))
            guard started else { return output.append(contentsOf: bytes) }
            stream.next_in = UnsafeMutablePointer(mutating: base)
            stream.avail_in = uInt(bytes.count)
            run(Z_NO_FLUSH)
        }

        /// The method (8, deflated, or 0, stored) and the bytes. `last` false ends the
        /// stream byte-aligned without a final block (a sync flush), for another
        /// stream's blocks to follow.
        package func finish(last: Bool) -> (method: UInt16, bytes: [UInt8]) {
            guard started else { return (0, output) }
            stream.next_in = nil
            stream.avail_in = 0
            run(last ? Z_FINISH : Z_SYNC_FLUSH)
            return (8, output)
        }

        private func run(_ flush: Int32) {
            // With input and room, or pending output and a flush asked for, deflate always
            // makes progress: it fails only when misused. Z_BUF_ERROR says only that there
            // was nothing left to do (a flush repeated after the output filled exactly).
            var status = Z_OK
            repeat {
                scratch.withUnsafeMutableBufferPointer { room in
                    stream.next_out = room.baseAddress
                    stream.avail_out = uInt(room.count)
                    status = CZlib.deflate(&stream, flush)
                    output.append(contentsOf: room[..<(room.count - Int(stream.avail_out))])
                }
                if status == Z_BUF_ERROR, flush != Z_FINISH { break }
                precondition(status == Z_OK || status == Z_STREAM_END, "zlib failed to compress (\(status))")
            } while stream.avail_out == 0 || (flush == Z_FINISH && status != Z_STREAM_END)
        }

        /// `bytes` as stored deflate blocks, none final: the head of a part when zlib cannot
        /// start, before the blocks deflate made of its body.
        package static func storedBlocks(_ bytes: [UInt8]) -> [UInt8] {
            var blocks: [UInt8] = []
            for start in stride(from: 0, to: bytes.count, by: 0xFFFF) {
                let length = UInt16(min(0xFFFF, bytes.count - start))
                blocks.append(0)  // not final; stored; the rest of the byte unused
                blocks.append(uint16: length)
                blocks.append(uint16: ~length)
                blocks += bytes[start..<(start + Int(length))]
            }
            return blocks
        }
    }

    package static func write(_ entries: [(path: String, data: [UInt8])]) -> [UInt8] {
        write(entries.map { Entry(path: $0.path, chunks: [$0.data]) })
    }

    package static func write(_ entries: [Entry]) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let name = Array(entry.path.utf8)
            let (compressed, method, crc) = (entry.compressed, entry.method, entry.crc)
            let offset = out.count
            // Far beyond any spreadsheet of figures; ZIP64 would be needed past it.
            precondition(offset < Int(UInt32.max), "a spreadsheet larger than 4 GB")
            // Local file header.
            // The fields a local header and its central directory record share, in that order.
            func describe(into record: inout [UInt8]) {
                record.append(uint16: 20)  // version needed: 2.0 (deflate)
                record.append(uint16: 0x0800)  // flags: names are UTF-8
                record.append(uint16: method)
                record.append(uint16: dosTime)
                record.append(uint16: dosDate)
                record.append(uint32: crc)
                record.append(uint32: UInt32(compressed.count))
                record.append(uint32: UInt32(entry.size))
                record.append(uint16: UInt16(name.count))
            }
            out.append(uint32: 0x0403_4B50)
            describe(into: &out)
            out.append(uint16: 0)
            out += name
            out += compressed
            // Its central directory record.
            central.append(uint32: 0x0201_4B50)
            central.append(uint16: 20)  // made by: MS-DOS, 2.0
            describe(into: &central)
            central += [0, 0, 0, 0, 0, 0, 0, 0]  // extra, comment, disk, internal attributes
            central.append(uint32: 0)  // external attributes
            central.append(uint32: UInt32(offset))
            central += name
        }
        let start = out.count
        out += central
        // End of central directory.
        out.append(uint32: 0x0605_4B50)
        out += [0, 0, 0, 0]
        out.append(uint16: UInt16(entries.count))
        out.append(uint16: UInt16(entries.count))
        out.append(uint32: UInt32(central.count))
        out.append(uint32: UInt32(start))
        out.append(uint16: 0)
        return out
    }

    /// What a reader may unpack: each part at most `part` bytes, all of them together at
    /// most `total`, so a ZIP bomb (a part that claims or unpacks to gigabytes, or many
    /// parts) is refused before memory is spent on it.
    package struct Limits: Sendable {
        let part: Int
        let total: Int

        package init(part: Int, total: Int) {
            self.part = part
            self.total = total
        }
    }

    /// The XML parts' paths and bytes (`.xml` and `.rels`: a reader of cells needs nothing
    /// else, so pictures and the like are never unpacked), from the central directory; each
    /// checked against its CRC, and every part name checked to stay inside the package.
    package static func read(_ bytes: [UInt8], limits: Limits) throws(Failure) -> [String: [UInt8]] {
        let notZIP = Failure(description: "it is not a ZIP package")
        // The end record is within the last 64 KB (its comment is at most 65535 bytes).
        guard bytes.count >= 22 else { throw notZIP }
        var end = bytes.count - 22
        while end > max(0, bytes.count - 22 - 65535), bytes.uint32(at: end) != 0x0605_4B50 { end -= 1 }
        guard bytes.uint32(at: end) == 0x0605_4B50 else { throw notZIP }
        let count = Int(bytes.uint16(at: end + 10))
        var record = Int(bytes.uint32(at: end + 16))
        // First every entry is read and checked, so nothing is unpacked from a package
        // that will be refused.
        var wanted: [(name: String, method: UInt16, crc: UInt32, compressed: Range<Int>, size: Int)] = []
        var total = 0
        for _ in 0..<count {
            guard record + 46 <= bytes.count, bytes.uint32(at: record) == 0x0201_4B50 else { throw notZIP }
            let flags = bytes.uint16(at: record + 8)
            let method = bytes.uint16(at: record + 10)
            let crc = bytes.uint32(at: record + 16)
            let compressedSize = Int(bytes.uint32(at: record + 20))
            let size = Int(bytes.uint32(at: record + 24))
            let nameLength = Int(bytes.uint16(at: record + 28))
            let extraLength = Int(bytes.uint16(at: record + 30))
            let commentLength = Int(bytes.uint16(at: record + 32))
            let local = Int(bytes.uint32(at: record + 42))
            guard record + 46 + nameLength <= bytes.count else { throw notZIP }
            let name = String(decoding: bytes[record + 46..<record + 46 + nameLength], as: UTF8.self)
            record += 46 + nameLength + extraLength + commentLength
            guard isPartName(name) else {
                throw Failure(description: "it holds an entry named \(shown(name)), which is not a part of a package")
            }
            guard name.hasSuffix(".xml") || name.hasSuffix(".rels") else { continue }
            guard flags & 1 == 0 else { throw Failure(description: "its part \(shown(name)) is encrypted") }
            guard size <= limits.part else {
                throw Failure(
                    description:
                        "its part \(shown(name)) would unpack to \(size) bytes, more than the \(limits.part >> 20) MB a part of a spreadsheet of figures may hold"
                )
            }
            total += size
            guard total <= limits.total else {
                throw Failure(
                    description:
                        "its parts would unpack to more than the \(limits.total >> 20) MB a spreadsheet of figures may hold in all"
                )
            }
            guard local + 30 <= bytes.count, bytes.uint32(at: local) == 0x0403_4B50 else { throw notZIP }
            let start = local + 30 + Int(bytes.uint16(at: local + 26)) + Int(bytes.uint16(at: local + 28))
            guard start + compressedSize <= bytes.count else { throw notZIP }
            guard method == 0 || method == 8 else {
                throw Failure(
                    description: "its part \(shown(name)) uses a compression Quarterly cannot read (\(method))")
            }
            wanted.append((name, method, crc, start..<start + compressedSize, size))
        }
        var entries: [String: [UInt8]] = [:]
        for entry in wanted {
            let stored = bytes[entry.compressed]
            let data = entry.method == 0 ? Array(stored) : try inflate(stored, size: entry.size, name: entry.name)
            guard data.count == entry.size, checksum(data) == entry.crc else {
                throw Failure(description: "its part \(shown(entry.name)) is damaged (its checksum does not match)")
            }
            entries[entry.name] = data
        }
        return entries
    }

    /// An OPC part name: a path inside the package, so not absolute, no `..` or `.` step, no
    /// empty step, no backslash and no control character. A folder entry (`xl/`) is allowed.
    static func isPartName(_ name: String) -> Bool {
        let steps = name.split(separator: "/", omittingEmptySubsequences: false).dropLast(name.hasSuffix("/") ? 1 : 0)
        return !name.isEmpty && !name.contains("\\")
            && !name.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
            && steps.allSatisfy { !$0.isEmpty && $0 != ".." && $0 != "." }
    }

    /// A name as a message may quote it: at most 80 characters, anything unprintable as `?`.
    static func shown(_ name: String) -> String {
        let printable = String(
            String.UnicodeScalarView(
                name.unicodeScalars.map { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) ? "?" : $0 }))
        return "`" + (printable.count > 80 ? printable.prefix(80) + "…" : printable) + "`"
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, uInt($0.count))) }
    }

    /// Unpacks into exactly `size` bytes (one more, to notice an entry that unpacks to more
    /// than it declared): however the data was made, no more is ever allocated.
    package static func inflate(_ input: ArraySlice<UInt8>, size: Int, name: String) throws(Failure) -> [UInt8] {
        var stream = z_stream()
        guard quarterly_raw_inflate_init(&stream) == Z_OK else { throw Failure(description: "zlib failed to start") }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: size + 1)
        var input = Array(input)
        let status = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END, Int(stream.total_out) == size else {
            throw Failure(description: "its part \(shown(name)) is damaged (it does not unpack to its declared size)")
        }
        return Array(output.prefix(size))
    }
}

extension [UInt8] {
    fileprivate mutating func append(uint16 value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    fileprivate mutating func append(uint32 value: UInt32) {
        append(uint16: UInt16(value & 0xFFFF))
        append(uint16: UInt16(value >> 16))
    }

    fileprivate func uint16(at index: Int) -> UInt16 {
        guard index >= 0, index + 2 <= count else { return 0 }
        return UInt16(self[index]) | UInt16(self[index + 1]) << 8
    }

    fileprivate func uint32(at index: Int) -> UInt32 {
        UInt32(uint16(at: index)) | UInt32(uint16(at: index + 2)) << 16
    }
}
