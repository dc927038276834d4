import Foundation
import QuarterlyBuild
import QuarterlyContent
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// `quarterly build` keeps the content as parsed between builds into one output folder
/// (`ParsedContentCache`), and decodes a file whose stamp is unchanged from it: the site
/// must be byte for byte the site a clean build makes, whatever the store holds.
@Suite("The parsed content kept between builds")
struct ParsedContentCacheTests {
    typealias Site = (root: URL, content: URL, templates: URL)

    static func build(_ site: Site, into output: String, cache: Bool = true) throws -> BuildReport {
        var options = BuildOptions(
            contentDirectory: site.content.path, templatesDirectory: site.templates.path,
            outputDirectory: site.root.appendingPathComponent(output).path, searchIndex: false)
        options.reuseOutput = cache
        options.cacheFolder = site.root.appendingPathComponent("cache").path
        return try SiteBuilder(options: options).run()
    }

    /// How many files the load took as parsed before, from its step's detail.
    static func stored(_ report: BuildReport) throws -> Int {
        let detail = try #require(BuildCacheTests.detail(of: .loadContent, in: report))
        let words = detail.split(separator: " ")
        let index = try #require(words.firstIndex(of: "as"), "the load says how many files were parsed before")
        return try #require(Int(words[index - 1]))
    }

