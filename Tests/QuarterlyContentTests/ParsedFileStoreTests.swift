import Foundation
import QuarterlyContent
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// A load given the store of an earlier one (`ParsedFileStore`) decodes each unchanged
/// file from it: what it gives must be what reading the files gives, whatever has
/// happened to the store's bytes.
@Suite("Content as parsed by an earlier load")
struct ParsedFileStoreTests {
    static let identity = "the tests' program"

    /// A copy of the example content with one file holding every shape of value (a list,
    /// a map in a list, null, quoted text, text outside ASCII) under a key no kind has,
    /// and old enough for its files to be kept (see `FileStamp.isRecent`).
    static func content() throws -> URL {
        let root = Fixtures.temporaryFolder()
        let content = root.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.exampleContent, to: content)
        let odd = content.appendingPathComponent("quarters/2021-22-q1/measures/accidental-dwelling-fires.md")
        let text = Fixtures.read(odd).replacingOccurrences(
            of: "value: 62\n",
            with: "value: 62\nextra: [a, {b: \"c: d\", e: ~}, \"Ynys Môn\", [1, 2]]\nrag_reason: ~\n")
        try Data(text.utf8).write(to: odd)
        try Fixtures.age(content)
        return content
    }

    /// Expects two loads' summaries to be equal, naming the first line that differs.
    static func expectSame(_ loaded: [String], _ read: [String], _ what: String) {
        guard loaded != read else { return }
        let first = zip(loaded, read).first { $0 != $1 }
        Issue.record(
            "\(what): \(loaded.count) lines against \(read.count); first difference: \(String(describing: first))")
    }

    /// What a load says and what it read, for comparing two loads.
    static func summary(_ loaded: LoadedContent) -> [String] {
        loaded.diagnostics.map(\.description)
            + loaded.sources.map { "\($0.path) \($0.digest?.hex ?? "-") \($0.frontMatterDigest?.hex ?? "-")" }
            + ContentValidator.validate(loaded).diagnostics.map(\.description)
    }

    @Test func filesDecodedFromTheStoreAreTheFilesRead() throws {
        let content = try Self.content()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let read = ContentLoader.load(from: content.path)
        #expect(read.diagnostics.contains { $0.description.contains("`extra`") }, "the odd file is decoded")
        let first = ContentLoader.load(from: content.path, store: ParsedFileStore(bytes: [], identity: Self.identity))
        #expect(first.storedCount == 0)
        let bytes = ParsedFileStore.bytes(identity: Self.identity, entries: try #require(first.storeParts))
        let second = ContentLoader.load(
            from: content.path, store: ParsedFileStore(bytes: bytes, identity: Self.identity))
        // Every file but site.yml, which is read first and on its own.
        #expect(second.storedCount == read.fileCount - 1)
        Self.expectSame(Self.summary(second), Self.summary(read), "decoded from the store")
        let other = ContentLoader.load(from: content.path, store: ParsedFileStore(bytes: bytes, identity: "another"))
        #expect(other.storedCount == 0, "a store made for another program or folder is not used")
    }

    /// The store cut at many places, with bytes flipped, and replaced by noise: never a
    /// crash, never a file decoded otherwise than from its text.
    @Test func aDamagedStoreGivesTheFilesRead() throws {
        let content = try Self.content()
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let read = Self.summary(ContentLoader.load(from: content.path))
        let first = ContentLoader.load(from: content.path, store: ParsedFileStore(bytes: [], identity: Self.identity))
        let bytes = ParsedFileStore.bytes(identity: Self.identity, entries: try #require(first.storeParts))
        var random = SplitMix(seed: 23)
        var damaged: [[UInt8]] = (0..<24).map { _ in Array(bytes.prefix(Int(random.next() % UInt64(bytes.count)))) }
        for _ in 0..<24 {
            var flipped = bytes
            for _ in 0..<4 { flipped[Int(random.next() % UInt64(bytes.count))] ^= UInt8(1 << (random.next() % 8)) }
            damaged.append(flipped)
        }
        let heading = Array(bytes.prefix(200))
        damaged.append(heading + (0..<5000).map { _ in UInt8(truncatingIfNeeded: random.next()) })
        for (index, store) in damaged.enumerated() {
            let loaded = ContentLoader.load(
                from: content.path, store: ParsedFileStore(bytes: store, identity: Self.identity))
            Self.expectSame(Self.summary(loaded), read, "damaged store \(index)")
        }
    }
}

/// A small seeded generator, so that a failure names the same damage every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
