import Foundation
import QuarterlyContent
import QuarterlyModel

/// Wakes the preview when a content or template file changes. Where the kernel offers
/// inotify it says so at once, without looking at every file; a comparison of every
/// file's `stat` stamp, every `fullCheckInterval`, catches what inotify cannot see (edits
/// made from outside on some mounted folders), and is the only check where it is missing:
/// on systems without inotify (macOS) the watcher polls every 0.1 s. Used by one thread at
/// a time.
///
/// It also says which files of the first folder (the content) changed, so a reload
/// need not `stat` the others (`takeChanges`).
package final class SourceWatcher: @unchecked Sendable {
    let folders: [String]
    private let inotify: Int32
    /// Every file's stamp at the last full check, kept up to date with the files inotify
    /// names, so the next full check finds what inotify missed; nil after folders came or
    /// went (the next full check starts again from what it sees).
    private var stamps: [String: FileStamp]? = [:]
    private var lastFullCheck = ContinuousClock.now
    /// How long the last full check took, in seconds: a national site's is a `stat` of
    /// 100,000 files.
    private var lastFullCheckCost = 0.0
    /// Each watched folder, by watch descriptor: the folder's index in `folders` and its
    /// path relative to that folder ("" for the folder itself).
    private var watched: [Int32: (root: Int, folder: String)] = [:]
    /// The content files (relative paths) changed since the last `takeChanges`; nil when
    /// the watcher cannot say which (at first, after folders changed, events were lost,
    /// or a full check found a change that inotify did not report).
    private var changes: Set<String>?
    /// Whether a file of another folder (the templates) may have changed since the last
    /// `takeOtherChanges`.
    private var othersChanged = true
    /// Whether another folder holds a link: what it points to changes unseen.
    private var linksInOthers = false

    /// `inotify: false` polls as on a system without it (for tests).
    package init(folders: [String], inotify useInotify: Bool = true) {
        self.folders = folders
        #if os(Linux)
            inotify = useInotify ? inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK)) : -1
        #else
            inotify = -1
        #endif
        stamps = timedFingerprint()
        watchFolders()
    }

    deinit {
        if inotify >= 0 { close(inotify) }
    }

    /// Seconds between full checks.
    var fullCheckInterval: Double { Self.fullCheckInterval(inotify: inotify >= 0, lastCost: lastFullCheckCost) }

    /// Every 2 s with inotify, every 0.1 s without; but never so often that the checks take
    /// more than a fiftieth of the time beside inotify, or a quarter of it without: on a
    /// large site a check every 2 s kept half a core busy, and an edit waited for the
    /// check in progress before its reload could start.
    package static func fullCheckInterval(inotify: Bool, lastCost: Double) -> Double {
        inotify ? max(2, 50 * lastCost) : max(0.1, 4 * lastCost)
    }

    /// Every file's stamp, noting when the check ended and how long it took.
    private func timedFingerprint() -> [String: FileStamp] {
        let start = ContinuousClock.now
        let result = fingerprint()
        lastFullCheck = .now
        lastFullCheckCost = start.duration(to: lastFullCheck).seconds
        return result
    }

    /// Blocks until a file changed (true), or for at most `fullCheckInterval` (false).
    package func waitForChange() -> Bool {
        if inotify >= 0 {
            if let changed = waitForEvents() { return changed }
        } else {
            Thread.sleep(forTimeInterval: fullCheckInterval)
        }
        let now = timedFingerprint()
        defer { stamps = now }
        guard let stamps, now != stamps else { return false }
        changes = nil
        othersChanged = true
        watchFolders()
        return true
    }

    /// The content files changed since the last call (relative to the content folder), or
    /// nil when any file may have changed. Call it just before loading: what changes
    /// during the load is in the next call's answer.
    package func takeChanges() -> Set<String>? {
        defer { changes = [] }
        return changes
    }

    /// Whether a file of the other folders (the templates) may have changed since the
    /// last call; taken with `takeChanges`, so a reload can keep the templates it parsed.
    package func takeOtherChanges() -> Bool {
        defer { othersChanged = false }
        return othersChanged || linksInOthers
    }

    /// Waits on inotify until the next full check is due: true when an event named a file
    /// that matters, false when events named only others, nil when the full check is due.
    private func waitForEvents() -> Bool? {
        #if os(Linux)
            let remaining = fullCheckInterval - lastFullCheck.duration(to: .now).seconds
            var request = pollfd(fd: inotify, events: Int16(POLLIN), revents: 0)
            if remaining > 0, poll(&request, 1, Int32(remaining * 1000)) > 0 {
                // Events about hidden and swap files alone are not a change.
                var files = Set<WatchedFile>()
                var unfinished = Set<WatchedFile>()
                let first = drainEvents(into: &files, unfinished: &unfinished)
                guard first.relevant else { return false }
                // An editor saves in several steps (write a copy, rename it over): while a
                // file is being written (not yet closed) or was moved away, let them finish,
                // until 2 ms pass without an event (a step that comes later only costs
                // another reload), for at most 50 ms. A file written and closed is done.
                var folders = first.folders
                let settling = ContinuousClock.now
                while settling.duration(to: .now) < .milliseconds(50),
                    poll(&request, 1, unfinished.isEmpty ? 0 : 2) > 0
                {
                    folders = drainEvents(into: &files, unfinished: &unfinished).folders || folders
                }
                if folders {
                    // Watching means walking every folder: only when a folder came or went,
                    // not for a file edited, which is most changes (and a large site has
                    // thousands of folders to walk before the rebuild could start). Files
                    // may have come or gone with the folder unseen: any may have changed,
                    // and the stamps are taken again at the next full check, not now, which
                    // would delay the rebuild by a look at every file.
                    watchFolders()
                    changes = nil
                    othersChanged = true
                    stamps = nil
                } else {
                    for file in files {
                        if file.root == 0 { changes?.insert(file.path) } else { othersChanged = true }
                        let full = self.folders[file.root] + "/" + file.path
                        stamps?[full] = FileStamp(path: full)
                    }
                }
                return true
            }
        #endif
        return nil
    }

    /// path → stamp; hidden files and editors' backup and swap files are left out.
    func fingerprint() -> [String: FileStamp] {
        var result: [String: FileStamp] = [:]
        for folder in folders {
            walk(folder) { path, isFolder, _ in
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
    /// link is visited for what it points to but never followed into a folder; `isLink`
    /// says a file is not plain (a link, or a socket or device, taken as one).
    private func walk(_ root: String, visit: (String, _ isFolder: Bool, _ isLink: Bool) -> Void) {
        visit(root, true, false)
        for entry in FolderListing.entries(in: root) where Self.isWatched(entry.name) {
            let path = root + "/" + entry.name
            var isFolder = entry.isFolder
            var isPlain = entry.isPlainFile
            if isFolder == nil {
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                isFolder = (info.st_mode & S_IFMT) == S_IFDIR
                isPlain = (info.st_mode & S_IFMT) == S_IFREG
            }
            if isFolder == true {
                walk(path, visit: visit)
            } else {
                visit(path, false, !isPlain)
            }
        }
    }

    /// A file an event named: the index of its folder in `folders`, and its path there.
    struct WatchedFile: Hashable {
        let root: Int
        let path: String
    }

    /// Adds every folder (new ones too) to the inotify watch; adding one twice is harmless
    /// (the same descriptor comes back, and its path is brought up to date).
    private func watchFolders() {
        #if os(Linux)
            guard inotify >= 0 else { return }
            let events =
                IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                | IN_DELETE_SELF | IN_MOVE_SELF
            var links = false
            defer { linksInOthers = links }
            for (index, root) in folders.enumerated() {
                walk(root) { path, isFolder, isLink in
                    if isLink, index > 0 { links = true }
                    guard isFolder else { return }
                    let descriptor = inotify_add_watch(inotify, path, UInt32(events))
                    if descriptor >= 0 {
                        watched[descriptor] = (index, path == root ? "" : String(path.dropFirst(root.count + 1)))
                    }
                }
            }
        #endif
    }

    #if os(Linux)
        /// Reads every pending event into `files`: whether one names a file that matters,
        /// and whether a folder was made, moved or removed (or events were lost, or came
        /// from a folder no longer known: then which files changed cannot be said).
        /// `unfinished` holds the files written but not yet closed, or moved away.
        private func drainEvents(
            into files: inout Set<WatchedFile>, unfinished: inout Set<WatchedFile>
        ) -> (relevant: Bool, folders: Bool) {
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
                        // No name: the watched folder itself changed (deleted or moved), or
                        // the queue overflowed (events were lost).
                        if name.isEmpty || Self.isWatched(name) { relevant = true }
                        if name.isEmpty || event.mask & UInt32(IN_ISDIR) != 0 { folders = true }
                        if !name.isEmpty, Self.isWatched(name) {
                            if let folder = watched[event.wd] {
                                let file = WatchedFile(
                                    root: folder.root, path: folder.folder.isEmpty ? name : folder.folder + "/" + name)
                                files.insert(file)
                                if event.mask & UInt32(IN_MODIFY | IN_CREATE | IN_MOVED_FROM) != 0 {
                                    unfinished.insert(file)
                                }
                                if event.mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_DELETE) != 0 {
                                    unfinished.remove(file)
                                }
                            } else {
                                folders = true
                            }
                        }
                        offset += header + Int(event.len)
                    }
                }
            }
        }
    #endif
}
