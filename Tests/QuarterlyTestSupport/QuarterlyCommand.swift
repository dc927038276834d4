import Foundation

/// Runs the real `quarterly` executable, built beside the test bundle.
public enum QuarterlyCommand {
    public static let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("quarterly")

    /// Where the commands run by the tests keep what a build keeps between builds (the
    /// content as parsed): not the home folder of whoever runs the tests. One folder for
    /// every run, as a user's is: a build removes the stores of the tests' removed sites
    /// once they are an hour old.
    public static let cacheHome = FileManager.default.temporaryDirectory.appendingPathComponent(
        "quarterly-tests-cache")

    /// - Parameter environment: set for the command, over the tests' own (with
    ///   `XDG_CACHE_HOME` set to `cacheHome`).
    public static func run(
        _ arguments: [String], in folder: URL? = nil, executable: URL = Self.executable,
        environment: [String: String] = [:]
    ) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment
            .merging(["XDG_CACHE_HOME": cacheHome.path]) { $1 }
            .merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self)
        )
    }
}
