import Foundation
import QuarterlyTestSupport
import Testing

/// The real `quarterly` executable, as people run it.
@Suite("Command line")
struct CommandLineTests {
    static let executable = QuarterlyCommand.executable

    func run(
        _ arguments: [String], in folder: URL? = nil, executable: URL = Self.executable
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        try QuarterlyCommand.run(arguments, in: folder, executable: executable)
    }

    /// The acceptance case: a broken YAML line in a definition, an unknown RAG
    /// word in an update and an update for an undefined action give three errors.
    @Test func checkReportsEveryProblemAndBuildChangesNothing() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.exampleContent, to: content)
        let definition = content.appendingPathComponent("actions/integrated-care-communities.md")
        var text = Fixtures.read(definition)
        let line = try #require(text.range(of: "\nmilestone: "))
        text.replaceSubrange(line, with: "\nmilestone: [")
        try Data(text.utf8).write(to: definition)
        let update = content.appendingPathComponent("quarters/2019-20-q2/actions/strategic-partnerships-memorandum.md")
        try Data(Fixtures.read(update).replacingOccurrences(of: "rag: amber", with: "rag: yellow").utf8).write(
            to: update)
        try Data("---\nrag: green\n---\n".utf8).write(
            to: content.appendingPathComponent("quarters/2019-20-q2/actions/no-such-action.md"))

        let check = try run(["check", "--content", content.path])
        #expect(check.status == 1)
        let headlines = check.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(headlines.count == 3, "\(check.stderr)")
        #expect(
            headlines.contains {
                $0.contains("actions/integrated-care-communities.md:") && $0.hasSuffix("[yaml-syntax]")
            })
        #expect(
            headlines.contains {
                $0.contains("strategic-partnerships-memorandum.md:2:6: error:") && $0.hasSuffix("[unknown-word]")
            })
        #expect(
            headlines.contains { $0.contains("no-such-action.md:1:1: error:") && $0.hasSuffix("[undefined-action]") })
        #expect(check.stderr.contains("hint: "))

        let output = folder.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("earlier site".utf8).write(to: output.appendingPathComponent("index.html"))
        try Data("built earlier".utf8).write(to: output.appendingPathComponent(".quarterly-site"))
        let before = Fixtures.snapshot(output)
        let build = try run([
            "build", "--content", content.path, "--templates", Fixtures.templates.path, "--output", output.path,
        ])
        #expect(build.status == 1)
        #expect(build.stderr.contains("Build failed at step 'validate'"), "\(build.stderr)")
        #expect(Fixtures.snapshot(output) == before)
    }

    @Test func buildPrintsASummaryAndStepsWhenVerbose() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run([
            "build", "--content", Fixtures.minimal.path, "--templates", Fixtures.templates.path,
            "--output", folder.appendingPathComponent("public").path, "--verbose",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        for step in [
            "check output", "load content", "validate", "compute statuses", "load templates", "render pages",
            "data files", "feed",
            "sitemap",
            "copy assets", "publish",
        ] {
            #expect(result.stdout.contains("  \(step) "), "\(step)")
        }
        #expect(result.stdout.contains("Built 18 pages and "))
    }

    /// `quarterly build` keeps the content as parsed in `$XDG_CACHE_HOME/quarterly`, else
    /// `~/.cache/quarterly`, readable by the user alone, and the next build into the same
    /// output takes the unchanged files from it; `--no-cache` keeps nothing there.
    @Test func theContentAsParsedIsKeptInTheUsersCacheFolder() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.copyItem(at: Fixtures.minimal, to: content)
        // Files changed in the last second are not kept (`FileStamp.isRecent`).
        try Fixtures.age(content)
        func build(_ environment: [String: String], _ extra: [String] = []) throws -> String {
            let result = try QuarterlyCommand.run(
                [
                    "build", "--content", content.path, "--templates", Fixtures.templates.path,
                    "--output", folder.appendingPathComponent("public").path, "--verbose",
                ] + extra, environment: environment)
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout
        }
        func stores(_ cache: URL) -> [String] {
            (try? FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("quarterly").path)) ?? []
        }
        let xdg = folder.appendingPathComponent("xdg")
        _ = try build(["XDG_CACHE_HOME": xdg.path])
        let second = try build(["XDG_CACHE_HOME": xdg.path])
        let load = try #require(second.split(separator: "\n").first { $0.contains("load content") })
        #expect(load.contains(" as parsed before") && !load.contains(" 0 as parsed before"), "\(load)")
        let store = try #require(stores(xdg).first)
        #expect(store.hasPrefix("parsed-"))
        let mode =
            try FileManager.default.attributesOfItem(
                atPath: xdg.appendingPathComponent("quarterly/\(store)").path)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let home = folder.appendingPathComponent("home")
        _ = try build(["XDG_CACHE_HOME": "", "HOME": home.path])
        #expect(stores(home.appendingPathComponent(".cache")).count == 1)
        let other = folder.appendingPathComponent("other")
        let uncached = try build(["XDG_CACHE_HOME": other.path], ["--no-cache"])
        #expect(!uncached.contains("as parsed"))
        #expect(stores(other).isEmpty)
    }

    /// The case: `cd site && quarterly build --output .` deleted the repository.
    @Test func buildingIntoTheRepositoryIsRefused() throws {
        let root = try Fixtures.siteRepository()
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let before = Fixtures.snapshot(root)
        let build = try run(["build", "--output", ".", "--no-search"], in: root)
        #expect(build.status == 1)
        #expect(build.stdout.isEmpty)
        #expect(
            build.stderr.contains(".:1:1: error: the output folder (\(root.path)) holds the content folder `content`"))
        #expect(build.stderr.contains("hint: Building would replace it with the site. Name a folder of its own"))
        #expect(build.stderr.contains("Build failed at step 'check output'"), "\(build.stderr)")
        #expect(Fixtures.snapshot(root) == before)
    }

    /// As a user who may not write into the old site, a build would swap it out and then
    /// be unable to remove it: it is refused before anything changes.
    @Test func aReadOnlyOutputIsRefused() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path)
        let output = folder.appendingPathComponent("public")
        // Root may write anywhere: as root, the builds run as `nobody`, as an officer's would,
        // from copies `nobody` can read wherever the repository was cloned.
        let inputs = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: inputs) }
        let content = inputs.appendingPathComponent("content")
        let templates = inputs.appendingPathComponent("templates")
        let executable = inputs.appendingPathComponent("quarterly")
        try FileManager.default.copyItem(at: Fixtures.minimal, to: content)
        try FileManager.default.copyItem(at: Fixtures.templates, to: templates)
        try FileManager.default.copyItem(at: Self.executable, to: executable)
        for path in try [inputs.path]
            + FileManager.default.subpathsOfDirectory(atPath: inputs.path).map({
                inputs.appendingPathComponent($0).path
            })
        {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            let mode = isFolder.boolValue || path == executable.path ? 0o755 : 0o644
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        }
        let arguments = [
            "build", "--content", content.path, "--templates", templates.path, "--output", output.path, "--no-search",
        ]
        let asNobody = ["--reuid=65534", "--regid=65534", "--clear-groups", executable.path] + arguments
        func build() throws -> (status: Int32, stdout: String, stderr: String) {
            getuid() == 0
                ? try run(asNobody, executable: URL(fileURLWithPath: "/usr/bin/setpriv"))
                : try run(arguments, executable: executable)
        }
        #expect(try build().status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: output.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: output.path) }
        let before = Fixtures.snapshot(folder)
        let refused = try build()
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("is read-only [unsafe-output]"), "\(refused.stderr)")
        #expect(Fixtures.snapshot(folder) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["public"])
    }

    static func buildArguments(into folder: URL) -> [String] {
        [
            "build", "--content", Fixtures.exampleContent.path, "--templates", Fixtures.templates.path,
            "--output", folder.appendingPathComponent("public").path, "--no-search", "--no-pdf",
        ]
    }

    /// Starts a build of the example site and returns once it writes pages into its staging folder.
    func startBuildAndWaitUntilItWrites(into folder: URL) throws -> Process {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = Self.buildArguments(into: folder)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let started = ContinuousClock.now
        var staged = false
        while !staged, process.isRunning, started.duration(to: .now) < .seconds(30) {
            staged =
                (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.contains {
                    $0.hasPrefix(".public.quarterly-")
                } == true
            usleep(1000)
        }
        #expect(staged, "the build was stopped while it wrote pages")
        return process
    }

    /// Ctrl-C or SIGTERM while pages are written: the staging folder goes, the output is
    /// not made, and the process ends by the signal (a shell shows 130 or 143).
    @Test(arguments: [SIGTERM, SIGINT])
    func aStoppedBuildLeavesNothingBehind(signal: Int32) throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = try startBuildAndWaitUntilItWrites(into: folder)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signal)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
    }

    /// `kill -9` cannot be caught: what it leaves, the next build into that output removes.
    @Test func whatAKilledBuildLeftTheNextBuildRemoves() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = try startBuildAndWaitUntilItWrites(into: folder)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 1)
        #expect(try run(Self.buildArguments(into: folder)).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["public"])
    }

    @Test func usageErrorsExitWithTwo() throws {
        #expect(try run(["build", "--no-such-option"]).status == 2)
        #expect(try run(["build", "--base-url", "example.org"]).status == 2)
    }
}
