import Dispatch
import Synchronization

/// A value worked out on another thread from the moment it is made; `value` waits for it.
public final class Background<Value: Sendable>: Sendable {
    private let result = Mutex<Value?>(nil)
    private let group = DispatchGroup()

    public init(_ work: @escaping @Sendable () -> Value) {
        group.enter()
        DispatchQueue.global().async {
            let value = work()
            self.result.withLock { $0 = value }
            self.group.leave()
        }
    }

    public var value: Value {
        group.wait()
        return result.withLock { $0! }
    }
}
