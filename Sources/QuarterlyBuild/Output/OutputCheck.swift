import Foundation
import QuarterlyModel

/// Whether a build may replace its output folder, decided before any other work: the
/// output folder is only ever a site. It may not be, hold or sit inside the content or
/// templates folder, nor hold the git work tree; it may not be a file; and a folder that
/// exists must be empty or a site Quarterly built (`SiteMarker`).
public enum OutputCheck {
    public static func refusal(
        for options: BuildOptions, workingDirectory: String = FileManager.default.currentDirectoryPath
    ) -> Diagnostic? {
        let output = RealPath(options.outputDirectory, from: workingDirectory)
        func refuse(_ message: String, _ hint: String) -> Diagnostic {
            Diagnostic(path: options.outputDirectory, code: .unsafeOutput, message: message, hint: hint)
        }
        let ownFolder = "Name a folder of its own for the site, such as `--output public`."
        let sources =
            [(options.contentDirectory, "content")] + (options.templatesDirectory.map { [($0, "templates")] } ?? [])
        for (name, kind) in sources {
            let source = RealPath(name, from: workingDirectory)
            let replaced = "Building would replace it with the site. " + ownFolder
            if output == source {
                return refuse("the output folder is the \(kind) folder `\(name)` (\(output))", replaced)
            }
            if output.contains(source) {
                return refuse("the output folder (\(output)) holds the \(kind) folder `\(name)`", replaced)
            }
            if source.contains(output) {
                return refuse(
                    "the output folder (\(output)) is inside the \(kind) folder `\(name)`",
                    "The next build would read the site as \(kind). " + ownFolder)
            }
        }
        for start in [workingDirectory, options.contentDirectory] {
            if let tree = gitWorkTree(around: RealPath(start, from: workingDirectory)), output.contains(tree) {
                return refuse(
                    "the output folder (\(output)) holds the git work tree at \(tree)",
                    "Building would replace the repository with the site. " + ownFolder)
            }
        }
        var info = stat()
        guard stat(output.path, &info) == 0 else { return nil }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            return refuse(
                "the output folder (\(output)) is a file, not a folder",
                "Quarterly writes the site into a folder of its own and replaces it whole. " + ownFolder)
        }
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []).sorted()
        guard entries.isEmpty || SiteMarker.isSite(output.path, entries: entries) else {
            let named = entries.prefix(3).map { "`\($0)`" }.joined(separator: ", ") + (entries.count > 3 ? ", …" : "")
            return refuse(
                "the output folder (\(output)) holds files Quarterly did not write: \(named)",
                "A build replaces the whole output folder, so it writes only into a new or empty folder, or one "
                    + "it built (which has a `\(SiteMarker.fileName)` file). Name another folder, or empty this one.")
        }
        // The swap itself needs only the parent, but the old site could then not be removed.
        guard access(output.path, W_OK) == 0 else {
            return refuse(
                "the output folder (\(output)) is read-only",
                "A build replaces it and removes the old site, which needs write access: `chmod u+w` it, "
                    + "or name another folder.")
        }
        return nil
    }

    /// The root of the git work tree around `folder`: the nearest folder up that has `.git`.
    static func gitWorkTree(around folder: RealPath) -> RealPath? {
        folder.selfAndAncestors.first { FileManager.default.fileExists(atPath: $0.path + "/.git") }
    }
}
