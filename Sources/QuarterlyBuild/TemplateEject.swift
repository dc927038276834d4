import Foundation
import QuarterlyBuiltins
import QuarterlyModel

/// `quarterly templates eject`: copies a built-in template or asset into a site's
/// templates folder to edit there. The copy is byte for byte the default, so a site
/// starts from exactly what it had.
package enum TemplateEject {
    /// The built-in file a name means: its path (`partials/rag.mustache`), that path
    /// without `.mustache` (`partials/rag`, as partials are named in templates), or its
    /// file name alone when only one file has it (`rag`, `quarterly.css`).
    package static func builtin(named name: String) -> Result<BuiltinFile, UnknownTemplate> {
        let files = Builtins.templates
        let wanted = name.hasPrefix("./") ? String(name.dropFirst(2)) : name
        if let file = files.first(where: { $0.path == wanted || $0.path == wanted + ".mustache" }) {
            return .success(file)
        }
        let byName = files.filter { file in
            let last = file.path.split(separator: "/").last.map(String.init) ?? file.path
            return last == wanted || last == wanted + ".mustache"
        }
        if byName.count == 1 { return .success(byName[0]) }
        // A slip in the path or in the file name alone: `partials/ragg`, `ragg`.
        let names = files.map { $0.path.hasSuffix(".mustache") ? String($0.path.dropLast(".mustache".count)) : $0.path }
        let suggestion =
            Suggestion.closest(to: wanted, among: names)
            ?? Suggestion.closest(to: wanted, among: names.map { String($0.split(separator: "/").last ?? "") })
            .flatMap { last in names.first { $0 == last || $0.hasSuffix("/" + last) } }
        return .failure(UnknownTemplate(name: name, ambiguous: byName.map(\.path), suggestion: suggestion))
    }

    /// Writes `file` into `folder` under its own path; never over a file already there
    /// unless `replacing`. Returns the path written.
    package static func write(_ file: BuiltinFile, into folder: String, replacing: Bool) throws -> String {
        let path = folder + "/" + file.path
        let url = URL(fileURLWithPath: path)
        if FileManager.default.fileExists(atPath: path), !replacing { throw AlreadyThere(path: path) }
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try file.data.write(to: url, options: .atomic)
        return path
    }

    package struct UnknownTemplate: Error, CustomStringConvertible {
        let name: String
        let ambiguous: [String]
        let suggestion: String?

        package var description: String {
            if !ambiguous.isEmpty {
                return
                    "`\(name)` could be \(ambiguous.map { "`\($0)`" }.joined(separator: " or ")): name it by its path"
            }
            return "there is no built-in template or asset `\(name)`"
                + (suggestion.map { ". Did you mean `\($0)`?" } ?? "")
        }
    }

    package struct AlreadyThere: Error, CustomStringConvertible {
        let path: String
        package var description: String {
            "\(path) already exists: it is your site's own copy. Use --force to replace it with the default."
        }
    }
}
