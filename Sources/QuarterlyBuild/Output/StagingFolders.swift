import Foundation

/// The folders a build writes into beside its output, `.<output>.quarterly-<UUID>` (and
/// the spare site, `.<output>.quarterly-spare`, which is not a leftover). Each
/// running build holds a `FolderLock` on its own, so one whose lock is free was left by
/// a build that was killed (`kill -9` cannot be caught), and the next build removes it.
struct StagingFolders {
    let parent: String
    let outputName: String

    private var prefix: String { ".\(outputName).quarterly-" }

    /// Where the site the last build replaced is kept for the next (`SpareSite`).
    var sparePath: String { parent + "/" + prefix + "spare" }

    func newPath() -> String {
        parent + "/" + prefix + UUID().uuidString
    }

    func isStaging(_ name: String) -> Bool {
        name.hasPrefix(prefix) && UUID(uuidString: String(name.dropFirst(prefix.count))) != nil
    }

    /// Removes this output's staging folders that no running build holds, and the lock
    /// file that builds before this change left beside the output. Called with the
    /// parent's lock held, so no build is between making its folder and locking it.
    /// Returns a note for each that could not be removed.
    func removeLeftovers(using remove: (String) throws -> Void) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        var notes: [String] = []
        for name in names.sorted() where isStaging(name) {
            let path = parent + "/" + name
            guard let lock = FolderLock(ifFree: path) else { continue }
            lock.release()
            do { try remove(path) } catch { notes.append(Self.cannotRemove(path, error, what: "an earlier build")) }
        }
        let oldLock = parent + "/.\(outputName).lock"
        if let size = (try? FileManager.default.attributesOfItem(atPath: oldLock))?[.size] as? Int, size == 0 {
            try? FileManager.default.removeItem(atPath: oldLock)
        }
        return notes
    }

    /// The note for a folder left beside the output: where it is, why, and what to do.
    static func cannotRemove(_ path: String, _ error: Error, what: String) -> String {
        let reason = error.localizedDescription.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        return "Could not remove \(path), left by \(what): \(reason). It is not part of the site; "
            + "remove it yourself (`chmod -R u+w` it first if it is read-only)."
    }
}
