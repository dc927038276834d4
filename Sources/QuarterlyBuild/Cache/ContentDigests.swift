import QuarterlyContent
import QuarterlyModel
import QuarterlyRender

/// The digests of the content, grouped the way output files read it (`ContentRead`):
/// updates and outcome commentary by item and by quarter; everything else (site.yml, the
/// definitions, each quarter's `index.md` and `published.yml`, and the list of every
/// file's path, so a file added or removed anywhere) in `shared`, which every key takes in.
package struct ContentDigests: Sendable {
    let shared: StableDigest
    /// Each item's updates (or an outcome's commentary) through each quarter it has any
    /// in, oldest first: the digest of its sources in that quarter and every one before,
    /// worked out once, since a large site's keys ask for them a million times.
    private let items: [ItemKey: [(quarter: QuarterID, through: StableDigest)]]
    /// Each quarter's updates and commentary, oldest quarter first.
    private let quarters: [(quarter: QuarterID, digest: StableDigest)]
    /// The same, of each kind of item alone.
    private let kinds: [ContentKind: [(quarter: QuarterID, digest: StableDigest)]]
    private let everything: StableDigest
    private let figures: StableDigest
    private let empty = StableHasher().finalize()

    private struct ItemKey: Hashable {
        let kind: ContentKind
        let id: String
    }

    package init(_ sources: [ContentSource]) {
        var shared = StableHasher()
        var items: [ItemKey: [QuarterID: StableHasher]] = [:]
        var quarters: [QuarterID: StableHasher] = [:]
        var kinds: [ContentKind: [QuarterID: StableHasher]] = [:]
        var everything = StableHasher()
        var figures = StableHasher()
        // Sorted by path, so each digest is fed in the same order every time.
        for source in sources.sorted(by: { $0.path < $1.path }) {
            shared.combine(source.path)
            guard let definition = source.kind.definition, let quarter = source.quarter else {
                shared.combine(source.digest ?? StableDigest(high: 0, low: 0))
                continue
            }
            func feed(_ hasher: inout StableHasher) {
                hasher.combine(source.path)
                hasher.combine(source.digest ?? StableDigest(high: 0, low: 0))
            }
            feed(&items[ItemKey(kind: definition, id: source.id), default: [:]][quarter, default: StableHasher()])
            feed(&quarters[quarter, default: StableHasher()])
            feed(&kinds[definition, default: [:]][quarter, default: StableHasher()])
            feed(&everything)
            figures.combine(source.path)
            figures.combine(source.frontMatterDigest ?? source.digest ?? StableDigest(high: 0, low: 0))
        }
        func oldestFirst(_ hashers: [QuarterID: StableHasher]) -> [(quarter: QuarterID, digest: StableDigest)] {
            hashers.map { ($0.key, $0.value.finalize()) }.sorted { $0.quarter < $1.quarter }
        }
        self.shared = shared.finalize()
        self.items = items.mapValues { quarters in
            var hasher = StableHasher()
            return oldestFirst(quarters).map { quarter, digest in
                Self.combine(quarter, digest, into: &hasher)
                return (quarter, hasher.finalize())
            }
        }
        self.quarters = oldestFirst(quarters)
        self.kinds = kinds.mapValues(oldestFirst)
        self.everything = everything.finalize()
        self.figures = figures.finalize()
    }

    private static func combined(
        _ digests: [(quarter: QuarterID, digest: StableDigest)], through last: QuarterID?
    ) -> StableDigest {
        var hasher = StableHasher()
        for (quarter, digest) in digests where last.map({ quarter <= $0 }) ?? true {
            combine(quarter, digest, into: &hasher)
        }
        return hasher.finalize()
    }

    /// The quarter by its numbers: its slug is formatted anew each time it is asked for.
    private static func combine(_ quarter: QuarterID, _ digest: StableDigest, into hasher: inout StableHasher) {
        hasher.combine(quarter.startYear)
        hasher.combine(quarter.number)
        hasher.combine(digest)
    }

    /// The digest of what `read` names; `printed` gives the reports printed to PDF.
    func digest(of read: ContentRead, printed: [QuarterID: PrintedReport]) -> StableDigest {
        switch read {
        case .everything:
            return everything
        case .figures:
            return figures
        case .item(let kind, let id):
            return items[ItemKey(kind: kind, id: id)]?.last?.through ?? empty
        case .itemThrough(let kind, let id, let last):
            return items[ItemKey(kind: kind, id: id)]?.last { $0.quarter <= last }?.through ?? empty
        case .quartersThrough(let last):
            return Self.combined(quarters, through: last)
        case .kind(let kind, let last):
            return Self.combined(kinds[kind] ?? [], through: last)
        case .printedReport(let quarter):
            var hasher = StableHasher()
            if let report = printed[quarter] {
                hasher.combine(report.bytes)
                hasher.combine(report.pages)
            }
            return hasher.finalize()
        }
    }
}
