import Foundation
import QuarterlyBuild
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// The output folder is only ever a site: a build never replaces anything else.
@Suite("The output folder")
struct OutputSafetyTests {
    /// A council's repository: content, templates, git, and an officer's uncommitted notes.
    static func repository() throws -> URL { try Fixtures.siteRepository() }

    static func build(_ root: URL, into output: String) throws(BuildFailure) -> BuildReport {
        try SiteBuilder(
            options: BuildOptions(
                contentDirectory: root.appendingPathComponent("content").path,
                templatesDirectory: root.appendingPathComponent("templates").path,
                outputDirectory: output.hasPrefix("/") ? output : root.appendingPathComponent(output).path,
                searchIndex: false)
        ).run()
    }

    @Test(arguments: [".", "content", "templates", "notes.txt", "content/actions", "templates/partials", ".git", ".."])
    func aBuildNeverReplacesTheSources(output: String) throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let before = Fixtures.snapshot(root.deletingLastPathComponent())
        do {
            let report = try Self.build(root, into: output)
            Issue.record("built into \(output): \(report.pages) pages")
        } catch {
            #expect(error.step == .checkOutput, "\(output)")
            #expect(error.diagnostics.map(\.code) == [.unsafeOutput], "\(output)")
            #expect(error.diagnostics.first?.hint?.isEmpty == false)
            #expect(error.timings.count == 1, "refused before any other step")
        }
        #expect(Fixtures.snapshot(root.deletingLastPathComponent()) == before, "\(output) changed the repository")
    }

    @Test func theRefusalNamesWhatTheOutputHolds() throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        func refusal(_ output: String) -> Diagnostic? {
            do {
                _ = try Self.build(root, into: output)
                return nil
            } catch { return error.diagnostics.first }
        }
        #expect(
            refusal(".")?.message.contains("holds the content folder") == true, "\(String(describing: refusal(".")))")
        #expect(refusal("content/actions")?.message.contains("is inside the content folder") == true)
        #expect(refusal("templates")?.message.contains("is the templates folder") == true)
        #expect(refusal("notes.txt")?.message.contains("is a file") == true)
        let other = root.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: other.appendingPathComponent("mine.txt"))
        let foreign = refusal(other.path)
        #expect(foreign?.message.contains("`mine.txt`") == true, "\(String(describing: foreign))")
        #expect(foreign?.hint?.contains(".quarterly-site") == true)
    }

    @Test func theGitWorkTreeIsNeverTheOutput() throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        // An empty folder that is the work tree's root (a checkout with nothing yet but .git).
        let options = BuildOptions(
            contentDirectory: Fixtures.minimal.path, templatesDirectory: Fixtures.templates.path,
            outputDirectory: root.path)
        let refusal = OutputCheck.refusal(for: options, workingDirectory: root.appendingPathComponent("content").path)
        #expect(refusal?.message.contains("git work tree") == true, "\(String(describing: refusal))")
    }

    @Test func emptyMissingAndQuarterlyBuiltFoldersAreReplaced() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        for output in [empty, folder.appendingPathComponent("missing/public")] {
            _ = try Fixtures.build(content: Fixtures.minimal, output: output)
            let marker = Fixtures.read(output.appendingPathComponent(".quarterly-site"))
            #expect(marker.contains("quarterly build"), "every site says what wrote it")
            // Built by Quarterly, so the next build replaces it.
            _ = try Fixtures.build(content: Fixtures.minimal, output: output)
        }
        // A site built before the marker existed is recognised by its shape.
        try FileManager.default.removeItem(at: empty.appendingPathComponent(".quarterly-site"))
        _ = try Fixtures.build(content: Fixtures.minimal, output: empty)
        #expect(FileManager.default.fileExists(atPath: empty.appendingPathComponent(".quarterly-site").path))
        // A marked folder that is also a git work tree (a gh-pages checkout) is not a site.
        try FileManager.default.createDirectory(
            at: empty.appendingPathComponent(".git"), withIntermediateDirectories: true)
        #expect(throws: BuildFailure.self) { try Fixtures.build(content: Fixtures.minimal, output: empty) }
        #expect(FileManager.default.fileExists(atPath: empty.appendingPathComponent(".git").path))
    }

    /// Beside the output, only the spare site a build keeps for the next when most of the
    /// old one lives on (`SpareSite`), which a build with `--no-cache` removes.
    @Test func nothingButTheSiteAndItsSpareIsLeftBesideOrInsideTheOutput() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public/lancashire")
        func build(cache: Bool) throws {
            var options = BuildOptions(
                contentDirectory: Fixtures.minimal.path, templatesDirectory: Fixtures.templates.path,
                outputDirectory: output.path)
            options.reuseOutput = cache
            _ = try SiteBuilder(options: options).run()
        }
        func beside() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("public").path).sorted()
        }
        try build(cache: true)
        #expect(try beside() == ["lancashire"])
        try build(cache: true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["public"])
        #expect(try beside() == [".lancashire.quarterly-spare", "lancashire"])
        try build(cache: true)
        #expect(try beside() == [".lancashire.quarterly-spare", "lancashire"])
        let hidden = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasPrefix(".") }
        #expect(hidden.sorted() == [".quarterly-cache", ".quarterly-site"])
        try build(cache: false)
        #expect(try beside() == ["lancashire"])
    }

    /// A site built inside another (`public/lancashire` in `public/`) keeps no spare there:
    /// it would be published with the outer site.
    @Test func noSpareIsKeptInsideAnotherSite() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outer = folder.appendingPathComponent("public")
        _ = try Fixtures.build(content: Fixtures.minimal, output: outer)
        let inner = outer.appendingPathComponent("lancashire")
        _ = try Fixtures.build(content: Fixtures.minimal, output: inner)
        let again = try Fixtures.build(content: Fixtures.minimal, output: inner)
        #expect(again.reusedFiles > 0)
        let hidden = try FileManager.default.contentsOfDirectory(atPath: outer.path).filter { $0.hasPrefix(".") }
        #expect(hidden.sorted() == [".quarterly-cache", ".quarterly-site"])
    }

    /// What `kill -9` leaves: staging folders beside the output, which no build holds.
    @Test func leftoversOfKilledBuildsAreRemovedByTheNextBuild() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let leftovers = (0..<3).map { _ in folder.appendingPathComponent(".public.quarterly-\(UUID().uuidString)") }
        for leftover in leftovers {
            try FileManager.default.createDirectory(
                at: leftover.appendingPathComponent("actions/x"), withIntermediateDirectories: true)
            try Data("half a page".utf8).write(to: leftover.appendingPathComponent("actions/x/index.html"))
        }
        // Another output's staging folder, and a folder of the user's with a similar name, are not touched.
        let others = [".other.quarterly-\(UUID().uuidString)", ".public.quarterly-notes"]
        for name in others {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        _ = try Fixtures.build(content: Fixtures.minimal, output: output)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == (others + ["public"]).sorted())
    }
}

