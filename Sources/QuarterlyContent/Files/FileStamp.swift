import Foundation

/// What `stat` says of a file: enough to tell that it has not changed since it was last
/// read, the way git and make tell (size, both times to the nanosecond, inode).
public struct FileStamp: Hashable, Sendable {
    let size: Int64
    let modified: timespec
    let changed: timespec
    let inode: UInt64
    let device: UInt64

    public init(_ info: stat) {
        size = Int64(info.st_size)
        modified = info.st_mtim
        changed = info.st_ctim
        inode = UInt64(info.st_ino)
        device = UInt64(info.st_dev)
    }

    /// Follows links; nil when the file cannot be stat'ed (reading it will say why).
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }

    /// Whether the file was modified less than a second before `moment`: it could change
    /// again within the same tick of the file system's clock without its stamp changing,
    /// so it must not be trusted yet.
    func isRecent(comparedWith moment: timespec) -> Bool {
        modified.tv_sec >= moment.tv_sec - 1
    }

    init(size: Int64, modified: timespec, changed: timespec, inode: UInt64, device: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
        self.device = device
    }

    public static func == (a: FileStamp, b: FileStamp) -> Bool {
        a.size == b.size && a.inode == b.inode && a.device == b.device
            && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
            && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(size)
        hasher.combine(inode)
        hasher.combine(modified.tv_nsec)
    }

    /// Now, on the clock file systems stamp files with.
    static var now: timespec {
        var moment = timespec()
        clock_gettime(CLOCK_REALTIME, &moment)
        return moment
    }
}
