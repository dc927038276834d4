import Foundation

/// An absolute path with every link and `..` resolved, the part that does not exist yet
/// included, so that two names for one folder (`.`, `../site`, a link) compare equal.
struct RealPath: Equatable, CustomStringConvertible {
    let path: String

    init(_ name: String, from directory: String) {
        path = Self.resolve(name.hasPrefix("/") ? name : directory + "/" + name)
    }

    var description: String { path }

    /// Whether `other` is this folder or anything under it.
    func contains(_ other: RealPath) -> Bool {
        other.path == path || other.path.hasPrefix(path == "/" ? "/" : path + "/")
    }

    /// The folders from this one up to `/`.
    var selfAndAncestors: [RealPath] {
        var result = [self]
        while let last = result.last, last.path != "/" {
            result.append(RealPath(resolved: (last.path as NSString).deletingLastPathComponent))
        }
        return result
    }

    private init(resolved: String) {
        path = resolved.isEmpty ? "/" : resolved
    }

    private static func resolve(_ path: String) -> String {
        if let real = realpath(path, nil) {
            defer { free(real) }
            return String(cString: real)
        }
        // Missing: resolve its parent, then add the name (which cannot be a link).
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty, parent != path else { return path }
        let base = resolve(parent)
        switch (path as NSString).lastPathComponent {
        case ".", "": return base
        case "..": return base == "/" ? "/" : (base as NSString).deletingLastPathComponent
        case let name: return base == "/" ? "/" + name : base + "/" + name
        }
    }
}
