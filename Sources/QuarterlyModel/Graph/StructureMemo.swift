/// The graph's structure (`ContentGraph.Structure`) of the last load in a long-running
/// process (`quarterly serve`): an edit to an update leaves the outcomes' tree, the
/// items' order and each year's plan as they were, and making them again was a quarter
/// of a reload. Keyed by a digest of every file that defines an item and of the quarters.
public final class StructureMemo: Sendable {
    private let kept = LastKept<ContentGraph.Structure>()

    public init() {}

    /// How many loads took the structure of an earlier one (for tests).
    package var reused: Int { kept.reused }

    /// The structure kept under `key`, or the one `make` gives, then kept.
    func structure(key: StableDigest, make: () -> ContentGraph.Structure) -> ContentGraph.Structure {
        kept.value(for: key, make)
    }
}
