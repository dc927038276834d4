import Foundation
import QuarterlyBuild
import QuarterlyContent
import QuarterlyModel
import Synchronization

/// Paths and helpers shared by the tests.
public enum Fixtures {
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
    public static let root = packageRoot.appendingPathComponent("Tests/Fixtures")
    public static let minimal = root.appendingPathComponent("valid/minimal/content")
    public static let templates = packageRoot.appendingPathComponent("templates")
    /// The built-in English words.
    public static let catalogue = try! StringsFolder.catalogue(language: "en", overlay: nil)
    public static let bilingual = root.appendingPathComponent("valid/bilingual/content")
    public static let exampleContent = packageRoot.appendingPathComponent("content")
    public static let lancashireContent = packageRoot.appendingPathComponent("examples/lancashire/content")

    public static var invalidCases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("invalid").path)) ?? [])
            .sorted()
    }

    /// A fresh temporary folder, removed by the caller, and in any case when the test
    /// process exits: many tests remove only the folder they built into, not the content
    /// they wrote beside it, and each run left about twenty folders in /tmp.
    public static func temporaryFolder() -> URL {
        _ = removedAtExit
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("quarterly-tests-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        made.withLock { $0.append(url.path) }
        return url
    }

    private static let made = Mutex<[String]>([])
    private static let removedAtExit: Void = {
        atexit {
            for path in Fixtures.made.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: path) }
        }
    }()

    /// The minimal site with an invalid case's files laid over it.
    public static func invalidSite(_ name: String) throws -> URL {
        let folder = temporaryFolder().appendingPathComponent("content")
        try FileManager.default.copyItem(at: minimal, to: folder)
        let overlay = root.appendingPathComponent("invalid/\(name)/content")
        let files = FileManager.default.enumerator(atPath: overlay.path)?.allObjects as? [String] ?? []
        for relative in files {
            let source = overlay.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: source.path, isDirectory: &isDirectory)
            let target = folder.appendingPathComponent(relative)
            if isDirectory.boolValue {
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
            } else {
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(at: source, to: target)
            }
        }
        return folder
    }

    /// A copy of the minimal site with some files replaced or added (path → text). Its
    /// quarters' publication records are left out unless `recorded`, so a test may change
    /// what a published report shows without a correction (as a site did before records).
    public static func minimalSite(with files: [String: String], recorded: Bool = false) throws -> URL {
        let folder = temporaryFolder().appendingPathComponent("content")
        try FileManager.default.copyItem(at: minimal, to: folder)
        if !recorded { try removePublicationRecords(in: folder) }
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    /// Makes every file under `folder` look an hour old: a load trusts the stamp of a file
    /// only once it is older than the last second (`FileStamp.isRecent`), and a test need
    /// not wait for that.
    public static func age(_ folder: URL) throws {
        let hourAgo = Date().addingTimeInterval(-3600)
        for case let relative as String in FileManager.default.enumerator(atPath: folder.path)?.allObjects ?? [] {
            try FileManager.default.setAttributes(
                [.modificationDate: hourAgo], ofItemAtPath: folder.appendingPathComponent(relative).path)
        }
    }

    /// Deletes every quarter's `published.yml` from a copy of a site.
    public static func removePublicationRecords(in content: URL) throws {
        let quarters = content.appendingPathComponent("quarters")
        for quarter in (try? FileManager.default.contentsOfDirectory(atPath: quarters.path)) ?? [] {
            let record = quarters.appendingPathComponent(quarter).appendingPathComponent("published.yml")
            if FileManager.default.fileExists(atPath: record.path) { try FileManager.default.removeItem(at: record) }
        }
    }

    public static func validate(_ content: URL) -> ValidationResult {
        ContentValidator.validate(ContentLoader.load(from: content.path))
    }

    /// Every file under a folder with its bytes, to compare two trees exactly.
    public static func snapshot(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        for case let relative as String in FileManager.default.enumerator(atPath: folder.path)?.allObjects ?? [] {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = FileManager.default.contents(atPath: url.path)
            }
        }
        return result
    }

    public static func build(content: URL, output: URL, drafts: Bool = false, baseURL: String? = nil)
        throws(BuildFailure)
        -> BuildReport
    {
        try SiteBuilder(
            options: BuildOptions(
                contentDirectory: content.path, templatesDirectory: templates.path,
                outputDirectory: output.path, baseURL: baseURL, includeDrafts: drafts)
        ).run()
    }

    /// Builds `content` into a temporary `public/` folder, hands it to `check`, then removes it.
    public static func withBuiltSite(
        _ content: URL, drafts: Bool = false, baseURL: String? = nil,
        _ check: (URL, BuildReport) throws -> Void
    ) throws {
        let output = temporaryFolder().appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        try check(output, try build(content: content, output: output, drafts: drafts, baseURL: baseURL))
    }

    /// The `<tr>` of a status table whose row header is `ref`.
    public static func row(in html: String, ref: String) -> String {
        guard let start = html.range(of: "<th scope=\"row\">\(ref)</th>") else { return "" }
        let end = html[start.upperBound...].range(of: "</tr>")?.lowerBound ?? html.endIndex
        return String(html[start.lowerBound..<end])
    }

    public static func read(_ url: URL) -> String {
        (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    /// A council's site as a git work tree: `.git`, the minimal content, the templates and
    /// a file not yet committed, in a temporary folder (remove its parent when done).
    public static func siteRepository() throws -> URL {
        let root = temporaryFolder().appendingPathComponent("site")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: minimal, to: root.appendingPathComponent("content"))
        try FileManager.default.copyItem(at: templates, to: root.appendingPathComponent("templates"))
        try Data("ref: refs/heads/main\n".utf8).write(to: root.appendingPathComponent(".git/HEAD"))
        try Data("not committed yet\n".utf8).write(to: root.appendingPathComponent("notes.txt"))
        return root
    }
}

/// The built-in words of a language.
public enum BuiltinStrings {
    public static func catalogue(_ language: String) throws -> Catalogue {
        try StringsFolder.catalogue(language: language, overlay: nil)
    }
}
