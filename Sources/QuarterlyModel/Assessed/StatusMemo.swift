import Synchronization

/// Statuses worked out in one load, kept for the next in a long-running process
/// (`quarterly serve`): a measure's or an action's statuses depend only on its own
/// files and site.yml (`ContentGraph.assessed`), so an item whose files are unchanged
/// keeps its assessed updates and findings, and a reload computes only the items an edit
/// touched. Keyed by the digests of those files' texts.
public final class StatusMemo: Sendable {
    private struct Entry<Update: Sendable>: Sendable {
        let key: StableDigest
        let updates: [Update]
        let findings: [StatusFinding]
    }

    /// By item (`measure/<language>/<id>`), each an `Entry` of that kind's updates.
    private let entries = Mutex<[String: any Sendable]>([:])
    private let hits = Mutex(0)

    public init() {}

    /// How many items' statuses were taken from an earlier load, in all (for tests).
    package var reused: Int { hits.withLock { $0 } }

    /// The item's statuses as kept under `key`, or those `make` works out, then kept.
    func statuses<Update: Sendable>(
        _ name: String, key: StableDigest, make: (inout [StatusFinding]) -> [Update]
    ) -> (updates: [Update], findings: [StatusFinding]) {
        if let known = entries.withLock({ $0[name] }) as? Entry<Update>, known.key == key {
            hits.withLock { $0 += 1 }
            return (known.updates, known.findings)
        }
        var findings: [StatusFinding] = []
        let updates = make(&findings)
        entries.withLock { $0[name] = Entry(key: key, updates: updates, findings: findings) }
        return (updates, findings)
    }
}
