import Foundation

/// CPU time of the calling thread: tests that bound how long work takes (hostile input that
/// must not blow up) measure it, so other tests and builds on the machine do not count.
public enum ThreadCPUTime {
    public static func seconds(_ body: () throws -> Void) rethrows -> Double {
        func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        let start = now()
        try body()
        return now() - start
    }
}
