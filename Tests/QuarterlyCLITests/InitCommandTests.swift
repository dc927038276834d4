import Foundation
import QuarterlyTestSupport
import Testing

/// `quarterly init`: a council's new site, which checks clean and builds at once.
@Suite("quarterly init")
struct InitCommandTests {
    func run(_ arguments: [String], in folder: URL? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        try QuarterlyCommand.run(arguments, in: folder)
    }

    /// Names that need quoting in YAML or escaping in HTML come through as typed.
    @Test(arguments: [
        ("Exampleshire County Council", "Council Plan 2025 to 2029"),
        ("Borough of \"Quotes\" & Colons: Ltd", "Plan #1 – 100% \\ delivered"),
        ("Cyngor Sir Enghraifft", "Cynllun y Cyngor"),
    ])
    func startsASiteThatChecksCleanAndBuilds(organisation: String, title: String) throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let created = try run(["init", "plan", "--organisation", organisation, "--title", title], in: folder)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("cd plan"))
        let site = folder.appendingPathComponent("plan")
        for path in [
            "content/site.yml", "content/outcomes/healthy-and-safe.md", "content/actions/home-adaptations.md",
            "content/measures/adaptations-on-time.md", "README.md", ".gitignore", ".github/workflows/quarterly.yml",
        ] {
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(path).path), "\(path)")
        }
        #expect(Fixtures.read(site.appendingPathComponent("README.md")).contains("# \(title)\n"))
        // Every %WORD% of the starter was filled in.
        for (path, data) in Fixtures.snapshot(site) {
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.range(of: "%[A-Z_]+%", options: .regularExpression) == nil, "\(path)")
        }

        let check = try run(["check"], in: site)
        #expect(check.status == 0 && check.stderr.isEmpty, "\(check.stderr)")
        #expect(check.stdout == "No errors in content/\n")
        let build = try run(["build", "--no-search"], in: site)
        #expect(build.status == 0, "\(build.stderr)")
        let json = try JSONSerialization.jsonObject(
            with: Data(contentsOf: site.appendingPathComponent("public/data/site.json")))
        let about = (json as? [String: Any])?["site"] as? [String: Any] ?? (json as? [String: Any]) ?? [:]
        #expect(about["organisation"] as? String == organisation, "\(about)")
        #expect(about["title"] as? String == title)
        // The draft quarter is left out of the public site, and shown with --drafts.
        let drafts = try run(["build", "--no-search", "--drafts", "--output", "preview"], in: site)
        #expect(drafts.status == 0, "\(drafts.stderr)")
        let quarters = try FileManager.default.contentsOfDirectory(
            atPath: site.appendingPathComponent("preview/quarters").path)
        #expect(
            quarters.contains {
                $0.hasSuffix("-q1") || $0.hasSuffix("-q2") || $0.hasSuffix("-q3") || $0.hasSuffix("-q4")
            })
        #expect(
            !FileManager.default.fileExists(
                atPath: site.appendingPathComponent("public/quarters/\(quarters.sorted()[0])").path))
    }

    @Test func neverWritesIntoAFolderThatHoldsAnything() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("our notes\n".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let before = Fixtures.snapshot(folder)
        let result = try run(["init", "--organisation", "A Council", "--title", "A Plan"], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not empty (it holds `notes.txt`): init never writes over anything"))
        #expect(result.stderr.contains("hint: "))
        #expect(Fixtures.snapshot(folder) == before)
    }

    /// A fresh clone of an empty repository holds only `.git`: that is empty enough.
    @Test func startsInAnEmptyClone() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let result = try run(["init", "--organisation", "A Council", "--title", "A Plan"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("in this folder"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("content/site.yml").path))
    }

    /// Without a terminal to ask on, the names must be given (exit 2, a usage error).
    @Test func withoutATerminalTheNamesMustBeGiven() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try run(["init", "plan", "--title", "A Plan"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--organisation is needed"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("plan").path))
    }
}
