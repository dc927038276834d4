import Synchronization

/// Statuses worked out in one load, kept for the next in a long-running process
/// (`quarterly serve`): a measure's or an action's statuses depend only on its own
/// files and site.yml (`ContentGraph.assessed`), so an item whose files are unchanged
/// keeps its assessed updates and findings, and a reload computes only the items an edit
/// touched. Keyed by the digests of those files' texts.
public final class StatusMemo: Sendable {
    struct Entry<Update: Sendable>: Sendable {
        let key: StableDigest
        let updates: [Update]
        let findings: [StatusFinding]
    }

    private let measures = Mutex<[String: Entry<AssessedMeasureUpdate>]>([:])
    private let actions = Mutex<[String: Entry<AssessedActionUpdate>]>([:])
    private let hits = Mutex(0)

    public init() {}

    /// How many items' statuses were taken from an earlier load, in all (for tests).
    package var reused: Int { hits.withLock { $0 } }

    func measure(_ name: String, key: StableDigest) -> Entry<AssessedMeasureUpdate>? {
        found(measures.withLock { $0[name] }.flatMap { $0.key == key ? $0 : nil })
    }

    private func found<Update>(_ entry: Entry<Update>?) -> Entry<Update>? {
        if entry != nil { hits.withLock { $0 += 1 } }
        return entry
    }

    func keep(measure name: String, _ entry: Entry<AssessedMeasureUpdate>) {
        measures.withLock { $0[name] = entry }
    }

    func action(_ name: String, key: StableDigest) -> Entry<AssessedActionUpdate>? {
        found(actions.withLock { $0[name] }.flatMap { $0.key == key ? $0 : nil })
    }

    func keep(action name: String, _ entry: Entry<AssessedActionUpdate>) {
        actions.withLock { $0[name] = entry }
    }
}
