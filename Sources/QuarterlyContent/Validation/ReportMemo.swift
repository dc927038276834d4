import QuarterlyModel
import Synchronization

/// What comparing each published quarter's record with its report found, kept between
/// reloads of the preview: a record lists every item of its quarter, and comparing one
/// means making that quarter's report again (and the graph without drafts first).
/// A published report reads only its own quarter and earlier ones, besides what is not
/// in any quarter (definitions, `site.yml`): its key is the digest of those files and of
/// the record, so an edit in the latest quarter compares no published one again.
public final class ReportMemo: Sendable {
    private let entries = Mutex<[QuarterID: (key: StableDigest, found: [Diagnostic])]>([:])
    private let hits = Mutex(0)

    public init() {}

    /// A memo that knows these records compared clean (as `clean` gave them), kept by
    /// `quarterly build` between builds with the content as parsed.
    package init(clean: [QuarterID: StableDigest]) {
        entries.withLock { entries in
            for (quarter, key) in clean { entries[quarter] = (key, []) }
        }
    }

    /// The records that compared clean, by the key they were compared under: what the next
    /// build may take without comparing (a record with differences is compared again).
    package var clean: [QuarterID: StableDigest] {
        entries.withLock { entries in entries.compactMapValues { $0.found.isEmpty ? $0.key : nil } }
    }

    /// How many comparisons were taken from an earlier load, in all (for tests).
    package var reused: Int { hits.withLock { $0 } }

    func known(_ quarter: QuarterID, key: StableDigest) -> [Diagnostic]? {
        guard let entry = entries.withLock({ $0[quarter] }), entry.key == key else { return nil }
        hits.withLock { $0 += 1 }
        return entry.found
    }

    func keep(_ quarter: QuarterID, key: StableDigest, found: [Diagnostic]) {
        entries.withLock { $0[quarter] = (key, found) }
    }

    /// Each record's key, from one pass over the files: the digest of every file outside
    /// the quarters, then of each quarter's files up to the record's, then the record's.
    static func keys(of loaded: LoadedContent) -> [QuarterID: StableDigest] {
        var outside = StableHasher()
        var byQuarter: [QuarterID: StableHasher] = [:]
        for file in loaded.files {
            var hasher = file.place.quarter.map { byQuarter[$0] ?? StableHasher() } ?? outside
            hasher.combine(file.relativePath)
            // A file that could not be read has no digest: its errors stop the comparison anyway.
            hasher.combine(file.digest ?? StableDigest(high: 0, low: 0))
            if let quarter = file.place.quarter { byQuarter[quarter] = hasher } else { outside = hasher }
        }
        let quarters = byQuarter.keys.sorted()
        var keys: [QuarterID: StableDigest] = [:]
        for record in loaded.records {
            guard let digest = record.digest else { continue }
            var hasher = StableHasher()
            hasher.combine(outside.finalize())
            for quarter in quarters where !(record.quarter < quarter) {
                hasher.combine(quarter.slug)
                hasher.combine(byQuarter[quarter]!.finalize())
            }
            hasher.combine(digest)
            keys[record.quarter] = hasher.finalize()
        }
        return keys
    }
}
