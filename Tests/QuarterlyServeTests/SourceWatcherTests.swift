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
}
