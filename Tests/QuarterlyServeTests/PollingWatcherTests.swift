import Foundation
import QuarterlyServe
import QuarterlyTestSupport
import Testing

/// Where there is no inotify (macOS), the preview's watcher polls every file's stamp.
@Suite("Watching without inotify")
struct PollingWatcherTests {
    enum Change: String, CaseIterable, Sendable {
        case edit, newFolder, fileInNewFolder, deletion, swapFile
    }

    @Test func pollingSeesEditsNewFoldersAndDeletionsButNotSwapFiles() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.md")
        try Data("one".utf8).write(to: file)
        let watcher = SourceWatcher(folders: [folder.path], inotify: false)
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
            #expect(seen == expected, "\(change)")
            #expect(start.duration(to: .now) < .milliseconds(500), "\(change)")
        }
    }
}
