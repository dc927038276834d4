import Foundation
import QuarterlyServe
import QuarterlyTestSupport
import Testing

/// Where there is no inotify (macOS), the preview's watcher polls every file's stamp; with
/// inotify it is told of each change, and watches a new folder as soon as it appears.
@Suite("Watching with and without inotify")
struct SourceWatcherTests {
    enum Change: String, CaseIterable, Sendable {
        case edit, newFolder, fileInNewFolder, deletion, swapFile
    }

    @Test(arguments: [false, true])
    func seesEditsNewFoldersAndDeletionsButNotSwapFiles(inotify: Bool) throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.md")
        try Data("one".utf8).write(to: file)
        let watcher = SourceWatcher(folders: [folder.path], inotify: inotify)
        let cases: [(Change, Bool, () throws -> Void)] = [
            (.edit, true, { try Data("two".utf8).write(to: file) }),
            (
                .newFolder, true,
                {
                    try FileManager.default.createDirectory(
                        at: folder.appendingPathComponent("sub"), withIntermediateDirectories: false)
                    try Data("x".utf8).write(to: folder.appendingPathComponent("sub/b.md"))
                }
            ),
            (
                .fileInNewFolder, true,
                { try Data("y, longer".utf8).write(to: folder.appendingPathComponent("sub/b.md")) }
            ),
            (.deletion, true, { try FileManager.default.removeItem(at: file) }),
            (.swapFile, false, { try Data("z".utf8).write(to: folder.appendingPathComponent(".b.md.swp")) }),
        ]
        for (change, expected, make) in cases {
            try make()
            let start = ContinuousClock.now
            let seen = watcher.waitForChange()
            #expect(seen == expected, "\(change), inotify \(inotify)")
            // Within the polling interval, and with inotify well before its full check (2 s).
            #expect(start.duration(to: .now) < .milliseconds(500), "\(change), inotify \(inotify)")
        }
    }

    /// The watcher names the content files that changed (relative to the content folder),
    /// so a reload need not look at the others; where it cannot say (before the first
    /// load, after a folder came, or without inotify) it says nil, and every file is looked at.
    @Test(arguments: [false, true])
    func namesTheFilesThatChanged(inotify: Bool) throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        let templates = folder.appendingPathComponent("templates")
        for made in [content.appendingPathComponent("actions"), templates] {
            try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true)
        }
        try Data("one".utf8).write(to: content.appendingPathComponent("actions/a.md"))
        try Data("one".utf8).write(to: content.appendingPathComponent("site.yml"))
        let watcher = SourceWatcher(folders: [content.path, templates.path], inotify: inotify)
        #expect(watcher.takeChanges() == nil, "before the first load, anything may have changed")
        #expect(watcher.takeOtherChanges(), "before the first load, the templates may have changed")
        #expect(watcher.takeChanges() == [])
        #expect(!watcher.takeOtherChanges())

        try Data("two".utf8).write(to: content.appendingPathComponent("actions/a.md"))
        try Data("two".utf8).write(to: content.appendingPathComponent("site.yml"))
        try Data("{{x}}".utf8).write(to: templates.appendingPathComponent("page.mustache"))
        #expect(watcher.waitForChange())
        // A template is no content file: only the templates step reads it again.
        #expect(watcher.takeChanges() == (inotify ? ["actions/a.md", "site.yml"] : nil))
        #expect(watcher.takeOtherChanges())

        // An edit to content alone leaves the templates as they were read.
        try Data("three, longer".utf8).write(to: content.appendingPathComponent("actions/a.md"))
        #expect(watcher.waitForChange())
        #expect(watcher.takeChanges() == (inotify ? ["actions/a.md"] : nil))
        #expect(watcher.takeOtherChanges() == !inotify, "without inotify, the watcher cannot say which changed")

        try FileManager.default.createDirectory(
            at: content.appendingPathComponent("measures"), withIntermediateDirectories: false)
        try Data("m".utf8).write(to: content.appendingPathComponent("measures/m.md"))
        #expect(watcher.waitForChange())
        #expect(watcher.takeChanges() == nil, "a new folder's files may have come unseen")
        #expect(watcher.takeOtherChanges(), "and the templates' too")
    }

    /// What a link in the templates folder points to can change without an event there:
    /// the watcher never vouches for such a folder.
    @Test func aLinkInTheTemplatesMeansTheyMayAlwaysHaveChanged() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        let templates = folder.appendingPathComponent("templates")
        for made in [content, templates] {
            try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true)
        }
        try Data("{{x}}".utf8).write(to: folder.appendingPathComponent("elsewhere.mustache"))
        try FileManager.default.createSymbolicLink(
            atPath: templates.appendingPathComponent("page.mustache").path,
            withDestinationPath: folder.appendingPathComponent("elsewhere.mustache").path)
        try Data("one".utf8).write(to: content.appendingPathComponent("site.yml"))
        let watcher = SourceWatcher(folders: [content.path, templates.path])
        _ = (watcher.takeChanges(), watcher.takeOtherChanges())
        try Data("two".utf8).write(to: content.appendingPathComponent("site.yml"))
        #expect(watcher.waitForChange())
        #expect(watcher.takeChanges() == ["site.yml"])
        #expect(watcher.takeOtherChanges())
    }

    /// The full check, a `stat` of every file, is spaced out as it gets slower: a
    /// fiftieth of the time beside inotify, a quarter without it, and never more often
    /// than every 2 s and 0.1 s.
    @Test(arguments: [
        (true, 0.001, 2.0), (true, 0.04, 2.0), (true, 0.1, 5.0), (true, 1.0, 50.0),
        (false, 0.001, 0.1), (false, 0.025, 0.1), (false, 0.1, 0.4), (false, 1.0, 4.0),
    ])
    func theFullCheckIsSpacedOutAsItGetsSlower(inotify: Bool, cost: Double, interval: Double) {
        #expect(abs(SourceWatcher.fullCheckInterval(inotify: inotify, lastCost: cost) - interval) < 1e-9)
    }
}
