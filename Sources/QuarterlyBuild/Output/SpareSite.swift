import Foundation
import QuarterlyContent

#if canImport(Glibc)
    import Glibc
#endif

/// The site a build replaced, kept beside the output (`.<output>.quarterly-spare`) when
/// most of its files live on in the new site (as hard links, so it costs little disk).
/// The next build stages into it rather than into a fresh folder: its folders are already
/// there and every file still the same is already linked, so a build after a one-file
/// edit makes no folders and removes no old tree (on ext4, making folders just after
/// removing a tree of them was most of such a build's writing). Only the build cache's own
/// files are kept; the build replaces each one it makes (never writing through it: its
/// inode may be the live site's) and removes those the new site lacks.
enum SpareSite {
    /// Whether `path` is a spare a build left: a folder itself (never a link to one)
    /// holding the mark every built site has.
    static func isSpare(_ path: String) -> Bool {
        var info = stat()
        var marker = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            && lstat(path + "/" + SiteMarker.fileName, &marker) == 0 && (marker.st_mode & S_IFMT) == S_IFREG
    }

    /// Sweeps a spare just taken as a staging folder down to the files its cache manifest
    /// lists; returns them as described there, or nil when it cannot be used: it has no
    /// manifest, or a folder in it cannot be read or written (made read-only, say).
    static func sweep(_ folder: String) -> [String: CacheManifest.File]? {
        guard let manifest = CacheManifest.read(in: URL(fileURLWithPath: folder)) else { return nil }
        var listed: [String: CacheManifest.File] = [:]
        for job in manifest.jobs.values {
            for file in job.files { listed[file.path] = file }
        }
        var kept: [String: CacheManifest.File] = [:]
        var usable = true
        /// Whether the folder is left empty (so its parent removes it: a folder that keeps
        /// files, nearly all of them, is not asked to go).
        func visit(_ relative: String) -> Bool {
            let path = relative.isEmpty ? folder : folder + "/" + relative
            guard usable, access(path, W_OK) == 0, case .success(let entries) = FolderListing.read(path) else {
                usable = false
                return false
            }
            var empty = true
            for entry in entries {
                let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
                let childPath = folder + "/" + child
                var isFolder = entry.isFolder
                if isFolder == nil {
                    var info = stat()
                    isFolder = lstat(childPath, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
                }
                if isFolder == true {
                    if !visit(child) || rmdir(childPath) != 0 { empty = false }
                } else if let file = listed[child] {
                    // Not looked at now: a kept file is used only if `stat` says it is still
                    // as described (`OutputCache.reuse`, `removeStale`), else replaced.
                    kept[child] = file
                    empty = false
                } else if child == CacheManifest.fileName {
                    // Kept while the content is checked, so that a build that stops there
                    // can put the spare back as it was (`OutputFolder.giveBack`); a build
                    // that goes on writes its own.
                    empty = false
                } else if unlink(childPath) != 0, errno != ENOENT {
                    usable = false
                    empty = false
                }
            }
            return empty
        }
        _ = visit("")
        return usable ? kept : nil
    }

    /// Removes the kept files the new site does not have (those still as swept: a file
    /// this build wrote at the same path is its own), then their folders if left empty.
    static func removeStale(
        in folder: String, kept: [String: CacheManifest.File], produced: (String) -> Bool
    ) throws {
        for (relative, file) in kept where !produced(relative) {
            let path = folder + "/" + relative
            guard CacheManifest.describe(path, as: relative) == file else { continue }
            guard unlink(path) == 0 || errno == ENOENT else {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            var parent = (relative as NSString).deletingLastPathComponent
            while !parent.isEmpty, rmdir(folder + "/" + parent) == 0 {
                parent = (parent as NSString).deletingLastPathComponent
            }
        }
    }
}
