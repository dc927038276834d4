import Foundation
import QuarterlyBuiltins
import QuarterlyContent
import QuarterlyModel
import Synchronization

/// The words of a site in one language: the built-in `strings/<language>.yml`, with the
/// site's own `templates/strings/<language>.yml` (if it has one) laid over it key by key,
/// so a council rewords one sentence without copying the rest.
package enum StringsFolder {
    /// The languages Quarterly has words for.
    package static var builtinLanguages: [String] {
        Builtins.templates.compactMap { file in
            guard file.path.hasPrefix("strings/"), file.path.hasSuffix(".yml") else { return nil }
            return String(file.path.dropFirst("strings/".count).dropLast(".yml".count))
        }.sorted()
    }

    /// The built-in words of each language, read once a process (the preview would
    /// otherwise parse them again on every reload): they are part of the program.
    private static let builtins = Mutex<[String: Result<Catalogue, DiagnosticList>]>([:])

    private static func builtinCatalogue(_ code: String, text: String, name: String) throws(DiagnosticList)
        -> Catalogue
    {
        let result =
            builtins.withLock { $0[code] }
            ?? {
                let base = StringsFile.read(text, path: TemplateFolder.builtinFolder + "/" + name, language: code)
                let result: Result<Catalogue, DiagnosticList> =
                    base.diagnostics.isEmpty
                    ? .success(Catalogue(language: code, entries: base.entries))
                    : .failure(DiagnosticList(base.diagnostics))
                builtins.withLock { $0[code] = result }
                return result
            }()
        return try result.get()
    }

    /// `language` is a tag such as `en-GB`; its primary language (`en`) names the files.
    /// - Parameter site: site.yml's path, for the error when Quarterly has no words in `language`.
    package static func catalogue(language: String, overlay: String?, site: String = "site.yml")
        throws(DiagnosticList) -> Catalogue
    {
        let code = LanguageCode.primary(language)
        let name = "strings/\(code).yml"
        guard let builtin = Builtins.templates.first(where: { $0.path == name }) else {
            throw DiagnosticList([
                Diagnostic(
                    path: site, code: .invalidStrings,
                    message: "Quarterly has no words in the language `\(language)`",
                    hint: "The languages it has are " + builtinLanguages.map { "`\($0)`" }.joined(separator: ", ")
                        + ": name only those in `language:` and `languages:`.")
            ])
        }
        let catalogue = try builtinCatalogue(code, text: builtin.text, name: name)
        guard let overlay else { return catalogue }
        let path = overlay + "/" + name
        guard FileManager.default.fileExists(atPath: path) else { return catalogue }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw DiagnosticList([
                Diagnostic(
                    path: path, code: .invalidEncoding, message: "cannot read this strings file as UTF-8 text",
                    hint: "Save it as UTF-8.")
            ])
        }
        // The last one read for this path, while its text is the same (the preview reads
        // it on every reload; a site that copied every string has a file as long as ours).
        if let known = overlays.withLock({ $0[path] }), known.text == text { return known.catalogue }
        let own = StringsFile.read(
            text.replacingOccurrences(of: "\r\n", with: "\n"), path: path, language: code, known: catalogue)
        guard own.diagnostics.isEmpty else { throw DiagnosticList(own.diagnostics) }
        let merged = catalogue.merging(own.entries)
        overlays.withLock { $0[path] = (text, merged) }
        return merged
    }

    private static let overlays = Mutex<[String: (text: String, catalogue: Catalogue)]>([:])
}
