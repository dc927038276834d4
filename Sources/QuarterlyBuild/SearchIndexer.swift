import Foundation

/// Full-text search by Pagefind, when its `pagefind` program can be found: it reads the
/// written pages and adds a `pagefind/` bundle that the search page loads.
package struct SearchIndexer {
    package let executable: URL

    /// Where the build looks for Pagefind, in order; the note of a build without search
    /// names them all.
    package enum Place: Equatable, Sendable {
        /// `QUARTERLY_PAGEFIND`: the program's path, for any other install.
        case environment
        /// `pagefind` on the PATH (npm's, a download, a package manager's).
        case path
        /// `~/.local/share/quarterly/pagefind/bin/pagefind` (under `XDG_DATA_HOME` when it is
        /// set): where `scripts/setup-search` and the release's `install.sh --with-search` put it.
        case quarterlyData
        /// The `pagefind_bin` package of the `python3` on the PATH: `pip install pagefind-bin`
        /// keeps the program inside the package, not on the PATH.
        case python
    }

    /// The Pagefind program, from the first place that has it, or nil.
    package static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment, askingPython: Bool = true
    ) -> SearchIndexer? {
        // A QUARTERLY_PAGEFIND that names no program is not passed over: the note says so.
        if let named = candidate(in: .environment, environment: environment) {
            return FileManager.default.isExecutableFile(atPath: named.path) ? SearchIndexer(executable: named) : nil
        }
        let places: [Place] = [.path, .quarterlyData] + (askingPython ? [.python] : [])
        for place in places {
            if let found = candidate(in: place, environment: environment),
                FileManager.default.isExecutableFile(
                    atPath: found.path)
            {
                return SearchIndexer(executable: found)
            }
        }
        return nil
    }

    /// Where `place` says Pagefind is, whether or not it is there.
    static func candidate(in place: Place, environment: [String: String]) -> URL? {
        switch place {
        case .environment:
            return environment["QUARTERLY_PAGEFIND"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
        case .path:
            return programOnPath("pagefind", environment: environment)
        case .quarterlyData:
            return dataFolder(environment: environment)?.appendingPathComponent("pagefind/bin/pagefind")
        case .python:
            guard let python = programOnPath("python3", environment: environment) else { return nil }
            return askPython(python, environment: environment)
        }
    }

    /// `$XDG_DATA_HOME/quarterly`, or `~/.local/share/quarterly`.
    static func dataFolder(environment: [String: String]) -> URL? {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return URL(fileURLWithPath: data).appendingPathComponent("quarterly")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/quarterly")
    }

    private static func programOnPath(_ name: String, environment: [String: String]) -> URL? {
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// The program inside Python's `pagefind_bin` package, as the package itself finds it.
    private static func askPython(_ python: URL, environment: [String: String]) -> URL? {
        let process = Process()
        process.executableURL = python
        process.arguments = ["-c", "import pagefind_bin; print(pagefind_bin.get_executable())"]
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let path = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, path.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: path)
    }

    /// What a build without search says once: where it looked, and how to install it.
    package static func notFoundNote(environment: [String: String]) -> String {
        if let named = candidate(in: .environment, environment: environment) {
            return "Search was not indexed: QUARTERLY_PAGEFIND names \(named.path), which is not a program "
                + "(set it to Pagefind's `pagefind`, or unset it). The search page points to the A to Z instead."
        }
        return "Search was not indexed: Pagefind was not found (looked for QUARTERLY_PAGEFIND, `pagefind` on the "
            + "PATH, ~/.local/share/quarterly/pagefind/bin/pagefind, and python3's pagefind_bin package). Install "
            + "it with `pip install pagefind-bin` (or the release's `install.sh --with-search`), or set "
            + "QUARTERLY_PAGEFIND to the program. The search page points to the A to Z instead."
    }

    /// Indexes the site in `folder`; returns Pagefind's summary, or throws with its output.
    func index(_ folder: URL) throws -> String {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--site", folder.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw IndexingFailed(output: text) }
        // "Indexed 170 pages" is the line worth keeping.
        return text.split(separator: "\n").last { $0.contains("Indexed") && $0.contains("page") }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "indexed"
    }

    struct IndexingFailed: Error, LocalizedError {
        let output: String
        var errorDescription: String? { "pagefind failed: " + output.suffix(500) }
    }
}
