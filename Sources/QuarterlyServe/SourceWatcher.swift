import Foundation
import QuarterlyContent
import QuarterlyModel

/// Wakes the preview when a content or template file changes. Where the kernel offers
/// inotify it says so at once, without looking at every file; a comparison of every
/// file's `stat` stamp, every `fullCheckInterval`, catches what inotify cannot see (edits
/// made from outside on some mounted folders), and is the only check where it is missing:
/// on systems without inotify (macOS) the watcher polls every 0.1 s. Used by one thread at
/// a time.
package final class SourceWatcher: @unchecked Sendable {
    let folders: [String]
    private let inotify: Int32
    /// Every file's stamp at the last full check; nil after inotify reported a change.
    private var stamps: [String: FileStamp]? = [:]
    private var lastFullCheck = ContinuousClock.now

    /// `inotify: false` polls as on a system without it (for tests).
    package init(folders: [String], inotify useInotify: Bool = true) {
        self.folders = folders
        #if os(Linux)
            inotify = useInotify ? inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK)) : -1
        #else
            inotify = -1
        #endif
        stamps = fingerprint()
        lastFullCheck = .now
        watchFolders()
    }

    deinit {
        if inotify >= 0 { close(inotify) }
    }

    /// Seconds between full checks.
    var fullCheckInterval: Double { inotify >= 0 ? 2 : 0.1 }

    /// Blocks until a file changed (true), or for at most `fullCheckInterval` (false).
    package func waitForChange() -> Bool {
        if inotify >= 0 {
            if let changed = waitForEvents() { return changed }
        } else {
            Thread.sleep(forTimeInterval: fullCheckInterval)
        }
        let now = fingerprint()
        lastFullCheck = .now
        defer { stamps = now }
        guard let stamps, now != stamps else { return false }
        watchFolders()
        return true
    }

    /// Waits on inotify until the next full check is due: true when an event named a file
    /// that matters, false when events named only others, nil when the full check is due.
    private func waitForEvents() -> Bool? {
        #if os(Linux)
            let remaining = fullCheckInterval - lastFullCheck.duration(to: .now).seconds
            var request = pollfd(fd: inotify, events: Int16(POLLIN), revents: 0)
            if remaining > 0, poll(&request, 1, Int32(remaining * 1000)) > 0 {
                // Events about hidden and swap files alone are not a change.
                let first = drainEvents()
                guard first.relevant else { return false }
                // An editor saves in several steps (write a copy, rename it over): let them
                // finish, until 2 ms pass without an event (a step that comes later only
                // costs another reload), for at most 50 ms.
                var folders = first.folders
                let settling = ContinuousClock.now
                while settling.duration(to: .now) < .milliseconds(50), poll(&request, 1, 2) > 0 {
                    folders = drainEvents().folders || folders
                }
                // Watching means walking every folder: only when a folder came or went,
                // not for a file edited, which is most changes (and a large site has
                // thousands of folders to walk before the rebuild could start).
                if folders { watchFolders() }
                // Stamps are taken again at the next full check, not now: that would delay
                // the rebuild by a look at every file.
                stamps = nil
                return true
            }
        #endif
        return nil
    }

    /// path → stamp; hidden files and editors' backup and swap files are left out.
    func fingerprint() -> [String: FileStamp] {
        var result: [String: FileStamp] = [:]
        for folder in folders {
            walk(folder) { path, isFolder in
                if !isFolder, let stamp = FileStamp(path: path) { result[path] = stamp }
            }
        }
        return result
    }

    static func isWatched(_ name: some StringProtocol) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.hasSuffix("~") && !name.hasSuffix(".swp")
    }

    /// Calls `visit` for `root` and everything under it, telling folders from the rest by
    /// the type the directory listing gives, so folders alone cost no `stat` per file. A
    /// link is visited for what it points to but never followed into a folder.
    private func walk(_ root: String, visit: (String, _ isFolder: Bool) -> Void) {
        visit(root, true)
        for entry in FolderListing.entries(in: root) where Self.isWatched(entry.name) {
            let path = root + "/" + entry.name
            var isFolder = entry.isFolder
            if isFolder == nil {
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                isFolder = (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder == true { walk(path, visit: visit) } else { visit(path, false) }
        }
    }

    /// Adds every folder (new ones too) to the inotify watch; adding one twice is harmless.
    private func watchFolders() {
        #if os(Linux)
            guard inotify >= 0 else { return }
            let events =
                IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                | IN_DELETE_SELF | IN_MOVE_SELF
            for root in folders {
                walk(root) { path, isFolder in if isFolder { _ = inotify_add_watch(inotify, path, UInt32(events)) } }
            }
        #endif
    }

    #if os(Linux)
        /// Reads every pending event: whether one names a file that matters, and whether
        /// a folder was made, moved or removed.
        private func drainEvents() -> (relevant: Bool, folders: Bool) {
            var relevant = false
            var folders = false
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
                guard count > 0 else { return (relevant, folders) }
                buffer.withUnsafeBytes { bytes in
                    var offset = 0
                    let header = MemoryLayout<inotify_event>.size
                    while offset + header <= count {
                        let event = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                        let nameBytes = bytes[(offset + header)..<(offset + header + Int(event.len))].prefix { $0 != 0 }
                        let name = String(decoding: nameBytes, as: UTF8.self)
                        // No name: the watched folder itself changed (deleted or moved).
                        if name.isEmpty || Self.isWatched(name) { relevant = true }
                        if name.isEmpty || event.mask & UInt32(IN_ISDIR) != 0 { folders = true }
                        offset += header + Int(event.len)
                    }
                }
            }
        }
    #endif
}
