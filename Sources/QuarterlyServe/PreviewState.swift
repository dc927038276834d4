import Foundation
import QuarterlyModel
import Synchronization

/// What the preview shows: the latest good build, or the errors of the latest attempt.
/// `generation` goes up on every rebuild, so an open page knows when to reload.
struct PreviewState: Sendable {
    enum Outcome: Sendable {
        /// The first load has not finished (a large site takes seconds).
        case loading
        case built(PreviewSite)
        case failed(step: String, [Diagnostic])
    }

    var generation = 0
    var outcome: Outcome = .loading
}

/// The state shared by the watcher (which rebuilds) and the server (which reads it).
final class SharedPreview: Sendable {
    private let state = Mutex(PreviewState())
    /// Signalled after every update, for the requests waiting for the next one.
    private let updated = NSCondition()

    var current: PreviewState { state.withLock { $0 } }

    /// The state once its generation is no longer `generation`; or, at `deadline` or when
    /// `stillWanted` turns false (asked every quarter of a second), the state as it is.
    func state(
        after generation: Int, until deadline: ContinuousClock.Instant, while stillWanted: () -> Bool
    ) -> PreviewState {
        updated.lock()
        defer { updated.unlock() }
        while true {
            let now = current
            let left = ContinuousClock.now.duration(to: deadline).seconds
            guard now.generation == generation, left > 0, stillWanted() else { return now }
            _ = updated.wait(until: Date(timeIntervalSinceNow: min(left, 0.25)))
        }
    }

    func update(_ outcome: PreviewState.Outcome) {
        let replaced = state.withLock { state in
            defer {
                state.generation += 1
                state.outcome = outcome
            }
            return state
        }
        updated.lock()
        updated.broadcast()
        updated.unlock()
        // The site replaced (its whole graph) is freed here, outside the lock, so no
        // request for the new one waits while it is torn down.
        withExtendedLifetime(replaced) {}
    }
}
