import Foundation

/// The entries of one folder, read with `readdir`: FileManager's listing cost more than
/// the files' own `lstat` calls. Hidden names (editors and git keep theirs there) are left out.
public enum FolderListing {
    public struct Entry: Sendable {
        public let name: String
        /// Whether it is a folder (not following links), when the listing says; nil when
        /// the file system does not (the caller then asks `lstat`).
        public let isFolder: Bool?
        /// Whether the listing says it is a plain file (not a folder, not a link).
        public let isPlainFile: Bool
    }

    /// Why a folder could not be listed: the `errno` of `opendir` or `readdir`.
    public struct Failure: Error, Sendable {
        public let code: Int32

        /// In words, for an officer: "permission denied".
        public var reason: String { String(cString: strerror(code)).lowercased() }
    }

    /// Unsorted; empty when the folder cannot be read (for callers that only watch).
    public static func entries(in folder: String) -> [Entry] {
        (try? read(folder).get()) ?? []
    }

    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
    private static let typeOffset = MemoryLayout<dirent>.offset(of: \dirent.d_type)!

    /// Unsorted, or why the folder cannot be read: content must never be skipped silently.
    public static func read(_ folder: String) -> Result<[Entry], Failure> {
        guard let directory = opendir(folder) else { return .failure(Failure(code: errno)) }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while true {
            // readdir returns nil both at the end and on an error; only errno tells them apart.
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { return .failure(Failure(code: errno)) }
                break
            }
            // The name is read where it lies, up to its NUL: an entry is only as long as its
            // name needs, so copying the whole `dirent` could read past the end of the
            // listing's buffer (and did, into an unmapped page).
            let raw = UnsafeRawPointer(entry)
            let name = String(cString: (raw + nameOffset).assumingMemoryBound(to: CChar.self))
            guard !name.hasPrefix(".") else { continue }
            let type = Int32(raw.load(fromByteOffset: typeOffset, as: UInt8.self))
            entries.append(
                Entry(name: name, isFolder: type == DT_UNKNOWN ? nil : type == DT_DIR, isPlainFile: type == DT_REG))
        }
        return .success(entries)
    }
}
