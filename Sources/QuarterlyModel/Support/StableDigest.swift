/// A 128-bit digest that is the same in every run and on every machine, for the build
/// cache's keys: Swift's `Hasher` is seeded afresh in each process, and SHA-256 here is
/// written for short commentary, too slow for every file of a national site. Not
/// cryptographic: it tells a changed file from an unchanged one, nothing more.
public struct StableDigest: Sendable, Hashable, Comparable {
    public let high: UInt64
    public let low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The digest of some bytes.
    public init(bytes: some Sequence<UInt8>) {
        var hasher = StableHasher()
        hasher.combine(bytes: bytes)
        self = hasher.finalize()
    }

    /// The digest of a text's UTF-8 bytes.
    public init(_ text: String) {
        var hasher = StableHasher()
        hasher.combine(text)
        self = hasher.finalize()
    }

    /// 32 lower-case hexadecimal digits.
    public var hex: String { Self.hex(high) + Self.hex(low) }

    /// Reads what `hex` writes.
    public init?(hex: some StringProtocol) {
        guard hex.utf8.count == 32, let high = UInt64(hex.prefix(16), radix: 16),
            let low = UInt64(hex.suffix(16), radix: 16)
        else { return nil }
        self.init(high: high, low: low)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    public static func < (a: StableDigest, b: StableDigest) -> Bool { (a.high, a.low) < (b.high, b.low) }
}

/// Feeds bytes, texts, numbers and digests into a `StableDigest`: two independent 64-bit
/// lanes over little-endian 8-byte words, each finished by MurmurHash3's mixer. Every
/// value is written with its length, so `("ab", "c")` and `("a", "bc")` differ.
public struct StableHasher: Sendable {
    private var a: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var word: UInt64 = 0
    private var filled = 0
    private var count: UInt64 = 0

    public init() {}

    public mutating func combine(bytes: some Sequence<UInt8>) {
        var written: UInt64 = 0
        let direct = bytes.withContiguousStorageIfAvailable { buffer in
            var index = 0
            while filled != 0, index < buffer.count {
                add(buffer[index])
                index += 1
            }
            // Then whole words at once: the same bytes in the same order as `add` takes
            // them (the first byte lowest), eight times fewer steps.
            if let base = buffer.baseAddress {
                let raw = UnsafeRawPointer(base)
                while buffer.count - index >= 8 {
                    word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                    count += 8
                    mix()
                    index += 8
                }
            }
            while index < buffer.count {
                add(buffer[index])
                index += 1
            }
            return UInt64(buffer.count)
        }
        if let direct {
            written = direct
        } else {
            for byte in bytes {
                add(byte)
                written += 1
            }
        }
        combine(written)
    }

    public mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(bytes: $0) }
    }

    public mutating func combine(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { add(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    public mutating func combine(_ value: Int) { combine(UInt64(bitPattern: Int64(value))) }

    public mutating func combine(_ flag: Bool) { combine(flag ? 1 : 0) }

    public mutating func combine(_ digest: StableDigest) {
        combine(digest.high)
        combine(digest.low)
    }

    @inline(__always)
    private mutating func add(_ byte: UInt8) {
        word |= UInt64(byte) << UInt64(filled * 8)
        filled += 1
        count += 1
        if filled == 8 { mix() }
    }

    @inline(__always)
    private mutating func mix() {
        a = ((a ^ (word &* 0x87C3_7B91_1142_53D5)).rotated(31) &* 0x4CF5_AD43_2745_937F) &+ 0x52DC_E729
        b = ((b ^ (word &* 0x4CF5_AD43_2745_937F)).rotated(27) &* 0x87C3_7B91_1142_53D5) &+ 0x3849_5AB5
        word = 0
        filled = 0
    }

    public func finalize() -> StableDigest {
        var copy = self
        if copy.filled > 0 { copy.mix() }
        let a = Self.finish(copy.a ^ copy.count)
        let b = Self.finish(copy.b ^ (copy.count &* 0x9E37_79B9_7F4A_7C15))
        return StableDigest(high: Self.finish(a ^ b.rotated(17)), low: Self.finish(b &+ a))
    }

    /// MurmurHash3's 64-bit finaliser: every input bit reaches every output bit.
    private static func finish(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }
}

extension UInt64 {
    @inline(__always)
    fileprivate func rotated(_ count: UInt64) -> UInt64 { (self << count) | (self >> (64 - count)) }
}
