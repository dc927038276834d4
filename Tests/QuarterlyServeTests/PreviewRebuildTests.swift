import Foundation
import QuarterlyBuild
import QuarterlyContent
import QuarterlyModel
import QuarterlyRender
import QuarterlyServe
import QuarterlyTestSupport
import Testing

/// The preview's rebuild reads only changed files and makes pages on request; what it
/// serves must be, byte for byte, what a clean build of the same files writes.
@Suite struct PreviewRebuildTests {
    /// A copy of a content folder whose files look an hour old, so the first load caches
    /// them all (files changed in the last second are never trusted to the cache).
    static func agedCopy(of content: URL, keepingRecords: Bool = false) throws -> URL {
        let folder = Fixtures.temporaryFolder().appendingPathComponent("content")
        try FileManager.default.copyItem(at: content, to: folder)
        // These tests change published quarters to see the preview follow.
        if !keepingRecords { try Fixtures.removePublicationRecords(in: folder) }
        try Fixtures.age(folder)
        return folder
    }

    /// Loads through the cache, as `quarterly serve` does after an edit.
    /// An aged copy of the content with a copy of the templates beside it, to edit both.
    static func agedCopyWithTemplates(of content: URL) throws -> (content: URL, templates: URL) {
        let copy = try agedCopy(of: content)
        let templates = copy.deletingLastPathComponent().appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Fixtures.templates, to: templates)
        return (copy, templates)
    }

    static func load(_ content: URL, templates: URL = Fixtures.templates, cache: inout LoadCache?) throws -> PreviewSite
    {
        let options = PreviewServer.options(content: content.path, templates: templates.path)
        return PreviewSite(try SiteBuilder(options: options).prepare(cache: &cache, steps: StepClock()))
    }

    /// Every file the preview would serve equals the one a clean build writes, and there
    /// are the same files.
    static func expectSameAsCleanBuild(_ site: PreviewSite, content: URL, templates: URL = Fixtures.templates) throws {
        let output = Fixtures.temporaryFolder().appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        var options = PreviewServer.options(content: content.path, templates: templates.path)
        options.outputDirectory = output.path
        _ = try SiteBuilder(options: options).run()
        // The marker says who wrote the folder, and the cache's manifest what the next build
        // may reuse; neither is part of the site the preview serves.
        let built = Fixtures.snapshot(output).filter {
            ![SiteMarker.fileName, CacheManifest.fileName].contains($0.key)
        }
        #expect(Set(site.allPaths) == Set(built.keys))
        var differing: [String] = []
        for (path, data) in built where site.file(at: path) != data { differing.append(path) }
        #expect(differing.isEmpty, "the preview differs from a clean build in \(differing.sorted())")
    }

    static func edit(_ file: URL, _ change: (String) -> String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text, "the edit changed nothing in \(file.lastPathComponent)")
        try Data(changed.utf8).write(to: file)
    }

    @Test func aRAGChangeMovesTheHomeCountsAndTrendsAsACleanBuildWould() throws {
        let content = try Self.agedCopy(of: Fixtures.exampleContent)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        var cache: LoadCache? = LoadCache()
        let before = try Self.load(content, cache: &cache)
        #expect(before.snapshot.reusedCount == 0)

        try Self.edit(content.appendingPathComponent("quarters/2021-22-q1/actions/digital-offer.md")) {
            $0.replacingOccurrences(of: "rag: green\ndirection: improving", with: "rag: red\ndirection: declining")
        }
        let after = try Self.load(content, cache: &cache)
        #expect(after.snapshot.reusedCount == after.snapshot.fileCount - 1, "only the edited file was read again")
        for page in ["index.html", "trends/index.html", "quarters/2021-22-q1/index.html"] {
            #expect(before.file(at: page) != after.file(at: page), "\(page) should show the new RAG")
        }
        try Self.expectSameAsCleanBuild(after, content: content)
    }

    /// When the watcher says which files changed, the others are not even `stat`ed: a
    /// file it did not name is taken as it was (which shows the stamp was not looked at),
    /// and a reload that cannot say (nil) looks at every file again.
    @Test func aReloadLooksOnlyAtTheFilesTheWatcherNamed() throws {
        let content = try Self.agedCopy(of: Fixtures.exampleContent)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        var cache: LoadCache? = LoadCache()
        let before = try Self.load(content, cache: &cache)
        let named = "quarters/2021-22-q1/actions/digital-offer.md"
        let unnamed = "quarters/2021-22-q1/measures/accidental-dwelling-fires.md"
        try Self.edit(content.appendingPathComponent(named)) { $0 + "\nNamed by the watcher.\n" }
        try Self.edit(content.appendingPathComponent(unnamed)) { $0 + "\nNot named by the watcher.\n" }
        cache?.changedSinceLastLoad = [named]
        let trusted = try Self.load(content, cache: &cache)
        #expect(trusted.snapshot.reusedCount == trusted.snapshot.fileCount - 1)
        let page = { (site: PreviewSite, path: String) in String(decoding: site.file(at: path) ?? Data(), as: UTF8.self)
        }
        #expect(page(trusted, "actions/digital-offer/index.html").contains("Named by the watcher."))
        #expect(
            page(trusted, "measures/accidental-dwelling-fires/index.html")
                == page(before, "measures/accidental-dwelling-fires/index.html"))
        // A load is told nothing more unless the watcher says it again: every stamp is looked at.
        #expect(cache?.changedSinceLastLoad == nil)
        let full = try Self.load(content, cache: &cache)
        #expect(page(full, "measures/accidental-dwelling-fires/index.html").contains("Not named by the watcher."))
        try Self.expectSameAsCleanBuild(full, content: content)
    }

    /// With the watcher's word, a reload brings the last scan of the folder up to date
    /// instead of listing every folder: a file it did not name is not looked for (which
    /// shows the scan was kept). A named file that is new, gone, not content or a link
    /// makes it scan again, and each reload is the site a clean build makes.
    @Test func aNamedFileThatCameWentOrIsNoContentScansTheFolderAgain() throws {
        let content = try Self.agedCopy(of: Fixtures.exampleContent)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        var cache: LoadCache? = LoadCache()
        var files = try Self.load(content, cache: &cache).snapshot.fileCount
        let edited = "quarters/2021-22-q1/actions/digital-offer.md"
        let measure = "quarters/2021-22-q1/measures/accidental-dwelling-fires.md"
        let original = try Data(contentsOf: content.appendingPathComponent(measure))
        let unnamed = content.appendingPathComponent("quarters/2021-22-q1/actions/unnamed.md")
        try Data("---\nrag: green\n---\n".utf8).write(to: unnamed)
        try Self.edit(content.appendingPathComponent(edited)) { $0 + "\nNamed by the watcher.\n" }
        cache?.changedSinceLastLoad = [edited]
        let kept = try Self.load(content, cache: &cache)
        #expect(kept.snapshot.fileCount == files, "the file the watcher did not name was not looked for")
        try FileManager.default.removeItem(at: unnamed)

        let quarter = try QuarterID.parse("2021-22-q1").get()
        let changes: [(String, String, () throws -> Void)] = [
            ("gone", measure, { try FileManager.default.removeItem(at: content.appendingPathComponent(measure)) }),
            ("new", measure, { try original.write(to: content.appendingPathComponent(measure)) }),
            (
                "not content", "quarters/2021-22-q1/measures/notes.txt",
                {
                    try Data("notes".utf8).write(
                        to: content.appendingPathComponent("quarters/2021-22-q1/measures/notes.txt"))
                }
            ),
            (
                "a link", measure,
                {
                    let moved = content.appendingPathComponent("quarters/2021-22-q1/fires.md.kept")
                    try FileManager.default.moveItem(at: content.appendingPathComponent(measure), to: moved)
                    try FileManager.default.createSymbolicLink(
                        atPath: content.appendingPathComponent(measure).path, withDestinationPath: "../fires.md.kept")
                }
            ),
        ]
        for (change, named, make) in changes {
            try make()
            cache?.changedSinceLastLoad = [named]
            let site = try Self.load(content, cache: &cache)
            files += change == "gone" ? -1 : change == "new" ? 1 : 0
            #expect(site.snapshot.fileCount == files, "\(change)")
            #expect(
                (site.snapshot.graph.measureUpdate("accidental-dwelling-fires", in: quarter) != nil)
                    == (change != "gone"),
                "\(change)")
            #expect(
                site.snapshot.warnings.contains { $0.code == .ignoredFile } == (change != "gone" && change != "new"),
                "\(change)")
            try Self.expectSameAsCleanBuild(site, content: content)
        }
    }

    /// The graph's structure (the outcomes' tree, the items' order, each year's plan) is
    /// kept while no file that defines an item changes: an edit to an update keeps it, an
    /// edit to an action makes it again, and both are what a clean build makes.
    @Test func anEditToAnUpdateKeepsTheGraphsStructure() throws {
        let content = try Self.agedCopy(of: Fixtures.exampleContent)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        var cache: LoadCache? = LoadCache()
        _ = try Self.load(content, cache: &cache)
        #expect(cache?.structures.reused == 0)
        try Self.edit(content.appendingPathComponent("quarters/2021-22-q1/actions/digital-offer.md")) {
            $0 + "\nA sentence typed in the preview.\n"
        }
        let typed = try Self.load(content, cache: &cache)
        #expect(cache?.structures.reused == 1)
        try Self.expectSameAsCleanBuild(typed, content: content)
        try Self.edit(content.appendingPathComponent("actions/digital-offer.md")) {
            $0.replacingOccurrences(of: "title: \"Develop", with: "title: \"Zeta: develop")
        }
        let renamed = try Self.load(content, cache: &cache)
        #expect(cache?.structures.reused == 1, "an action's file changed: the structure is made again")
        #expect(renamed.snapshot.graph.action("digital-offer")?.title.hasPrefix("Zeta") == true)
        try Self.expectSameAsCleanBuild(renamed, content: content)
    }

    /// A published report reads its own quarter and earlier ones only: after an edit in
    /// the latest quarter no published record is compared again, while an edit that
    /// changes a published report is still refused, and undoing it is accepted.
    @Test func anEditInTheLatestQuarterComparesNoPublishedReportAgain() throws {
        let content = try Self.agedCopy(of: Fixtures.exampleContent, keepingRecords: true)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        // The latest quarter is being written again: it has no record.
        try FileManager.default.removeItem(at: content.appendingPathComponent("quarters/2021-22-q1/published.yml"))
        var cache: LoadCache? = LoadCache()
        let before = try Self.load(content, cache: &cache)
        #expect(cache?.reports.reused == 0)
        try Self.edit(content.appendingPathComponent("quarters/2021-22-q1/actions/digital-offer.md")) {
            $0.replacingOccurrences(of: "rag: green\ndirection: improving", with: "rag: red\ndirection: declining")
        }
        let after = try Self.load(content, cache: &cache)
        #expect(cache?.reports.reused == 10, "the ten published records, all before the edited quarter")
        #expect(before.file(at: "index.html") != after.file(at: "index.html"))
        try Self.expectSameAsCleanBuild(after, content: content)

        let published = content.appendingPathComponent("quarters/2019-20-q2/measures/accidental-dwelling-fires.md")
        let recorded = try Data(contentsOf: published)
        try Self.edit(published) { $0.replacingOccurrences(of: "value: 96\n", with: "value: 97\n") }
        do {
            _ = try Self.load(content, cache: &cache)
            Issue.record("a changed published report should stop the load")
        } catch let failure as BuildFailure {
            #expect(failure.diagnostics.errors.map(\.code) == [.publishedReportChanged])
        }
        try recorded.write(to: published)
        _ = try Self.load(content, cache: &cache)
    }

    /// A folder reached through a link is watched where it really is, so an edit there
    /// is named by another path: its files are looked at on every reload.
    @Test func filesReachedThroughALinkedFolderAreAlwaysLookedAt() throws {
        let content = try Self.agedCopy(of: Fixtures.exampleContent)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        // The quarter's measures moved to a folder inside the content, and linked back.
        let quarter = content.appendingPathComponent("quarters/2021-22-q1")
        let moved = content.appendingPathComponent("quarters/.measures-2021-22-q1")
        try FileManager.default.moveItem(at: quarter.appendingPathComponent("measures"), to: moved)
        try FileManager.default.createSymbolicLink(
            atPath: quarter.appendingPathComponent("measures").path, withDestinationPath: "../.measures-2021-22-q1")
        var cache: LoadCache? = LoadCache()
        _ = try Self.load(content, cache: &cache)
        let named = "quarters/2021-22-q1/actions/digital-offer.md"
        try Self.edit(content.appendingPathComponent(named)) { $0 + "\nNamed by the watcher.\n" }
        try Self.edit(moved.appendingPathComponent("accidental-dwelling-fires.md")) { $0 + "\nEdited where it is.\n" }
        cache?.changedSinceLastLoad = [named]
        let site = try Self.load(content, cache: &cache)
        #expect(
            String(decoding: site.file(at: "measures/accidental-dwelling-fires/index.html") ?? Data(), as: UTF8.self)
                .contains("Edited where it is."))
        try Self.expectSameAsCleanBuild(site, content: content)
    }

    /// A reload computes the statuses of the edited item only: every other item keeps its
    /// own, and the site is still the one a clean build makes (a measure's new figure
    /// moves its RAG, its direction and the report's counts).
    @Test func aReloadComputesOnlyTheEditedItemsStatuses() throws {
        let content = try Self.agedCopy(of: Fixtures.exampleContent)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        var cache: LoadCache? = LoadCache()
        let before = try Self.load(content, cache: &cache)
        let items = before.snapshot.graph.measures.count + before.snapshot.graph.actions.count
        #expect(cache?.statuses.reused == 0)
        try Self.edit(content.appendingPathComponent("quarters/2021-22-q1/measures/accidental-dwelling-fires.md")) {
            $0.replacingOccurrences(of: "value: 62\nrag: green\n", with: "value: 640\n")
        }
        let after = try Self.load(content, cache: &cache)
        #expect(cache?.statuses.reused == items - 1, "every item but the edited measure keeps its statuses")
        #expect(before.file(at: "quarters/2021-22-q1/index.html") != after.file(at: "quarters/2021-22-q1/index.html"))
        try Self.expectSameAsCleanBuild(after, content: content)
        // site.yml (its tolerances) is read by every item's statuses: all are worked out again.
        try Self.edit(content.appendingPathComponent("site.yml")) { $0 + "\n" }
        _ = try Self.load(content, cache: &cache)
        #expect(cache?.statuses.reused == items - 1)
    }

    /// The checks of the files read front matter only: a reload after an edit to an
    /// update's commentary takes what they found from the last load, and finds what a load
    /// without the memo finds, problems included; an edit to front matter checks again.
    @Test func anEditToCommentaryAloneTakesTheChecksAsTheyWere() throws {
        let content = try Self.agedCopy(of: Fixtures.exampleContent)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let update = content.appendingPathComponent("quarters/2021-22-q1/actions/digital-offer.md")
        var cache: LoadCache? = LoadCache()
        _ = try Self.load(content, cache: &cache)
        #expect(cache?.checks.reused == 0)
        try Self.edit(update) { $0 + "\nA sentence typed in the preview.\n" }
        let typed = try Self.load(content, cache: &cache)
        #expect(cache?.checks.reused == 1)
        try Self.expectSameAsCleanBuild(typed, content: content)

        /// The errors a load finds, with a memo or with none.
        func errors(_ cache: inout LoadCache?) -> [Diagnostic] {
            do {
                _ = try Self.load(content, cache: &cache)
                return []
            } catch let failure as BuildFailure {
                return failure.diagnostics
            } catch {
                Issue.record("\(error)")
                return []
            }
        }
        // The update takes another action's ref: checked again, and refused.
        try Self.edit(update) { $0.replacingOccurrences(of: "---\nrag: green", with: "---\nref: A1.13\nrag: green") }
        let clash = errors(&cache)
        #expect(cache?.checks.reused == 1)
        #expect(clash.map(\.code).contains(.duplicateRef), "\(clash)")
        // Its commentary edited again: the same problem, as a load without the memo finds it.
        try Self.edit(update) { $0 + "More words.\n" }
        let kept = errors(&cache)
        #expect(cache?.checks.reused == 2)
        var fresh: LoadCache? = LoadCache()
        #expect(kept == errors(&fresh))
        #expect(kept.map(\.code).contains(.duplicateRef))
    }

    /// Records are kept between reloads by their stamp: an edited one is read again, and
    /// its check follows it both ways.
    @Test func anEditedPublicationRecordIsReadAgain() throws {
        let content = Fixtures.temporaryFolder().appendingPathComponent("content")
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        try FileManager.default.copyItem(at: Fixtures.minimal, to: content)
        let record = content.appendingPathComponent("quarters/2019-20-q2/published.yml")
        let hourAgo = Date().addingTimeInterval(-3600)
        try FileManager.default.setAttributes([.modificationDate: hourAgo], ofItemAtPath: record.path)
        var cache: LoadCache? = LoadCache()
        _ = try Self.load(content, cache: &cache)

        let original = try String(contentsOf: record, encoding: .utf8)
        try Self.edit(record) { $0.replacingOccurrences(of: "rag: \"Amber\"", with: "rag: \"Green\"") }
        #expect {
            _ = try Self.load(content, cache: &cache)
        } throws: { error in
            (error as? BuildFailure)?.diagnostics.contains {
                $0.code == .publishedReportChanged && $0.message.contains("Quarter 2 2019/20")
            } == true
        }
        try Data(original.utf8).write(to: record)
        try FileManager.default.setAttributes(
            [.modificationDate: Date().addingTimeInterval(-1800)], ofItemAtPath: record.path)
        let site = try Self.load(content, cache: &cache)
        try Self.expectSameAsCleanBuild(site, content: content)
    }

    @Test func addedRemovedAndRewrittenFilesAreAllSeen() throws {
        let content = try Self.agedCopy(of: Fixtures.minimal)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        var cache: LoadCache? = LoadCache()
        _ = try Self.load(content, cache: &cache)

        let quarter = content.appendingPathComponent("quarters/2019-20-q3")
        try FileManager.default.createDirectory(
            at: quarter.appendingPathComponent("measures"), withIntermediateDirectories: true)
        try Data("---\nvalue: 42\n---\nMore carers were approved.\n".utf8)
            .write(to: quarter.appendingPathComponent("measures/foster-carers.md"))
        try FileManager.default.removeItem(
            at: content.appendingPathComponent("quarters/2019-20-q2/actions/safeguarding-board.md"))
        try Self.edit(quarter.appendingPathComponent("actions/care-communities.md")) {
            $0 + "\nA sentence added by the test.\n"
        }
        let site = try Self.load(content, cache: &cache)
        #expect(site.snapshot.fileCount - site.snapshot.reusedCount == 2, "the new file and the edited one")
        #expect(
            String(decoding: site.file(at: "actions/care-communities/index.html") ?? Data(), as: UTF8.self)
                .contains("A sentence added by the test."))
        try Self.expectSameAsCleanBuild(site, content: content)
    }

    @Test func siteSettingsAndTemplatesChangeEveryPage() throws {
        let (content, templates) = try Self.agedCopyWithTemplates(of: Fixtures.minimal)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        var cache: LoadCache? = LoadCache()
        let before = try Self.load(content, templates: templates, cache: &cache)

        try Self.edit(content.appendingPathComponent("site.yml")) {
            $0.replacingOccurrences(of: "title: ", with: "title: Renamed ")
        }
        try Self.edit(templates.appendingPathComponent("action.mustache")) { $0 + "<!-- changed template -->\n" }
        let after = try Self.load(content, templates: templates, cache: &cache)
        #expect(before.file(at: "index.html") != after.file(at: "index.html"))
        #expect(
            String(decoding: after.file(at: "actions/care-communities/index.html") ?? Data(), as: UTF8.self)
                .contains("<!-- changed template -->"))
        try Self.expectSameAsCleanBuild(after, content: content, templates: templates)
    }

    /// While the watcher says no template changed, a reload keeps the templates it parsed
    /// without a look at the folder (an edit it did not report is not seen, which shows
    /// it); a load that fails before reaching the templates does not make them current.
    @Test func templatesTheWatcherVouchesForAreNotReadAgain() throws {
        let (content, templates) = try Self.agedCopyWithTemplates(of: Fixtures.minimal)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        var cache: LoadCache? = LoadCache()
        _ = try Self.load(content, templates: templates, cache: &cache)
        let page = { (site: PreviewSite) in
            String(decoding: site.file(at: "actions/care-communities/index.html") ?? Data(), as: UTF8.self)
        }
        let template = templates.appendingPathComponent("action.mustache")
        try Self.edit(template) { $0 + "<!-- first change -->\n" }
        cache?.templatesUnchangedSinceLastLoad = true
        #expect(!page(try Self.load(content, templates: templates, cache: &cache)).contains("first change"))
        #expect(cache?.templatesUnchangedSinceLastLoad == false, "the watcher's word is for one load")
        #expect(page(try Self.load(content, templates: templates, cache: &cache)).contains("first change"))

        // A template edited while the content has an error: the failed load never read it.
        try Self.edit(template) { $0 + "<!-- second change -->\n" }
        let update = content.appendingPathComponent("quarters/2019-20-q3/actions/care-communities.md")
        let original = try String(contentsOf: update, encoding: .utf8)
        try Data("---\nrag: [\n---\n".utf8).write(to: update)
        #expect(throws: BuildFailure.self) { try Self.load(content, templates: templates, cache: &cache) }
        try Data(original.utf8).write(to: update)
        cache?.templatesUnchangedSinceLastLoad = true
        let site = try Self.load(content, templates: templates, cache: &cache)
        #expect(page(site).contains("second change"))
        try Self.expectSameAsCleanBuild(site, content: content, templates: templates)
    }

    /// The site's own strings file is read on every reload (its parsed words are kept
    /// only while its text is the same): a reworded string reaches every page.
    @Test func aRewordedStringIsSeen() throws {
        let (content, templates) = try Self.agedCopyWithTemplates(of: Fixtures.minimal)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        var cache: LoadCache? = LoadCache()
        let before = try Self.load(content, templates: templates, cache: &cache)
        #expect(
            String(decoding: before.file(at: "exceptions/index.html") ?? Data(), as: UTF8.self).contains(
                "<h1>Red or declining</h1>"))
        try Self.edit(templates.appendingPathComponent("strings/en.yml")) {
            $0.replacingOccurrences(of: "  title: Red or declining\n", with: "  title: Off track\n")
        }
        let after = try Self.load(content, templates: templates, cache: &cache)
        let page = String(decoding: after.file(at: "exceptions/index.html") ?? Data(), as: UTF8.self)
        #expect(page.contains("<h1>Off track</h1>"))
        try Self.expectSameAsCleanBuild(after, content: content, templates: templates)
    }

    @Test func filesChangedInTheLastSecondAreNotTrustedToTheCache() throws {
        // A file rewritten within one tick of the file system's clock, at the same size,
        // keeps its stamp; so a file that new is read again on every load until it is older.
        let fresh = try Fixtures.minimalSite(with: [:])
        let aged = try Self.agedCopy(of: Fixtures.minimal)
        defer {
            try? FileManager.default.removeItem(at: fresh.deletingLastPathComponent())
            try? FileManager.default.removeItem(at: aged.deletingLastPathComponent())
        }
        for (content, reusedOnSecondLoad) in [(fresh, false), (aged, true)] {
            var cache: LoadCache? = LoadCache()
            _ = try Self.load(content, cache: &cache)
            let second = try Self.load(content, cache: &cache).snapshot
            #expect(second.reusedCount == (reusedOnSecondLoad ? second.fileCount : 0), "in \(content.path)")
        }
    }

    @Test func aPageIsMadeWithoutTheOpenData() throws {
        var cache: LoadCache? = LoadCache()
        let site = try Self.load(Fixtures.minimal, cache: &cache)
        for url in ["/", "/actions/care-communities/", "/actions/care-communities", "/assets/quarterly.css"] {
            #expect(site.file(forURLPath: url) != nil, "\(url)")
        }
        #expect(site.file(forURLPath: "/actions/no-such-action/") == nil)
        #expect(!site.otherFilesMade, "the open data takes longest to make: only a request for it should make it")
        #expect(site.file(forURLPath: "/data/site.json")?.path == "data/site.json")
        #expect(site.otherFilesMade)
    }

    @Test func urlPathsNameFilesInsideTheSiteOnly() {
        #expect(PreviewSite.path(for: "/actions/x/") == "actions/x")
        #expect(PreviewSite.path(for: "/a/index.html?x=1") == "a/index.html")
        #expect(PreviewSite.path(for: "/") == "")
        #expect(PreviewSite.path(for: "/../secret.txt") == nil)
        #expect(PreviewSite.path(for: "/%2e%2e/secret.txt") == nil)
        #expect(PreviewSite.path(for: "/.git/config") == nil)
    }
}
