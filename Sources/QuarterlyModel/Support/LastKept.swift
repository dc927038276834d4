import Synchronization

/// The one value a long-running process (`quarterly serve`) kept from its last load, with
/// the key of what it was made from: taken again while the key is the same.
package final class LastKept<Value: Sendable>: Sendable {
    private let entry = Mutex<(key: StableDigest, value: Value)?>(nil)
    private let hits = Mutex(0)

    package init() {}

    /// How many loads took the value from an earlier one (for tests).
    package var reused: Int { hits.withLock { $0 } }

    package func known(_ key: StableDigest) -> Value? {
        guard let kept = entry.withLock({ $0 }), kept.key == key else { return nil }
        hits.withLock { $0 += 1 }
        return kept.value
    }

    /// The value kept last, with its key.
    package var last: (key: StableDigest, value: Value)? { entry.withLock { $0 } }

    package func keep(_ value: Value, key: StableDigest) {
        entry.withLock { $0 = (key, value) }
    }

    /// The value kept under `key`, or the one `make` gives, then kept.
    package func value(for key: StableDigest, _ make: () -> Value) -> Value {
        if let known = known(key) { return known }
        let made = make()
        keep(made, key: key)
        return made
    }
}
