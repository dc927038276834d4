import Synchronization

/// A value made the first time a job asks for it, then shared by every job: a build that
/// reuses every file needing it never makes it at all.
final class OnDemand<Value: Sendable>: Sendable {
    private let make: @Sendable () -> Value
    private let value = Mutex<Value?>(nil)

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    /// Made under the lock, so jobs asking at once wait for the one making it.
    var get: Value {
        value.withLock { value in
            if let value { return value }
            let made = make()
            value = made
            return made
        }
    }
}
