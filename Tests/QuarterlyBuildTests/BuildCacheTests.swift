import Foundation
import QuarterlyBuild
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// `quarterly build` into the folder of its last build takes the files whose sources are
/// unchanged from it: the site must be byte for byte the site a clean build makes.
@Suite("The build cache")
struct BuildCacheTests {
    /// A change to a copy of a site, by path relative to its content folder.
    struct Edit: CustomStringConvertible, Sendable {
        let description: String
        /// Whether the files of every page change with it (site.yml, a definition, a template…).
        let shared: Bool
        let apply: @Sendable (_ content: URL, _ templates: URL) throws -> Void
    }

    static func append(_ path: String, _ text: String = "\n\nA sentence added by the build cache test.\n")
        -> @Sendable (URL, URL) throws -> Void
    {
        { content, _ in
            let url = content.appendingPathComponent(path)
            try (Fixtures.read(url) + text).write(to: url, atomically: false, encoding: .utf8)
        }
    }

    static func replace(_ path: String, _ old: String, _ new: String, inTemplates: Bool = false)
        -> @Sendable (URL, URL) throws -> Void
    {
        { content, templates in
            let url = (inTemplates ? templates : content).appendingPathComponent(path)
            let text = Fixtures.read(url)
            guard text.contains(old) else { throw Missing(text: old, path: path) }
            try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: false, encoding: .utf8)
        }
    }

    struct Missing: Error, CustomStringConvertible {
        let text: String
        let path: String
        var description: String { "`\(text)` is not in \(path)" }
    }

    /// The example site's edits: each kind of file an officer changes, and the ones that
    /// change every page.
    static let exampleEdits: [Edit] = [
        Edit(
            description: "the latest action update's commentary", shared: false,
            apply: append("quarters/2021-22-q1/actions/digital-offer.md")),
        Edit(
            description: "an action's RAG in the latest report (its counts and charts follow it)", shared: false,
            apply: replace("quarters/2021-22-q1/actions/digital-offer.md", "rag: green", "rag: red")),
        Edit(
            description: "an early measure figure (later directions follow it)", shared: false,
            apply: replace("quarters/2018-19-q2/measures/early-years-development.md", "value: 70", "value: 95")),
        Edit(
            description: "an outcome's commentary", shared: false,
            apply: append("quarters/2021-22-q1/outcomes/best-education.md")),
        Edit(
            description: "a risk's score", shared: false,
            apply: replace("quarters/2021-22-q1/risks/\(firstRisk)", "score: 20", "score: 12")),
        Edit(
            description: "an update removed", shared: true,
            apply: { content, _ in
                try FileManager.default.removeItem(
                    at: content.appendingPathComponent("quarters/2021-22-q1/actions/digital-offer.md"))
            }),
        Edit(
            description: "site.yml's title", shared: true,
            apply: replace("site.yml", "title: ", "title: Revised ")),
        Edit(
            description: "a template", shared: true,
            apply: replace("layout.mustache", "</footer>", "<!-- revised --></footer>", inTemplates: true)),
    ]

    static let firstRisk =
        (try? FileManager.default.contentsOfDirectory(
            atPath: Fixtures.exampleContent.appendingPathComponent("quarters/2021-22-q1/risks").path))?.sorted()
        .first { $0.hasSuffix(".md") } ?? "missing.md"

    /// A copy of a site's content (without its publication records, which an edit to a
    /// published quarter would contradict) and of the templates, in a fresh folder.
    static func copy(_ content: URL) throws -> (root: URL, content: URL, templates: URL) {
        let root = Fixtures.temporaryFolder()
        let copied = root.appendingPathComponent("content")
        let templates = root.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: content, to: copied)
        try FileManager.default.copyItem(at: Fixtures.templates, to: templates)
        try Fixtures.removePublicationRecords(in: copied)
        return (root, copied, templates)
    }

    static func build(_ site: (root: URL, content: URL, templates: URL), into output: String, cache: Bool = true)
        throws -> BuildReport
    {
        var options = BuildOptions(
            contentDirectory: site.content.path, templatesDirectory: site.templates.path,
            outputDirectory: site.root.appendingPathComponent(output).path, searchIndex: false)
        options.reuseOutput = cache
        return try SiteBuilder(options: options).run()
    }

    /// Every file of a built site but the cache's manifest (whose times and inodes are the
    /// files' own).
    static func files(_ site: (root: URL, content: URL, templates: URL), _ output: String) -> [String: Data] {
        Fixtures.snapshot(site.root.appendingPathComponent(output)).filter { $0.key != CacheManifest.fileName }
    }

    /// Builds the site clean into `clean/` and expects `public/` to hold the same files,
    /// byte for byte.
    static func expectCleanBuild(_ site: (root: URL, content: URL, templates: URL), after edit: String) throws {
        _ = try build(site, into: "clean", cache: false)
        let rebuilt = files(site, "public")
        let clean = files(site, "clean")
        #expect(rebuilt.keys.sorted() == clean.keys.sorted(), "after \(edit)")
        for (path, data) in clean where rebuilt[path] != data {
            Issue.record("after \(edit): \(path) differs from a clean build's")
        }
    }

    @Test(arguments: exampleEdits)
    func aRebuildAfterAnEditIsTheCleanBuild(edit: Edit) throws {
        let site = try Self.copy(Fixtures.exampleContent)
        defer { try? FileManager.default.removeItem(at: site.root) }
        let first = try Self.build(site, into: "public")
        #expect(first.reusedFiles == 0)
        try edit.apply(site.content, site.templates)
        let cached = try Self.build(site, into: "public")
        try Self.expectCleanBuild(site, after: "\(edit)")
        if edit.shared {
            #expect(cached.reusedFiles == 0, "\(edit): every file is made again")
        } else {
            let total = cached.pages + cached.otherFiles
            #expect(cached.reusedFiles > total / 2, "\(edit): \(cached.reusedFiles) of \(total) files reused")
            #expect(cached.reusedFiles < total - 10, "\(edit): the pages showing the change are made again")
        }
    }

    @Test func aTranslationsEditReachesItsPagesInBothLanguages() throws {
        let site = try Self.copy(Fixtures.bilingual)
        defer { try? FileManager.default.removeItem(at: site.root) }
        _ = try Self.build(site, into: "public")
        let twins = try #require(
            FileManager.default.enumerator(atPath: site.content.path)?.allObjects.compactMap { $0 as? String }
                .filter { $0.hasPrefix("quarters/") && $0.hasSuffix(".cy.md") }.sorted().last)
        try Self.append(twins, "\n\nA translated sentence added by the build cache test.\n")(
            site.content, site.templates)
        let cached = try Self.build(site, into: "public")
        _ = try Self.build(site, into: "clean", cache: false)
        #expect(cached.reusedFiles > 0)
        #expect(Self.files(site, "public") == Self.files(site, "clean"), "after editing \(twins)")
    }

    @Test func anOutputFileChangedByHandIsMadeAgain() throws {
        let site = try Self.copy(Fixtures.minimal)
        defer { try? FileManager.default.removeItem(at: site.root) }
        _ = try Self.build(site, into: "public")
        let built = Self.files(site, "public")
        let page = try #require(built.keys.filter { $0.hasPrefix("actions/") && $0.hasSuffix("index.html") }.min())
        try Data("changed by hand".utf8).write(to: site.root.appendingPathComponent("public/" + page))
        let rebuilt = try Self.build(site, into: "public")
        #expect(Self.files(site, "public") == built, "the page is as the build makes it")
        #expect(Self.detail(of: .renderPages, in: rebuilt) == "\(rebuilt.pages) pages, \(rebuilt.pages - 1) unchanged")
    }

    @Test func anUnchangedSiteIsTakenWholeAndNoCacheMakesEveryFile() throws {
        let site = try Self.copy(Fixtures.minimal)
        defer { try? FileManager.default.removeItem(at: site.root) }
        _ = try Self.build(site, into: "public")
        let built = Self.files(site, "public")
        let again = try Self.build(site, into: "public")
        #expect(Self.detail(of: .renderPages, in: again) == "\(again.pages) pages, \(again.pages) unchanged")
        #expect(Self.detail(of: .dataFiles, in: again)?.hasSuffix(" unchanged") == true)
        #expect(Self.files(site, "public") == built)
        let fresh = try Self.build(site, into: "public", cache: false)
        #expect(fresh.reusedFiles == 0)
        #expect(Self.detail(of: .renderPages, in: fresh) == "\(fresh.pages) pages")
        #expect(Self.files(site, "public") == built)
    }

    /// Rebuilds staged into the spare site (the one the last build replaced, `SpareSite`)
    /// through a run of edits, one of which removes a risk's pages and files, and with
    /// the spare changed by hand: after each, the site is the clean build's.
    @Test func rebuildsThroughTheSpareSiteAreCleanBuilds() throws {
        let site = try Self.copy(Fixtures.exampleContent)
        defer { try? FileManager.default.removeItem(at: site.root) }
        let spare = site.root.appendingPathComponent(".public.quarterly-spare")
        func spareExists() -> Bool { FileManager.default.fileExists(atPath: spare.path) }
        func rebuild(after edit: String, _ apply: (URL, URL) throws -> Void) throws {
            let before = Self.files(site, "public")
            try apply(site.content, site.templates)
            _ = try Self.build(site, into: "public")
            // The site replaced is kept as it was: nothing was written through a file it shares.
            if spareExists() {
                #expect(Fixtures.snapshot(spare).filter { $0.key != CacheManifest.fileName } == before, "after \(edit)")
            }
            try Self.expectCleanBuild(site, after: edit)
        }
        let update = "quarters/2021-22-q1/actions/digital-offer.md"
        _ = try Self.build(site, into: "public")
        #expect(!spareExists(), "the first build replaced no site")
        try rebuild(after: "a sentence added", Self.append(update))
        #expect(spareExists(), "most of the old site lives on: it is kept")
        try rebuild(after: "a RAG changed", Self.replace(update, "rag: green", "rag: red"))
        #expect(spareExists())
        // Files the last build took whole, so the spare shares them with the live site.
        try rebuild(
            after: "another item's update",
            Self.replace("quarters/2021-22-q1/risks/\(Self.firstRisk)", "score: 20", "score: 12"))
        #expect(spareExists())
        let risk = Self.firstRisk
        try rebuild(after: "a risk removed") { content, _ in
            let paths = try FileManager.default.subpathsOfDirectory(atPath: content.path)
            for path in paths where path.hasSuffix("risks/" + risk) {
                try FileManager.default.removeItem(at: content.appendingPathComponent(path))
            }
        }
        #expect(
            !FileManager.default.fileExists(
                atPath: site.root.appendingPathComponent("public/risks/" + risk.dropLast(3)).path))
        try rebuild(after: "another sentence", Self.append(update, "\n\nAnother sentence.\n"))
        try rebuild(after: "a third sentence", Self.append(update, "\n\nA third sentence.\n"))
        #expect(spareExists())
        // Changed by hand: a page of the spare rewritten, a file and a folder added.
        let sparePage = try #require(
            FileManager.default.subpathsOfDirectory(atPath: spare.path).filter {
                $0.hasPrefix("actions/") && $0.hasSuffix("index.html")
            }.min())
        try Data("changed by hand".utf8).write(to: spare.appendingPathComponent(sparePage))
        try FileManager.default.createDirectory(
            at: spare.appendingPathComponent("stray/folder"), withIntermediateDirectories: true)
        try Data("stray".utf8).write(to: spare.appendingPathComponent("stray/folder/file.html"))
        try rebuild(after: "the spare changed by hand", Self.append(update, "\n\nA fourth sentence.\n"))
    }

    /// The spare site is made ready while the content is checked: a build whose content
    /// fails its checks puts it back with the files its manifest lists, leaves nothing
    /// else beside the output, and the build after the fix is still the clean build.
    @Test func aBuildThatFailsItsChecksPutsTheSpareBack() throws {
        let site = try Self.copy(Fixtures.exampleContent)
        defer { try? FileManager.default.removeItem(at: site.root) }
        let spare = site.root.appendingPathComponent(".public.quarterly-spare")
        let update = "quarters/2021-22-q1/actions/digital-offer.md"
        _ = try Self.build(site, into: "public")
        try Self.append(update)(site.content, site.templates)
        _ = try Self.build(site, into: "public")
        let kept = Fixtures.snapshot(spare)
        #expect(kept[CacheManifest.fileName] != nil, "a spare with its manifest is kept")
        let live = Self.files(site, "public")
        try Self.replace(update, "rag: green", "rag: purple")(site.content, site.templates)
        #expect(throws: BuildFailure.self) { try Self.build(site, into: "public") }
        // Back with every file of its manifest as it was; only the files the build cache
        // does not list (the feed, the assets) are gone, as the next build would remove them.
        let back = Fixtures.snapshot(spare)
        #expect(back[CacheManifest.fileName] == kept[CacheManifest.fileName])
        #expect(back.keys.filter { back[$0] != kept[$0] }.sorted() == [], "no file changed or added")
        #expect(
            Set(kept.keys).subtracting(back.keys).sorted() == [
                "assets/favicon.svg", "assets/quarterly.css", "feed.xml", "robots.txt", "sitemap.xml",
            ])
        #expect(Self.files(site, "public") == live, "the site is untouched")
        let beside = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        #expect(beside.filter { $0.hasPrefix(".public") }.sorted() == [".public.quarterly-spare"])
        try Self.replace(update, "rag: purple", "rag: red")(site.content, site.templates)
        let fixed = try Self.build(site, into: "public")
        #expect(fixed.reusedFiles > 0)
        try Self.expectCleanBuild(site, after: "the fix")
    }

    /// A spare that is a link (to a folder of someone's files) is never taken or written
    /// through, and one without its manifest is replaced by an empty folder: each build is
    /// still the clean build, and the linked folder is untouched.
    @Test(arguments: ["a link", "no manifest"])
    func aSpareThatIsNotOneIsNotUsed(kind: String) throws {
        let site = try Self.copy(Fixtures.minimal)
        defer { try? FileManager.default.removeItem(at: site.root) }
        let spare = site.root.appendingPathComponent(".public.quarterly-spare")
        _ = try Self.build(site, into: "public")
        // Someone's folder that looks like a built site, manifest and all, with a file of theirs.
        let others = site.root.appendingPathComponent("others")
        try FileManager.default.copyItem(at: site.root.appendingPathComponent("public"), to: others)
        try Data("not the site's".utf8).write(to: others.appendingPathComponent("keep.txt"))
        if kind == "a link" {
            try FileManager.default.createSymbolicLink(at: spare, withDestinationURL: others)
        } else {
            try FileManager.default.copyItem(at: site.root.appendingPathComponent("public"), to: spare)
            try FileManager.default.removeItem(at: spare.appendingPathComponent(CacheManifest.fileName))
            try Data("stray".utf8).write(to: spare.appendingPathComponent("stray.html"))
        }
        try Self.append("quarters/2019-20-q2/actions/care-communities.md")(site.content, site.templates)
        _ = try Self.build(site, into: "public")
        _ = try Self.build(site, into: "clean", cache: false)
        #expect(Self.files(site, "public") == Self.files(site, "clean"))
        #expect(Fixtures.read(others.appendingPathComponent("keep.txt")) == "not the site's")
    }

    /// A file made in parts (site.json) that was taken whole keeps its parts in the next
    /// manifest: an edit after an unchanged build still remakes only the parts it touches.
    @Test func aFileTakenWholeKeepsItsParts() throws {
        let site = try Self.copy(Fixtures.minimal)
        defer { try? FileManager.default.removeItem(at: site.root) }
        func parts() throws -> [Substring] {
            let manifest = try String(
                contentsOf: site.root.appendingPathComponent("public/" + CacheManifest.fileName), encoding: .utf8)
            return manifest.split(separator: "\n").filter { $0.hasPrefix("segment ") }
        }
        _ = try Self.build(site, into: "public")
        let made = try parts()
        #expect(made.count > 2, "site.json is made in parts")
        let again = try Self.build(site, into: "public")
        #expect(Self.detail(of: .dataFiles, in: again)?.hasSuffix(" unchanged") == true)
        #expect(try parts() == made)
    }

    /// Settings every page depends on: a build with other settings reuses nothing, and
    /// makes what a clean build with them makes.
    @Test(arguments: ["drafts", "base URL"])
    func anotherSettingMakesEveryFileAgain(setting: String) throws {
        let site = try Self.copy(Fixtures.minimal)
        defer { try? FileManager.default.removeItem(at: site.root) }
        func build(into output: String, changed: Bool, cache: Bool = true) throws -> BuildReport {
            var options = BuildOptions(
                contentDirectory: site.content.path, templatesDirectory: site.templates.path,
                outputDirectory: site.root.appendingPathComponent(output).path, searchIndex: false)
            options.reuseOutput = cache
            if changed, setting == "drafts" { options.includeDrafts = true }
            if changed, setting == "base URL" { options.baseURL = "https://example.org/plan/" }
            return try SiteBuilder(options: options).run()
        }
        _ = try build(into: "public", changed: false)
        let rebuilt = try build(into: "public", changed: true)
        _ = try build(into: "clean", changed: true, cache: false)
        #expect(rebuilt.reusedFiles == 0)
        #expect(Self.files(site, "public") == Self.files(site, "clean"))
        #expect(Self.files(site, "public").count > 20)
    }

    @Test func anotherOutputFolderStartsAfresh() throws {
        let site = try Self.copy(Fixtures.minimal)
        defer { try? FileManager.default.removeItem(at: site.root) }
        _ = try Self.build(site, into: "public")
        #expect(try Self.build(site, into: "other").reusedFiles == 0)
    }

    /// A manifest that is not one a build wrote (garbled, or naming files outside the
    /// site) is ignored: every file is made, and nothing outside the site is touched.
    @Test(arguments: [
        "garbled", "quarterly-cache 1 zz\n", "outside", "absolute", "dot", "another folder", "overflow", "negative",
    ])
    func aManifestNoBuildWroteIsIgnored(manifest: String) throws {
        let site = try Self.copy(Fixtures.minimal)
        defer { try? FileManager.default.removeItem(at: site.root) }
        _ = try Self.build(site, into: "public")
        let built = Self.files(site, "public")
        let url = site.root.appendingPathComponent("public/" + CacheManifest.fileName)
        // The others: the real manifest, but with the home page's file one folder up, at
        // an absolute path, under `.`, or in a folder that is neither its job's nor the one
        // above (a page's chart sits there); or a file's size beyond any number, or negative.
        let real = Fixtures.read(url)
        let text =
            switch manifest {
            case "outside": real.replacingOccurrences(of: " index.html\n", with: " ../index.html\n")
            case "absolute": real.replacingOccurrences(of: " index.html\n", with: " /tmp/index.html\n")
            case "dot": real.replacingOccurrences(of: " index.html\n", with: " ./index.html\n")
            case "another folder":
                real.replacingOccurrences(
                    of: "(\nfile [0-9]+ [0-9]+ [0-9]+) index\\.html\n", with: "$1 quarters/index.html\n",
                    options: .regularExpression)
            case "overflow": real.replacingOccurrences(of: "\nfile ", with: "\nfile 99999999999999999999")
            case "negative": real.replacingOccurrences(of: "\nfile ", with: "\nfile -")
            default: manifest
            }
        #expect(text != Fixtures.read(url))
        try Data(text.utf8).write(to: url)
        let again = try Self.build(site, into: "public")
        #expect(again.reusedFiles == 0)
        #expect(Self.files(site, "public") == built)
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("outside").path))
    }

    static func detail(of step: BuildStep, in report: BuildReport) -> String? {
        report.timings.first { $0.step == step }?.detail
    }

    /// Every file the site's build would make, by job, with its key (`jobsInMemory`).
    static func jobs(of site: (root: URL, content: URL, templates: URL)) throws
        -> [String: (key: StableDigest, files: [String: Data])]
    {
        try SiteBuilder(
            options: BuildOptions(
                contentDirectory: site.content.path, templatesDirectory: site.templates.path,
                outputDirectory: site.root.appendingPathComponent("public").path, searchIndex: false)
        ).jobsInMemory()
    }

    /// A report's parts read only their outcomes: after an edit to the words of one update,
    /// only the part of the outcome it is reported under has a new key (and new text); the
    /// quarter's other parts are taken from the last build's file.
    @Test func anEditToOneUpdateMakesOnlyItsOutcomesPartOfTheReportAgain() throws {
        let site = try Self.copy(Fixtures.exampleContent)
        defer { try? FileManager.default.removeItem(at: site.root) }
        func jobs() throws -> [String: (key: StableDigest, files: [String: Data])] { try Self.jobs(of: site) }
        let quarters = site.content.appendingPathComponent("quarters")
        let quarter = try #require(
            try FileManager.default.contentsOfDirectory(atPath: quarters.path).sorted().last {
                FileManager.default.fileExists(atPath: quarters.appendingPathComponent("\($0)/actions").path)
            })
        let folder = quarters.appendingPathComponent("\(quarter)/actions")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().first)
        let before = try jobs()
        let file = folder.appendingPathComponent(name)
        try (String(decoding: try Data(contentsOf: file), as: UTF8.self) + "\n\nA sentence added by the test.\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let after = try jobs()
        let page = "quarters/\(quarter)/index.html"
        let parts = before.keys.filter { $0.hasPrefix(page + "#") }.sorted()
        #expect(parts.count > 2)
        let newKeys = parts.filter { before[$0]?.key != after[$0]?.key }
        let newText = parts.filter { before[$0]?.files != after[$0]?.files }
        #expect(newKeys.count == 1, "\(newKeys)")
        #expect(newText == newKeys)
        #expect(before[page]?.key != after[page]?.key)
    }

    /// The keys themselves: each changed file of the example site, after an edit to each
    /// kind of update in several quarters, has a changed key. A file whose key stays the
    /// same would be left stale by a rebuild.
    @Test func everyFileThatChangesHasANewKey() throws {
        let site = try Self.copy(Fixtures.exampleContent)
        defer { try? FileManager.default.removeItem(at: site.root) }
        func jobs() throws -> [String: (key: StableDigest, files: [String: Data])] { try Self.jobs(of: site) }
        let before = try jobs()
        let quarters = try FileManager.default.contentsOfDirectory(
            atPath: site.content.appendingPathComponent("quarters").path
        ).sorted()
        // Each kind of update in the first and the last quarter, one between, and every
        // quarter with actions.
        let withActions = quarters.filter {
            FileManager.default.fileExists(atPath: site.content.appendingPathComponent("quarters/\($0)/actions").path)
        }
        var edited: [String] = []
        for quarter in Set([quarters.first!, quarters[quarters.count / 2], quarters.last!] + withActions).sorted() {
            for kind in ["actions", "measures", "risks", "outcomes"] {
                let folder = site.content.appendingPathComponent("quarters/\(quarter)/\(kind)")
                guard let file = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted().first
                else { continue }
                edited.append("quarters/\(quarter)/\(kind)/\(file)")
            }
        }
        #expect(edited.count >= 9)
        for path in edited {
            let url = site.content.appendingPathComponent(path)
            let original = try Data(contentsOf: url)
            let appended = String(decoding: original, as: UTF8.self) + "\n\nA sentence added by the key test.\n"
            // A measure's figure, a risk's score or a stated RAG changed too, so statuses
            // and the counts of every report and chart that show them change.
            var text = appended
            for (key, change) in [("value: ", 3), ("score: ", -1)] {
                if let range = text.range(of: "\n" + key),
                    let end = text[range.upperBound...].firstIndex(of: "\n"),
                    let number = Double(text[range.upperBound..<end])
                {
                    text.replaceSubrange(range.upperBound..<end, with: String(Int(number) + change))
                }
            }
            if let range = text.range(of: "\nrag: "), let end = text[range.upperBound...].firstIndex(of: "\n") {
                text.replaceSubrange(
                    range.upperBound..<end, with: text[range.upperBound..<end] == "red" ? "green" : "red")
            }
            // Then the words alone: the pages that read only the figures (`.figures`)
            // must not show them, and the others must have new keys.
            for (what, edited) in [("figures and words", text), ("words", appended)] {
                try Data(edited.utf8).write(to: url)
                let after: [String: (key: StableDigest, files: [String: Data])]
                do { after = try jobs() } catch {
                    // The changed figure broke a rule of the site: the words alone do below.
                    try original.write(to: url)
                    continue
                }
                try original.write(to: url)
                #expect(Set(after.keys) == Set(before.keys), "\(path): the same files")
                var changed = 0
                for (name, job) in after {
                    guard let old = before[name], old.files != job.files else { continue }
                    changed += 1
                    #expect(old.key != job.key, "\(path) (\(what)) changed \(name), whose key did not change")
                }
                #expect(changed > 0, "\(path) (\(what)) changed no file")
            }
        }
    }
}
