import Foundation

/// The entries of one folder, read with `readdir`: FileManager's listing cost more than
/// the files' own `lstat` calls. Hidden names (editors and git keep theirs there) are left out.
public enum FolderListing {
    public struct Entry: Sendable {
        public let name: String
        /// Whether it is a folder (not following links), when the listing says; nil when
        /// the file system does not (the caller then asks `lstat`).
        public let isFolder: Bool?
    }

    /// Unsorted; empty when the folder cannot be read.
    public static func entries(in folder: String) -> [Entry] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let type = Int32(entry.pointee.d_type)
            entries.append(Entry(name: name, isFolder: type == DT_UNKNOWN ? nil : type == DT_DIR))
        }
        return entries
    }
}
