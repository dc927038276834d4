import Foundation
import QuarterlyTestSupport
import Testing

/// `quarterly templates list|eject`: the built-in templates, and copies of them to edit.
@Suite("quarterly templates")
struct TemplatesCommandTests {
    /// A name means a built-in file by its path, its path without `.mustache`, or its
    /// file name alone; the copy is byte for byte the repository's templates/ file.
    @Test(arguments: [
        ("partials/rag", "partials/rag.mustache"),
        ("partials/rag.mustache", "partials/rag.mustache"),
        ("rag", "partials/rag.mustache"),
        ("layout", "layout.mustache"),
        ("assets/quarterly.css", "assets/quarterly.css"),
        ("quarterly.css", "assets/quarterly.css"),
    ])
    func ejectWritesTheDefaultByteForByte(name: String, path: String) throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try QuarterlyCommand.run(["templates", "eject", name], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Copied \(path) to templates/\(path): edit it there; it replaces the built-in one.\n")
        let copy = FileManager.default.contents(atPath: folder.appendingPathComponent("templates/\(path)").path)
        #expect(copy != nil)
        #expect(copy == FileManager.default.contents(atPath: Fixtures.templates.appendingPathComponent(path).path))
    }

    @Test func ejectNeverReplacesASitesOwnCopyUnlessForced() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let own = folder.appendingPathComponent("site/templates/partials/rag.mustache")
        try FileManager.default.createDirectory(at: own.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("ours\n".utf8).write(to: own)
        let refused = try QuarterlyCommand.run(["templates", "eject", "rag", "--content", "site/content"], in: folder)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("site/templates/partials/rag.mustache already exists"), "\(refused.stderr)")
        #expect(Fixtures.read(own) == "ours\n")
        let forced = try QuarterlyCommand.run(
            ["templates", "eject", "rag", "--content", "site/content", "--force"], in: folder)
        #expect(forced.status == 0)
        #expect(Fixtures.read(own) == Fixtures.read(Fixtures.templates.appendingPathComponent("partials/rag.mustache")))
    }

    @Test(arguments: [
        ("ragg", "Did you mean `partials/rag`?"),
        ("partials/ragkey", "Did you mean `partials/rag-key`?"),
        ("quarterly.cs", "Did you mean `assets/quarterly.css`?"),
        ("nothing-like-it", "there is no built-in template or asset `nothing-like-it`\n"),
    ])
    func anUnknownNameSuggestsTheNearest(name: String, message: String) throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try QuarterlyCommand.run(["templates", "eject", name], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.contains("hint: `quarterly templates list`"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("templates").path))
    }

    @Test func listNamesEveryDefaultAndWhichTheSiteReplaces() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try QuarterlyCommand.run(["templates", "eject", "quarterly.css"], in: folder)
        let result = try QuarterlyCommand.run(["templates", "list"], in: folder)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let shipped = (FileManager.default.enumerator(atPath: Fixtures.templates.path)?.allObjects as? [String] ?? [])
            .filter { $0.contains(".") }
        #expect(shipped.count > 20)
        for path in shipped where path != "assets/quarterly.css" { #expect(lines.contains(path), "\(path)") }
        #expect(
            lines.contains {
                $0.hasPrefix("assets/quarterly.css ") && $0.hasSuffix("replaced by templates/assets/quarterly.css")
            })
    }
}
