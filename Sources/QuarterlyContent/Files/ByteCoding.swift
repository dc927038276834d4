import QuarterlyModel

/// Writes the store's binary form: numbers as LEB128 (most are small line numbers and
/// lengths), texts as their length and UTF-8 bytes.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func number(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value))
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func text(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            number(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func word(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func digest(_ value: StableDigest) {
        word(value.high)
        word(value.low)
    }

    mutating func position(_ value: TextPosition) {
        number(value.line)
        number(value.column)
    }
}

/// Reads what `ByteWriter` wrote, checking every length against what is left: a damaged
/// or foreign file gives nil, never a crash or a read past the end.
struct ByteReader {
    let bytes: [UInt8]
    private(set) var offset: Int
    let end: Int

    init(_ bytes: [UInt8], from offset: Int = 0, to end: Int? = nil) {
        self.bytes = bytes
        self.offset = offset
        self.end = min(end ?? bytes.count, bytes.count)
    }

    var isAtEnd: Bool { offset >= end }

    mutating func number() -> Int? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < end, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return Int(truncatingIfNeeded: Int64(bitPattern: value)) }
            shift += 7
        }
        return nil
    }

    /// A length or count: not negative, and no more than the bytes left.
    mutating func count() -> Int? {
        guard let value = number(), value >= 0, value <= end - offset else { return nil }
        return value
    }

    mutating func text() -> String? {
        guard let length = count() else { return nil }
        defer { offset += length }
        return bytes.withUnsafeBufferPointer { buffer in
            String(validating: UnsafeBufferPointer(rebasing: buffer[offset..<(offset + length)]), as: UTF8.self)
        }
    }

    /// `length` raw bytes.
    mutating func skip(_ length: Int) -> Range<Int>? {
        guard length >= 0, length <= end - offset else { return nil }
        defer { offset += length }
        return offset..<(offset + length)
    }

    mutating func word() -> UInt64? {
        guard end - offset >= 8 else { return nil }
        defer { offset += 8 }
        return bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
    }

    mutating func digest() -> StableDigest? {
        guard let high = word(), let low = word() else { return nil }
        return StableDigest(high: high, low: low)
    }

    mutating func position() -> TextPosition? {
        guard let line = number(), let column = number() else { return nil }
        return TextPosition(line: line, column: column)
    }
}
