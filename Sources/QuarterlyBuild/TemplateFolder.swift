import Foundation
import QuarterlyModel
import QuarterlyRender

/// Reads `templates/`: every `.mustache` file (partials in subfolders) and the assets.
package enum TemplateFolder {
    package static func readTemplates(from directory: String) throws(DiagnosticList) -> [TemplateSource] {
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticList([
                Diagnostic(
                    path: directory, code: .missingTemplate, message: "no templates folder here",
                    hint: "Name the folder with --templates DIR, or copy Quarterly's templates/ folder.")
            ])
        }
        var sources: [TemplateSource] = []
        var problems: [Diagnostic] = []
        let paths = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []).sorted()
        for relative in paths where relative.hasSuffix(".mustache") {
            let display = directory + "/" + relative
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(relative).path),
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
                    name: String(relative.dropLast(".mustache".count)), displayPath: display,
                    text: text.replacingOccurrences(of: "\r\n", with: "\n")))
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return sources
    }

    /// Files under `templates/assets/`, relative to that folder.
    static func assets(in directory: String) -> [(url: URL, relativePath: String)] {
        let root = URL(fileURLWithPath: directory, isDirectory: true).appendingPathComponent("assets")
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