/// What the output folder leaves beside the output, and what it says about what it could not remove.
@Suite("Staging folders")
struct StagingFolderTests {
    @Test func aRunningBuildsStagingFolderIsLeftAlone() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public").path
        let running = try OutputFolder(path: output)
        let next = try OutputFolder(path: output)
        #expect(FileManager.default.fileExists(atPath: running.staging.path), "held by its build")
        next.discard()
        _ = try running.publish()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["public"])
    }

    @Test func whatCannotBeRemovedIsReported() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public").path
        struct Refused: LocalizedError {
            var errorDescription: String? { "Permission denied" }
        }
        let stubborn: @Sendable (String) throws -> Void = { _ in throw Refused() }
        _ = try OutputFolder(path: output).publish()
        // The old site, swapped out, cannot be removed: the build says where it is.
        let notes = try OutputFolder(path: output, removeFolder: stubborn).publish()
        #expect(notes.count == 1)
        #expect(notes.first?.contains("the site this build replaced: Permission denied") == true, "\(notes)")
        let left = try #require(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0 != "public" })
        #expect(notes.first?.contains(folder.appendingPathComponent(left).path) == true)
        // The next build tries again, and says so again if it still cannot.
        let again = try OutputFolder(path: output, removeFolder: stubborn)
        #expect(
            again.notes.count == 1
                && again.notes.first?.contains("an earlier build: Permission denied. It is not") == true)
        again.discard()
        _ = try OutputFolder(path: output).publish()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["public"])
    }

    @Test func theLockFileOfEarlierBuildsIsRemoved() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent(".public.lock"))
        _ = try OutputFolder(path: folder.appendingPathComponent("public").path).publish()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["public"])
    }
}
