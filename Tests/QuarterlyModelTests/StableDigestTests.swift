import QuarterlyModel
import Testing

/// The build cache's digests: equal for equal input, different for any change to it.
@Suite("Stable digests")
struct StableDigestTests {
    @Test(arguments: [
        ("", "a"), ("a", "b"), ("ab", "ba"), ("abcdefgh", "abcdefgi"), ("abcdefgh", "abcdefgh\u{0}"),
        ("a longer text that spans several words", "a longer text that spans several words."),
        (String(repeating: "x", count: 64), String(repeating: "x", count: 65)),
    ])
    func aChangedTextHasAnotherDigest(pair: (String, String)) {
        #expect(StableDigest(pair.0) != StableDigest(pair.1))
        #expect(StableDigest(pair.0) == StableDigest(pair.0))
        #expect(StableDigest(bytes: Array(pair.0.utf8)) == StableDigest(pair.0))
    }

    @Test func valuesAreDelimited() {
        func digest(_ parts: [String]) -> StableDigest {
            var hasher = StableHasher()
            for part in parts { hasher.combine(part) }
            return hasher.finalize()
        }
        #expect(digest(["ab", "c"]) != digest(["a", "bc"]))
        #expect(digest(["", "a"]) != digest(["a", ""]))
        #expect(digest(["a"]) != digest(["a", ""]))
    }

    @Test func everyBitCounts() {
        let text = Array("quarters/2021-22-q1/actions/digital-offer.md".utf8)
        var seen: Set<StableDigest> = [StableDigest(bytes: text)]
        for index in text.indices {
            for bit in 0..<8 {
                var changed = text
                changed[index] ^= UInt8(1 << bit)
                seen.insert(StableDigest(bytes: changed))
            }
        }
        #expect(seen.count == text.count * 8 + 1)
    }

    @Test func manyTextsNeverCollide() {
        let digests = Set((0..<20_000).map { StableDigest("measure-\($0)") })
        #expect(digests.count == 20_000)
    }

    /// Bytes in memory are taken a word at a time, any other sequence a byte at a time:
    /// both give the same digest, whatever the lengths and however the bytes are split.
    @Test(arguments: [(0, 0), (1, 7), (3, 20), (8, 8), (5, 64), (13, 1), (0, 33)])
    func wordsAndBytesGiveTheSameDigest(lengths: (Int, Int)) {
        let first = (0..<lengths.0).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let second = (0..<lengths.1).map { UInt8(truncatingIfNeeded: $0 &* 91 &+ 5) }
        var contiguous = StableHasher()
        contiguous.combine(bytes: first)
        contiguous.combine(bytes: second)
        var oneByOne = StableHasher()
        oneByOne.combine(bytes: AnySequence(first))
        oneByOne.combine(bytes: AnySequence(second))
        #expect(contiguous.finalize() == oneByOne.finalize())
    }

    @Test func hexReadsBack() {
        for text in ["", "a", "quarterly"] {
            let digest = StableDigest(text)
            #expect(digest.hex.count == 32)
            #expect(StableDigest(hex: digest.hex) == digest)
        }
        #expect(StableDigest(hex: "not hex") == nil)
    }
}
