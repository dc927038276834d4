import Foundation
import QuarterlyBuild
import QuarterlyBuiltins
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// The templates and starter the binary carries are the repository's `templates/` and
/// `starter/`, byte for byte; a site's own templates folder replaces single files of them.
@Suite("Built-in templates")
struct BuiltinTemplatesTests {
    /// Every regular file under `folder` (hidden ones only if asked), path → bytes.
    static func files(under folder: URL, hidden: Bool) -> [String: Data] {
        Fixtures.snapshot(folder).filter { path, _ in
            hidden || !path.split(separator: "/").contains { $0.hasPrefix(".") }
        }
    }

    /// The starter's `.gitignore` and `.github/` are part of it; hidden files are not templates.
    @Test(arguments: [("templates", false), ("starter", true)])
    func theEmbeddedCopyIsTheFolderByteForByte(folder: String, hidden: Bool) {
        let embedded = folder == "templates" ? Builtins.templates : Builtins.starter
        let onDisk = Self.files(under: Fixtures.packageRoot.appendingPathComponent(folder), hidden: hidden)
        let carried = Dictionary(embedded.map { ($0.path, $0.data) }, uniquingKeysWith: { first, _ in first })
        #expect(!onDisk.isEmpty)
        // SwiftPM embeds again on the next build when a file is added, changed or removed.
        #expect(
            carried.keys.sorted() == onDisk.keys.sorted(),
            "\(folder)/ and the files the build embedded differ: run `swift build` again")
        for (path, data) in onDisk {
            #expect(carried[path] == data, "\(folder)/\(path) differs from its embedded copy")
        }
    }

    @Test func theVersionIsTheVersionFile() throws {
        let file = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("VERSION"), encoding: .utf8)
        #expect(Builtins.version == file.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(Builtins.versionLine.hasPrefix("quarterly \(Builtins.version)"))
    }

    /// Without a templates folder a site gets exactly what the repository's templates give.
    @Test func theBuiltInTemplatesAloneBuildWhatTemplatesBuilds() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var sites: [[String: Data]] = []
        for (name, templates) in [("builtin", nil), ("folder", Fixtures.templates.path)] as [(String, String?)] {
            let output = folder.appendingPathComponent(name)
            _ = try SiteBuilder(
                options: BuildOptions(
                    contentDirectory: Fixtures.minimal.path, templatesDirectory: templates,
                    outputDirectory: output.path,
                    searchIndex: false)
            ).run()
            // The cache's manifest keys each site by its templates folder, too.
            sites.append(
                Fixtures.snapshot(output).filter { ![SiteMarker.fileName, CacheManifest.fileName].contains($0.key) })
        }
        #expect(sites[0].count > 20)
        #expect(sites[0] == sites[1])
    }

    /// A site's own partial and CSS replace the built-in ones; every other file (the
    /// layout, the page templates, the favicon) still comes from the defaults.
    @Test func aSitesOwnPartialAndCSSReplaceTheDefaultsAndNothingElse() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.createDirectory(
            at: templates.appendingPathComponent("partials"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: templates.appendingPathComponent("assets"), withIntermediateDirectories: true)
        let rag =
            "<strong class=\"council-rag\">{{#isAmber}}{{t.rag.amber}}{{/isAmber}}"
            + "{{^isAmber}}{{class}}{{/isAmber}}"
        try Data((rag + "</strong>\n").utf8).write(to: templates.appendingPathComponent("partials/rag.mustache"))
        let css = Data("body { font-family: \"Council Sans\", sans-serif; }\n".utf8)
        try css.write(to: templates.appendingPathComponent("assets/quarterly.css"))
        let output = folder.appendingPathComponent("public")
        let report = try SiteBuilder(
            options: BuildOptions(
                contentDirectory: Fixtures.minimal.path, templatesDirectory: templates.path,
                outputDirectory: output.path, searchIndex: false)
        ).run()
        // The minimal site's pages, with the views by exception and by owner (one owner).
        #expect(report.pages == 18)

        let builtin = Dictionary(Builtins.templates.map { ($0.path, $0.data) }, uniquingKeysWith: { a, _ in a })
        #expect(FileManager.default.contents(atPath: output.appendingPathComponent("assets/quarterly.css").path) == css)
        #expect(
            FileManager.default.contents(atPath: output.appendingPathComponent("assets/favicon.svg").path)
                == builtin["assets/favicon.svg"])
        let action = Fixtures.read(output.appendingPathComponent("actions/care-communities/index.html"))
        #expect(action.contains("<strong class=\"council-rag\">Amber</strong>"))
        #expect(!action.contains("class=\"rag rag-"))
        // Every table's tags are the site's partial too: the trends matrix, the report's rows.
        for page in ["trends/index.html", "quarters/2019-20-q2/index.html", "exceptions/index.html"] {
            let html = Fixtures.read(output.appendingPathComponent(page))
            #expect(html.contains("<strong class=\"council-rag\">"), "\(page)")
            #expect(!html.contains("class=\"rag rag-"), "\(page)")
        }
        // The layout is the built-in one: its skip link and stylesheet link are there.
        #expect(action.contains("href=\"#main\""))
        #expect(action.contains("/plan/assets/quarterly.css"))
    }

    @Test func aTemplatesFolderNamedButMissingIsAnError() {
        #expect {
            _ = try TemplateFolder.readTemplates(overlay: "/nonexistent/templates")
        } throws: { error in
            (error as? DiagnosticList)?.diagnostics.first?.message == "no templates folder here"
        }
    }

    @Test(arguments: [
        ("content", "templates"),
        ("site/content", "site/templates"),
        ("/srv/plan/content", "/srv/plan/templates"),
    ])
    func aSitesTemplatesFolderIsBesideItsContent(content: String, templates: String) {
        #expect(TemplateFolder.folder(besideContent: content) == templates)
    }
}