    static func storeFiles(_ site: Site) -> [URL] {
        let folder = site.root.appendingPathComponent("cache")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).map {
            folder.appendingPathComponent($0)
        }
    }

    /// A copy of the example site whose files are old enough to be kept: a file changed in
    /// the last second is not, since a change within the same tick of the clock would not
    /// change its stamp (`FileStamp.isRecent`).
    static func settledCopy() throws -> Site {
        let site = try BuildCacheTests.copy(Fixtures.exampleContent)
        try Fixtures.age(site.content)
        return site
    }

    @Test func aRebuildTakesTheUnchangedFilesAsParsedAndIsTheCleanBuild() throws {
        let site = try Self.settledCopy()
        defer { try? FileManager.default.removeItem(at: site.root) }
        let first = try Self.build(site, into: "public")
        #expect(try Self.stored(first) == 0, "nothing was kept before the first build")
        #expect(Self.storeFiles(site).count == 1)
        // Every content file but site.yml (read first, on its own) and the edited one.
        let contentFiles = try #require(
            BuildCacheTests.detail(of: .loadContent, in: first)?.split(separator: " ").first.flatMap { Int($0) })
        var edited: Set<String> = []
        for edit in BuildCacheTests.exampleEdits where !edit.shared {
            try edit.apply(site.content, site.templates)
            edited.insert(edit.description)
            let rebuilt = try Self.build(site, into: "public")
            #expect(try Self.stored(rebuilt) >= contentFiles - 1 - edited.count, "after \(edit)")
            #expect(try Self.stored(rebuilt) < contentFiles - 1, "after \(edit): the edited file is read again")
            try BuildCacheTests.expectCleanBuild(site, after: "\(edit)")
        }
    }

    /// A store cut short, damaged, emptied or made for another program is not believed: the
    /// site is the clean build's, and the next store is whole again.
    @Test(arguments: ["cut short", "cut in an entry", "a flipped byte", "empty", "another program", "not a store"])
    func aDamagedStoreIsNotBelieved(damage: String) throws {
        let site = try Self.settledCopy()
        defer { try? FileManager.default.removeItem(at: site.root) }
        let first = try Self.build(site, into: "public")
        _ = try Self.build(site, into: "public")
        let built = BuildCacheTests.files(site, "public")
        let store = try #require(Self.storeFiles(site).first)
        let whole = try Data(contentsOf: store)
        var bytes = [UInt8](whole)
        switch damage {
        case "cut short": bytes.removeLast(bytes.count / 2)
        case "cut in an entry":
            // The last file's entry, which the builds' records of their reports follow.
            let reports = [8] + Array("\u{0}reports".utf8)
            let at = try #require(
                bytes.indices.first { bytes[$0..<min($0 + reports.count, bytes.count)].elementsEqual(reports) })
            bytes.removeLast(bytes.count - at + 3)
        case "a flipped byte":
            // In the middle of the store, within some file's text or values.
            bytes[bytes.count / 2] ^= 0x20
        case "empty": bytes = []
        case "another program":
            #expect(ParsedFileStore.owner(of: bytes) == site.root.appendingPathComponent("public").path)
            // The identity ends with the content folder: one letter of it changed, as
            // though the store were another folder's, every entry left as it was.
            let folder = Array(("\u{0}" + site.content.path).utf8)
            let at = try #require(
                bytes.indices.first { bytes[$0..<min($0 + folder.count, bytes.count)].elementsEqual(folder) })
            bytes[at + folder.count - 1] ^= 0x01
        default: bytes = Array("quarterly-cache 1 zz\n".utf8)
        }
        try Data(bytes).write(to: store)
        let again = try Self.build(site, into: "public")
        #expect(again.pages == first.pages)
        #expect(BuildCacheTests.files(site, "public") == built, "\(damage)")
        #expect(try Self.stored(again) < Self.stored(Self.build(site, into: "public")), "the next store is whole again")
        _ = try Self.build(site, into: "public")
        #expect(BuildCacheTests.files(site, "public") == built)
    }

    /// The store belongs to its output folder: a build into a new folder, or into one whose
    /// last build was removed, parses every file, as does `--no-cache`, which keeps none.
    @Test func aNewOutputFolderOrNoCacheParsesEveryFile() throws {
        let site = try Self.settledCopy()
        defer { try? FileManager.default.removeItem(at: site.root) }
        _ = try Self.build(site, into: "public")
        #expect(try Self.stored(Self.build(site, into: "public")) > 0)
        #expect(try Self.stored(Self.build(site, into: "other")) == 0)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("public"))
        #expect(try Self.stored(Self.build(site, into: "public")) == 0)
        let stores = Self.storeFiles(site)
        let fresh = try Self.build(site, into: "public", cache: false)
        #expect(BuildCacheTests.detail(of: .loadContent, in: fresh)?.contains("as parsed") == false)
        #expect(Self.storeFiles(site) == stores, "--no-cache writes no store")
    }

    /// The store of an output folder that no longer holds a site goes when another build
    /// writes its own, as does a half-written one, once left alone for an hour; the
    /// stores of sites that are still there stay, and files not named as stores.
    @Test func theStoresOfRemovedSitesAreRemoved() throws {
        let site = try Self.settledCopy()
        defer { try? FileManager.default.removeItem(at: site.root) }
        _ = try Self.build(site, into: "removed")
        _ = try Self.build(site, into: "kept")
        let stores = Self.storeFiles(site)
        #expect(stores.count == 2)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("removed"))
        let cache = site.root.appendingPathComponent("cache")
        let halfWritten = cache.appendingPathComponent("parsed-0123.456.789")
        let other = cache.appendingPathComponent("notes.txt")
        try Data("partial".utf8).write(to: halfWritten)
        try Data("someone's".utf8).write(to: other)
        try Fixtures.age(cache)
        _ = try Self.build(site, into: "public")
        let left = Set(Self.storeFiles(site).map(\.lastPathComponent))
        #expect(left.count == 3, "\(left)")
        #expect(left.contains("notes.txt"))
        #expect(!left.contains(halfWritten.lastPathComponent))
        // The store of `kept`, whose site is still there, and the new one of `public`.
        #expect(try Self.stored(Self.build(site, into: "kept")) > 0)
        #expect(try Self.stored(Self.build(site, into: "public")) > 0)
    }

    /// Which published records compared clean is kept with the content as parsed, and the
    /// next build compares only those whose quarter (or an earlier one, or a file outside
    /// the quarters) changed: a figure changed in a published quarter is still refused.
    @Test func aPublishedReportIsComparedAgainWhenItsQuarterChanges() throws {
        let root = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let site: Site = (root, root.appendingPathComponent("content"), root.appendingPathComponent("templates"))
        try FileManager.default.copyItem(at: Fixtures.exampleContent, to: site.content)
        try FileManager.default.copyItem(at: Fixtures.templates, to: site.templates)
        try Fixtures.age(site.content)
        _ = try Self.build(site, into: "public")
        let again = try Self.build(site, into: "public")
        #expect(try Self.stored(again) > 0)
        let built = BuildCacheTests.files(site, "public")
        try BuildCacheTests.replace(
            "quarters/2020-21-q3/measures/children-looked-after-and-protection-plans.md", "value: 1236", "value: 1300")(
                site.content, site.templates)
        do {
            _ = try Self.build(site, into: "public")
            Issue.record("a changed figure in a published report must be refused")
        } catch let error as BuildFailure {
            #expect(error.step == .validate)
            #expect(
                error.diagnostics.contains {
                    $0.code == .publishedReportChanged
                        && $0.path.hasSuffix("children-looked-after-and-protection-plans.md")
                })
        }
        let unchanged = BuildCacheTests.files(site, "public") == built
        #expect(unchanged, "the site is left as it was")
    }

    /// What the checks found is kept with the content as parsed: a rebuild after an edit to
    /// commentary alone takes it, and warns exactly as a clean build does; an edit to an
    /// update's front matter checks every file again, and what it found is found.
    @Test func theChecksFindingsAreKeptWhileNoFrontMatterChanges() throws {
        let site = try Self.settledCopy()
        defer { try? FileManager.default.removeItem(at: site.root) }
        let kept = "the checks' findings kept from the last build"
        let fraction = "quarters/2018-19-q2/measures/early-years-development.md"
        let steps: [(edit: @Sendable (URL, URL) throws -> Void, what: String, keeps: Bool, warns: Bool)] = [
            ({ _, _ in }, "nothing (the first store is written)", false, false),
            // A percentage typed as a fraction: a warning of the checks, at its line.
            (BuildCacheTests.replace(fraction, "value: 70\n", "value: 0.7\ntarget: 90\n"), "a figure", false, true),
            (BuildCacheTests.append("quarters/2021-22-q1/actions/digital-offer.md"), "commentary", true, true),
            (BuildCacheTests.append(fraction), "the fraction's own commentary", true, true),
            (BuildCacheTests.replace(fraction, "value: 0.7\n", "value: 70\n"), "the figure put right", false, false),
            (BuildCacheTests.append("quarters/2021-22-q1/actions/digital-offer.md"), "commentary again", true, false),
        ]
        for step in steps {
            try step.edit(site.content, site.templates)
            let rebuilt = try Self.build(site, into: "public")
            let clean = try Self.build(site, into: "clean", cache: false)
            let detail = try #require(BuildCacheTests.detail(of: .validate, in: rebuilt))
            #expect(detail.hasSuffix(kept) == step.keeps, "after \(step.what): \(detail)")
            #expect(rebuilt.warnings == clean.warnings, "after \(step.what)")
            #expect(
                rebuilt.warnings.contains { $0.code == .valueLooksLikeFraction && $0.path.hasSuffix(fraction) }
                    == step.warns, "after \(step.what)")
            #expect(BuildCacheTests.files(site, "public") == BuildCacheTests.files(site, "clean"), "after \(step.what)")
        }
    }

    /// A file whose stamp changed is read again even when its size is the same: a RAG
    /// word changed for another of the same length.
    @Test func aFileChangedToTheSameSizeIsReadAgain() throws {
        let site = try Self.settledCopy()
        defer { try? FileManager.default.removeItem(at: site.root) }
        _ = try Self.build(site, into: "public")
        _ = try Self.build(site, into: "public")
        try BuildCacheTests.replace("quarters/2021-22-q1/actions/digital-offer.md", "rag: green", "rag: amber")(
            site.content, site.templates)
        // `green` and `amber` are both five letters: the file's size is unchanged.
        _ = try Self.build(site, into: "public")
        try BuildCacheTests.expectCleanBuild(site, after: "a RAG changed to a word of the same length")
    }
}
