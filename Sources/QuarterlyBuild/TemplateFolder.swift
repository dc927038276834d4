import Foundation
import QuarterlyBuiltins
import QuarterlyModel
import QuarterlyRender

/// The site's templates and assets: Quarterly's built-in defaults, with a site's own
/// `templates/` folder laid over them file by file, as Hugo and Zola themes work. A site
/// that changes only its CSS and one partial holds only those two files; every other
/// file comes from the defaults of the Quarterly that builds it.
package enum TemplateFolder {
    /// Shown as the folder of a built-in template in messages.
    package static let builtinFolder = "(built-in)"

    /// The overlay a site has without `--templates`: the `templates/` folder beside its
    /// content folder, if there is one; nil for the built-in templates alone.
    package static func overlay(besideContent content: String) -> String? {
        let candidate = folder(besideContent: content)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue
        else { return nil }
        return candidate
    }

    /// Where a site's own templates go: `templates/` beside its content folder.
    package static func folder(besideContent content: String) -> String {
        let parent = (content as NSString).deletingLastPathComponent
        return parent.isEmpty ? "templates" : parent + "/templates"
    }

    /// Every template: each built-in one, or the overlay's file of the same name instead,
    /// and any the overlay adds (a partial of its own).
    package static func readTemplates(overlay: String?) throws(DiagnosticList) -> [TemplateSource] {
        var sources = builtinSources
        if let overlay {
            for source in try readTemplates(from: overlay) { sources[source.name] = source }
        }
        return sources.values.sorted { $0.name < $1.name }
    }

    /// Every asset, published under `assets/`: the built-in ones, each replaced by the
    /// overlay's file of the same path, and any the overlay adds.
    static func assets(overlay: String?) -> [SiteAsset] {
        var assets: [String: SiteAsset] = [:]
        for file in Builtins.templates where file.path.hasPrefix("assets/") {
            assets[file.path] = SiteAsset(path: file.path, source: .builtin(file.data))
        }
        if let overlay {
            for (url, relative) in files(in: overlay + "/assets") {
                assets["assets/" + relative] = SiteAsset(path: "assets/" + relative, source: .file(url))
            }
        }
        return assets.values.sorted { $0.path < $1.path }
    }

    /// The `.mustache` files of one folder alone (partials in subfolders).
    package static func readTemplates(from directory: String) throws(DiagnosticList) -> [TemplateSource] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticList([
                Diagnostic(
                    path: directory, code: .missingTemplate, message: "no templates folder here",
                    hint: "Name your templates folder with --templates DIR, or leave --templates out to use the "
                        + "built-in templates (with `templates/` beside the content folder laid over them, if it exists)."
                )
            ])
        }
        var sources: [TemplateSource] = []
        var problems: [Diagnostic] = []
        for (url, relative) in files(in: directory) where relative.hasSuffix(".mustache") {
            let display = directory + "/" + relative
            guard let data = FileManager.default.contents(atPath: url.path),
                let text = String(data: data, encoding: .utf8)
            else {
                problems.append(
                    Diagnostic(
                        path: display, code: .invalidEncoding, message: "cannot read this template as UTF-8 text",
                        hint: "Save the template as UTF-8."))
                continue
            }
            sources.append(
                TemplateSource(
                    name: String(relative.dropLast(".mustache".count)), displayPath: display, text: normalised(text)))
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return sources
    }

    /// The built-in templates by name, made once per process (the preview reads the
    /// templates at every reload).
    private static let builtinSources: [String: TemplateSource] = {
        var sources: [String: TemplateSource] = [:]
        for file in Builtins.templates where file.path.hasSuffix(".mustache") {
            let name = String(file.path.dropLast(".mustache".count))
            sources[name] = TemplateSource(
                name: name, displayPath: builtinFolder + "/" + file.path, text: normalised(file.text))
        }
        return sources
    }()

    private static func normalised(_ text: String) -> String {
        // Most files have no carriage return: looking is far cheaper than replacing.
        text.utf8.contains(UInt8(ascii: "\r")) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    }

    /// The regular files under `directory`, by path relative to it, sorted; hidden files
    /// and folders (an editor's or the system's) are left out.
    private static func files(in directory: String) -> [(url: URL, relativePath: String)] {
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        let paths = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []).sorted()
        return paths.compactMap { relative in
            var isDirectory: ObjCBool = false
            let url = root.appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
            else { return nil }
            return (url, relative)
        }
    }
}

/// A file published under `assets/`: the site's own, or Quarterly's built-in one.
public struct SiteAsset: Sendable {
    public enum Source: Sendable {
        case file(URL)
        case builtin(Data)
    }

    /// Where it is published, e.g. `assets/quarterly.css`.
    public let path: String
    public let source: Source

    /// Its bytes (read from disk for a site's own file).
    public var data: Data? {
        switch source {
        case .file(let url): FileManager.default.contents(atPath: url.path)
        case .builtin(let data): data
        }
    }
}
