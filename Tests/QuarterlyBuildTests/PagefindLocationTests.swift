import Foundation
import QuarterlyBuild
import QuarterlyTestSupport
import Testing

/// Where a build finds Pagefind: QUARTERLY_PAGEFIND, the PATH, Quarterly's data folder
/// (where `scripts/setup-search` and `install.sh --with-search` put it), and the
/// `pagefind_bin` package of the python3 on the PATH (where `pip install pagefind-bin` puts it).
@Suite("Finding Pagefind")
struct PagefindLocationTests {
    enum Place: String, CaseIterable, Sendable {
        case environment, path, dataHome, home, python, nowhere
    }

    /// A folder holding an executable `pagefind` at each place, and the environment that
    /// names that place only.
    static func environment(for place: Place, in folder: URL) throws -> (env: [String: String], expected: String?) {
        func program(_ path: String, _ text: String = "#!/bin/sh\n") throws -> String {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
            return url.path
        }
        let empty = folder.appendingPathComponent("empty").path
        switch place {
        case .environment:
            let pagefind = try program("anywhere/pagefind-1.5")
            return (["QUARTERLY_PAGEFIND": pagefind, "PATH": empty], pagefind)
        case .path:
            let pagefind = try program("bin/pagefind")
            return (["PATH": empty + ":" + folder.appendingPathComponent("bin").path], pagefind)
        case .dataHome:
            let pagefind = try program("data/quarterly/pagefind/bin/pagefind")
            return (["XDG_DATA_HOME": folder.appendingPathComponent("data").path, "PATH": empty], pagefind)
        case .home:
            let pagefind = try program("home/.local/share/quarterly/pagefind/bin/pagefind")
            return (["HOME": folder.appendingPathComponent("home").path, "PATH": empty], pagefind)
        case .python:
            let pagefind = try program("venv/lib/pagefind_bin/pagefind")
            // A python3 that answers as one with pagefind_bin installed would.
            _ = try program("python/python3", "#!/bin/sh\necho '\(pagefind)'\n")
            return (["PATH": empty + ":" + folder.appendingPathComponent("python").path], pagefind)
        case .nowhere:
            return (["PATH": empty, "HOME": folder.appendingPathComponent("home").path], nil)
        }
    }

    @Test(arguments: Place.allCases)
    func pagefindIsFoundWhereItWasInstalled(place: Place) throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (environment, expected) = try Self.environment(for: place, in: folder)
        #expect(SearchIndexer.locate(environment: environment)?.executable.path == expected)
    }

    /// QUARTERLY_PAGEFIND wins, and one that names no program is reported, not passed over.
    @Test func quarterlyPagefindComesFirstAndIsNeverPassedOver() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var (environment, onPath) = try Self.environment(for: .path, in: folder)
        let (named, chosen) = try Self.environment(for: .environment, in: folder)
        environment["QUARTERLY_PAGEFIND"] = named["QUARTERLY_PAGEFIND"]
        #expect(SearchIndexer.locate(environment: environment)?.executable.path == chosen)
        #expect(chosen != onPath)
        environment["QUARTERLY_PAGEFIND"] = folder.appendingPathComponent("missing/pagefind").path
        #expect(SearchIndexer.locate(environment: environment) == nil)
        #expect(
            SearchIndexer.notFoundNote(environment: environment).hasPrefix(
                "Search was not indexed: QUARTERLY_PAGEFIND names \(folder.path)/missing/pagefind, which is not a program"
            ))
    }

    @Test func theNoteNamesEveryPlaceAndHowToInstall() {
        let note = SearchIndexer.notFoundNote(environment: [:])
        for words in [
            "QUARTERLY_PAGEFIND", "`pagefind` on the PATH", "~/.local/share/quarterly/pagefind/bin/pagefind",
            "python3's pagefind_bin", "pip install pagefind-bin", "A to Z",
        ] {
            #expect(note.contains(words), "\(words)")
        }
    }
}
