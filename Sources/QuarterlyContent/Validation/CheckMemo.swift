import QuarterlyModel

/// What the checks of the content's files found at the last load (references, cycles,
/// refs, comparators, quarters, kinds of measure, plan years), kept by the preview. They
/// read the files' front matter and places, never an update's commentary: so while an
/// officer types commentary, a reload takes them as they were instead of checking every
/// file again.
public final class CheckMemo: Sendable {
    struct Found: Sendable {
        let structure: [Diagnostic]
        let others: [Diagnostic]
        let planYears: [Diagnostic]
    }

    private let kept = LastKept<Found>()

    public init() {}

    /// How many loads took the checks from an earlier one (for tests).
    package var reused: Int { kept.reused }

    func known(_ key: StableDigest) -> Found? { kept.known(key) }

    func keep(_ found: Found, key: StableDigest) { kept.keep(found, key: key) }

    /// What was kept last, with its key.
    var last: (key: StableDigest, found: Found)? { kept.last.map { ($0.key, $0.value) } }

    /// The key of what the checks read: every file's place and name, and its text, but
    /// only the front matter of an update (its body is its commentary, which no check
    /// reads); which quarters have a record; and the day (published quarters must be over).
    /// Nil when some file has no digest.
    static func key(of loaded: LoadedContent, today: CalendarDate) -> StableDigest? {
        var hasher = StableHasher()
        hasher.combine(today.iso)
        for file in loaded.files {
            let digest: StableDigest?
            switch file.place.kind {
            case .actionUpdate, .measureUpdate, .riskUpdate: digest = file.frontMatterDigest
            default: digest = file.digest
            }
            guard let digest else { return nil }
            hasher.combine(file.displayPath)
            hasher.combine(file.relativePath)
            hasher.combine(digest)
        }
        for record in loaded.records {
            hasher.combine(record.quarter.slug)
            hasher.combine(record.displayPath)
        }
        return hasher.finalize()
    }
}
