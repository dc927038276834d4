import Foundation
import QuarterlyBuild
import QuarterlyModel
import QuarterlyRender
import Synchronization
import Testing

/// A file made in parts (a quarter's report) is keyed by what the whole file reads: its
/// parts' narrower keys, which need the page's context and frame, are worked out only
/// when the file must be made, so an unchanged report costs a rebuild nothing to key.
@Suite("Keys of jobs made in parts")
struct JobKeyTests {
    final class Counter: Sendable {
        private let count = Mutex(0)
        func add() { count.withLock { $0 += 1 } }
        var value: Int { count.withLock { $0 } }
    }

    /// A job of `count` parts that counts how often its parts are narrowed.
    static func job(_ name: String, parts count: Int, reads: [ContentRead], narrowings: Counter) -> OutputJob {
        OutputJob(
            name: name, reads: reads,
            segments: (0..<count).map { index in OutputSegment(reads: reads) { Array("part \(index)".utf8) } },
            narrowed: { index in
                narrowings.add()
                return (reads: [], shown: StableDigest("piece \(index)"))
            })
    }

    @Test func aJobsKeyNarrowsNoPartAndItsPartsKeysNarrowEach() {
        let cache = OutputCache(
            shared: StableDigest("shared"), digests: ContentDigests([]),
            destination: URL(fileURLWithPath: "/nonexistent"), previous: nil)
        let narrowings = Counter()
        let report = Self.job("quarters/q/index.html", parts: 5, reads: [.everything], narrowings: narrowings)
        let key = cache.key(of: report, printed: [:])
        #expect(narrowings.value == 0)
        let parts = cache.segmentKeys(of: report, printed: [:])
        #expect(narrowings.value == 5)
        #expect(Set(parts).count == 5, "each part has a key of its own")
        // The same job keys the same; another name, or another number of parts, does not.
        #expect(cache.key(of: report, printed: [:]) == key)
        let renamed = Self.job("quarters/r/index.html", parts: 5, reads: [.everything], narrowings: narrowings)
        let longer = Self.job("quarters/q/index.html", parts: 6, reads: [.everything], narrowings: narrowings)
        #expect(cache.key(of: renamed, printed: [:]) != key)
        #expect(cache.key(of: longer, printed: [:]) != key)
        // What the whole file reads is in its key: a report that reads the figures as well
        // keys differently.
        let more = Self.job("quarters/q/index.html", parts: 5, reads: [.everything, .figures], narrowings: narrowings)
        #expect(cache.key(of: more, printed: [:]) != key)
        #expect(narrowings.value == 5)
    }

    /// A page's reads are worked out when its key is (on every core), not when the build
    /// declares its jobs, and key the job as the same reads given at once do.
    @Test func aJobsReadsAreWorkedOutWhenItsKeyIs() {
        let cache = OutputCache(
            shared: StableDigest("shared"), digests: ContentDigests([]),
            destination: URL(fileURLWithPath: "/nonexistent"), previous: nil)
        let asked = Counter()
        let reads: [ContentRead] = [.item(.action, "a1"), .figures]
        let later = OutputJob(
            name: "actions/a1/index.html",
            readsWhenKeyed: {
                asked.add()
                return reads
            }, make: { [] })
        #expect(asked.value == 0, "declaring the job works out nothing")
        let given = OutputJob(name: "actions/a1/index.html", reads: reads) { [] }
        #expect(cache.key(of: later, printed: [:]) == cache.key(of: given, printed: [:]))
        #expect(asked.value == 1)
        let other = OutputJob(
            name: "actions/a1/index.html", readsWhenKeyed: { [.item(.action, "a2")] }, make: { [] })
        #expect(cache.key(of: other, printed: [:]) != cache.key(of: given, printed: [:]))
    }
}
