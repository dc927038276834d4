import Foundation

/// Notices edits to the content and templates by comparing each file's size and
/// modification time every fraction of a second: simple, portable, and fast enough for
/// a few thousand files (inotify would not see edits on some mounted folders anyway).
struct SourceWatcher: Sendable {
    let folders: [String]

    /// path → (size, modified); hidden files and editors' swap files are left out.
    func fingerprint() -> [String: [Double]] {
        var result: [String: [Double]] = [:]
        let fileManager = FileManager.default
        for folder in folders {
            guard let walker = fileManager.enumerator(atPath: folder) else { continue }
            for case let relative as String in walker {
                let name = (relative as NSString).lastPathComponent
                if name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") { continue }
                let path = folder + "/" + relative
                guard let attributes = try? fileManager.attributesOfItem(atPath: path) else { continue }
                let size = (attributes[.size] as? NSNumber)?.doubleValue ?? 0
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                result[path] = [size, modified]
            }
        }
        return result
    }
}
