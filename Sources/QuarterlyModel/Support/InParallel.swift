import Dispatch

/// Runs two independent pieces of work at once (on two cores where there are two) and
/// returns both results.
public func inParallel<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
    nonisolated(unsafe) var first: A?
    nonisolated(unsafe) var second: B?
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { first = a() } else { second = b() }
    }
    return (first!, second!)
}
