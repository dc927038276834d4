import Dispatch
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// What a build does when it is told to stop (Ctrl-C, SIGTERM, a closed terminal): it
/// removes the staging folders of the builds still running, then ends as the signal
/// would (status 130, 143 or 129 in a shell). A build that is swapping its site in
/// finishes the swap first, so the output is never left half-swapped.
public enum Interruption {
    /// Staging folders to remove if the process is stopped. Publishing holds this lock
    /// while it swaps, which is how a stop waits for the swap.
    static let stagingFolders = Mutex<Set<String>>([])
    /// Browsers printing reports (each its process group) and their profile folders: a
    /// stop ends them first, so that nothing writes into a folder being removed.
    static let browsers = Mutex<[pid_t: String]>([:])
    /// Set as a stop begins: work that fails because of the stop (a browser it ended)
    /// then waits for the process to end instead of reporting an error.
    static let stopping = Atomic<Bool>(false)

    /// Waits, without returning, for a stop in progress to end the process.
    static func awaitStop() -> Never {
        while true { sleep(60) }
    }

    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// For the command line: call once, before the build starts.
    public static func removeStagingFoldersOnSignals() {
        // Its own queue, so the stop runs even while every thread of the shared pool writes pages.
        let queue = DispatchQueue(label: "quarterly.interruption")
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            let before = Glibc.signal(signal, SIG_IGN)
            // A signal ignored on entry (`nohup`, a script's background job) stays ignored.
            if let before, unsafeBitCast(before, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
            let source = DispatchSource.makeSignalSource(signal: signal, queue: queue)
            source.setEventHandler { stop(signal) }
            source.resume()
            sources.append(source)
        }
    }

    private static func stop(_ signal: Int32) -> Never {
        stopping.store(true, ordering: .sequentiallyConsistent)
        browsers.withLock { browsers in
            for (group, profile) in browsers {
                kill(-group, SIGKILL)
                var status: Int32 = 0
                while waitpid(group, &status, 0) < 0 && errno == EINTR {}
                stagingFolders.withLock { _ = $0.insert(profile) }
            }
            browsers.removeAll()
        }
        stagingFolders.withLock { folders in
            for folder in folders {
                // Threads still writing pages may make folders again between two tries:
                // it must stay gone for a moment before the process ends.
                var goneFor = 0
                for _ in 0..<200 where goneFor < 3 {
                    if FileManager.default.fileExists(atPath: folder) {
                        try? FileManager.default.removeItem(atPath: folder)
                        goneFor = 0
                    } else {
                        goneFor += 1
                        usleep(5_000)
                    }
                }
            }
            folders.removeAll()
        }
        // Ended by the signal itself, so a shell or `make` sees an interrupted command.
        Glibc.signal(signal, SIG_DFL)
        var only = sigset_t()
        sigemptyset(&only)
        sigaddset(&only, signal)
        pthread_sigmask(SIG_UNBLOCK, &only, nil)
        raise(signal)
        exit(128 + signal)
    }
}
