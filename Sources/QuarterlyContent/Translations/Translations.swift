import QuarterlyModel

/// The translations of a content folder: each `<id>.<code>.md` (and `site.<code>.yml`)
/// read over the item of the file it translates, so it replaces that item's words and
/// keeps its figures, statuses and dates, which are written once.
struct Translations {
    /// By language, then by the path of the file translated.
    var files: [String: [String: DecodedFile]] = [:]
    var diagnostics: [Diagnostic] = []

    static func decode(
        _ entries: [ContentTree.Entry], of mains: [DecodedFile], site: SiteConfig?, tree: ContentTree,
        financialYearStart: Int
    ) -> Translations {
        var result = Translations()
        let codes = site?.languageCodes ?? []
        let others = Array(codes.dropFirst())
        // A site in one language without translation files, as most are: nothing to decode
        // or to miss (the index of every file below cost a preview's reload 16 ms at 20,000).
        if entries.isEmpty && others.isEmpty { return result }
        let byPath = Dictionary(mains.map { ($0.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
        let decoded = entries.parallelMap { entry -> (String, String, DecodedFile)? in
            let language = entry.place.language!
            let path = tree.displayPath(entry.relativePath)
            let mainPath = Self.mainPath(of: entry.relativePath, language: language)
            guard others.contains(language) else {
                let hint =
                    codes.count > 1
                    ? "This site's other languages are " + others.map { "`\($0)`" }.joined(separator: ", ")
                        + ": rename the file, or add `\(language)` to `languages:` in site.yml."
                    : "To publish in more than one language, list them in site.yml, the default first, e.g. `languages: [\(codes.first ?? "en"), \(language)]`."
                return (
                    language, mainPath,
                    DecodedFile(
                        diagnostics: [
                            Diagnostic(
                                path: path, code: .unknownLanguage,
                                message: "`\(language)` is not one of the site's languages", hint: hint)
                        ])
                )
            }
            guard let main = byPath[mainPath] else {
                return (
                    language, mainPath,
                    DecodedFile(
                        diagnostics: [
                            Diagnostic(
                                path: path, code: .translationWithoutOriginal,
                                message: "this translates \(tree.displayPath(mainPath)), which does not exist",
                                hint:
                                    "A translation sits beside the file it translates, with the same name and `.\(language)` before its extension; rename it, or write the file in the default language first."
                            )
                        ])
                )
            }
            // A file that could not be read has no item to translate: its own error says why.
            guard let item = main.item else { return nil }
            var file: DecodedFile
            switch SourceText.read(path: entry.path, displayPath: path, relativePath: entry.relativePath) {
            case .failure(let problem): file = DecodedFile(diagnostics: [problem])
            case .success(let source):
                file =
                    entry.place.kind == .site
                    ? ContentLoader.decodeSite(source, base: item as? SiteConfig)
                    : ContentLoader.decode(
                        source, place: entry.place, financialYearStart: financialYearStart, base: item)
            }
            file.diagnostics = file.diagnostics.map {
                Self.explained($0, kind: entry.place.kind, main: main.displayPath)
            }
            file.relativePath = mainPath
            file.place = main.place
            return (language, mainPath, file)
        }
        for case (let language, let mainPath, let file)? in decoded {
            result.diagnostics += file.diagnostics
            if file.item != nil { result.files[language, default: [:]][mainPath] = file }
        }
        // Every file of the default language wants its translation in each other language.
        for language in others {
            for main in mains where main.item != nil && result.files[language]?[main.relativePath] == nil {
                let twin = Self.twinPath(of: main.relativePath, language: language)
                result.diagnostics.append(
                    Diagnostic(
                        path: main.displayPath, severity: site?.completeTranslations == true ? .error : .warning,
                        code: .missingTranslation, message: "no translation into `\(language)`",
                        hint:
                            "Write \(tree.displayPath(twin)) with its words in `\(language)` (its title and text; figures and statuses stay in this file only). Until then its pages in `\(language)` show this file's words."
                    ))
            }
        }
        return result
    }

    /// A key a translation may not give is the same in every language: say so.
    static func explained(_ diagnostic: Diagnostic, kind: ContentKind, main: String) -> Diagnostic {
        guard diagnostic.code == .unknownKey,
            let key = diagnostic.message.split(separator: "`").dropFirst().first.map(String.init),
            kind.itemType.fieldInfo.contains(where: { $0.key == key })
        else { return diagnostic }
        let words = kind.itemType.translatedKeys
        return Diagnostic(
            path: diagnostic.path, position: diagnostic.position, code: .notTranslated,
            message: "`\(key)` is the same in every language, so a translation does not give it",
            hint: "Write it once, in \(main). A translation gives only words: "
                + (words.isEmpty
                    ? "this kind's text after the front matter."
                    : words.map { "`\($0)`" }.joined(separator: ", ") + " and the text after the front matter."))
    }

    /// `actions/x.cy.md` → `actions/x.md`; `site.cy.yml` → `site.yml`.
    static func mainPath(of twin: String, language: String) -> String {
        for suffix in [".md", ".yml"] where twin.hasSuffix("." + language + suffix) {
            return String(twin.dropLast(language.count + 1 + suffix.count)) + suffix
        }
        return twin
    }

    static func twinPath(of main: String, language: String) -> String {
        for suffix in [".md", ".yml"] where main.hasSuffix(suffix) {
            return String(main.dropLast(suffix.count)) + "." + language + suffix
        }
        return main
    }
}
