import Foundation
import PackagePlugin

/// Embeds what `quarterly` carries inside its one binary: the default templates and
/// assets (`templates/`), the starter site `quarterly init` writes (`starter/`), and the
/// version (`VERSION`) with the commit it was built from. The folders stay the source;
/// `embed.sh` writes them into one Swift file.
///
/// SwiftPM runs this plugin again only when the package's structure changes (the
/// manifest, a Swift file added), and then reruns the command only when its command line
/// changes or a file it names changes. So the command names every file (an edit reruns
/// it), the file list is part of its command line (a file added is embedded once the
/// plugin runs again; `BuiltinTemplatesTests` says when that is needed), and the commit is
/// read by `embed.sh` itself whenever git's record of HEAD changes (a commit, a checkout).
@main
struct EmbedBuiltins: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let templates = files(under: root.appendingPathComponent("templates"), hidden: false)
        let starter = files(under: root.appendingPathComponent("starter"), hidden: true)
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("Embedded.swift")
        let embedded: [String] = templates.map { "templates/" + $0 } + starter.map { "starter/" + $0 }
        let script = root.appendingPathComponent("Plugins/EmbedBuiltins/embed.sh")
        let inputs: [URL] = (embedded + ["VERSION"]).map { root.appendingPathComponent($0) } + gitHeadFiles(root)
        return [
            .buildCommand(
                displayName: "Embedding the templates, the starter site and the version",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: [script.path, root.path, output.path] + embedded,
                inputFiles: inputs + [script],
                outputFiles: [output])
        ]
    }

    /// Every file under `folder` by its relative path, sorted. Hidden files are left out of
    /// the templates (an editor's `.DS_Store`) but kept in the starter, whose `.gitignore`
    /// and `.github/` are part of it.
    private func files(under folder: URL, hidden: Bool) -> [String] {
        let names = FileManager.default.subpaths(atPath: folder.path) ?? []
        return names.sorted().filter { name in
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(name)
            return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && !isFolder.boolValue
                && (hidden || !name.split(separator: "/").contains { $0.hasPrefix(".") })
        }
    }

    /// Files git rewrites whenever HEAD moves: `HEAD`, and its log, which every commit,
    /// checkout, merge and reset appends to. None outside a git work tree.
    private func gitHeadFiles(_ root: URL) -> [URL] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root.path, "rev-parse", "--absolute-git-dir"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return [] }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let gitDirectory = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, !gitDirectory.isEmpty else { return [] }
        return ["HEAD", "logs/HEAD"].map { URL(fileURLWithPath: gitDirectory).appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
    }
}
