import Foundation

/// Full-text search by Pagefind, when its `pagefind` program is on the PATH: it reads
/// the written pages and adds a `pagefind/` bundle that the search page loads.
package struct SearchIndexer {
    package let executable: URL

    /// The `pagefind` program on the PATH, or nil.
    package static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> SearchIndexer? {
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("pagefind")
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return SearchIndexer(executable: candidate)
            }
        }
        return nil
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
