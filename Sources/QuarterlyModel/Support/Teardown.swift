import Dispatch
import Synchronization

/// Freeing a site's model is work too: tens of thousands of values, released one by one,
/// took 20–40 ms of a 10,000-file build on one core. What a build no longer needs is
/// released on another thread while it goes on, and what it holds at the end of a one-shot
/// command is left for the system to reclaim when the process exits.
public enum Teardown {
    private static let keptUntilExit = Mutex<[any Sendable]>([])

    /// Releases `value` on another thread. The caller must hold no other copy of it
    /// (pass its last use), else it is freed here when that copy goes.
    public static func releaseElsewhere<Value: Sendable>(_ value: consuming Value) {
        let box = Box(value)
        DispatchQueue.global(qos: .utility).async { box.empty() }
    }

    /// Keeps `value` until the process ends: for a command that exits right after.
    public static func keepUntilExit(_ value: any Sendable) {
        keptUntilExit.withLock { $0.append(value) }
    }

    private final class Box<Value: Sendable>: Sendable {
        private let value: Mutex<Value?>
        init(_ value: consuming Value) { self.value = Mutex(value) }
        func empty() { value.withLock { $0 = nil } }
    }
}
