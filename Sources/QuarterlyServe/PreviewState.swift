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
    private let state = Mutex((preview: PreviewState(), next: UpdateSignal()))

    var current: PreviewState { state.withLock { $0.preview } }

    /// The state once its generation is no longer `generation`; or, at `deadline` or when
    /// the asker has gone, the state as it is. `wait(descriptor, deadline)` blocks until
    /// `descriptor` can be read (it is at the next update; -1 when the system had no
    /// file to spare for it, and `deadline` is then a quarter of a second away) or until
    /// `deadline`, and says whether the asker is still there.
    func state(
        after generation: Int, until deadline: ContinuousClock.Instant,
        wait: (_ descriptor: Int32, _ deadline: ContinuousClock.Instant) -> Bool
    ) -> PreviewState {
        while true {
            let (now, next) = state.withLock { $0 }
            guard now.generation == generation, ContinuousClock.now < deadline else { return now }
            let woken = withExtendedLifetime(next) {
                guard let descriptor = next.descriptor else {
                    return wait(-1, min(deadline, .now + .milliseconds(250)))
                }
                return wait(descriptor, deadline)
            }
            guard woken else { return now }
        }
    }

    func update(_ outcome: PreviewState.Outcome) {
        let replaced = state.withLock { state in
            defer {
                state.preview.generation += 1
                state.preview.outcome = outcome
                state.next = UpdateSignal()
            }
            return state
        }
        // Every request waiting for this update wakes at once.
        replaced.next.fire()
        // The site replaced (its whole graph) is freed here, outside the lock, so no
        // request for the new one waits while it is torn down.
        withExtendedLifetime(replaced) {}
    }
}

/// What wakes the requests waiting for the next update: a pipe whose writing end is
/// closed then, so its reading end can be read (at its end) by every one of them at once,
/// alongside their own connections in one `poll`. Its reading end is closed when the last
/// of them lets go.
final class UpdateSignal: Sendable {
    /// Nil when the system had no file to spare.
    let descriptor: Int32?
    private let writer = Mutex<Int32?>(nil)

    init() {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            descriptor = nil
            return
        }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        descriptor = ends[0]
        writer.withLock { $0 = ends[1] }
    }

    func fire() {
        writer.withLock { end in
            if let open = end { close(open) }
            end = nil
        }
    }

    deinit {
        fire()
        if let descriptor { close(descriptor) }
    }
}
