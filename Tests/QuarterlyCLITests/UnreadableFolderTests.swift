import Foundation
import QuarterlyTestSupport
import Testing

/// Issue 20 (2): a folder that cannot be read is an error, never an empty folder. The
/// tests run as root, whom mode 000 does not stop, so `quarterly check` and `build` run
/// as `nobody` (through setpriv) when the suite is root, as an officer's would.
@Suite struct UnreadableFolderTests {
    static let executable = QuarterlyCommand.executable

    /// Runs `quarterly` as nobody (as root) or as the user; status and standard error.
    static func quarterly(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        if getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments =
                ["--reuid=65534", "--regid=65534", "--clear-groups", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
    }

    /// A copy of the minimal site that nobody may read, but for one folder of mode 000.
    static func siteWithUnreadable(_ relative: String) throws -> (root: URL, content: URL) {
        let content = try Fixtures.minimalSite(with: [:])
        let root = content.deletingLastPathComponent()
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: root.path)
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o000], ofItemAtPath: content.appendingPathComponent(relative).path)
        return (root, content)
    }

    static func restore(_ root: URL, _ content: URL, _ relative: String) {
        try? FileManager.default.setAttributes(
            [.posixPermissions: 0o755], ofItemAtPath: content.appendingPathComponent(relative).path)
        try? FileManager.default.removeItem(at: root)
    }

    /// The issue's case: a quarter's updates folder unreadable. `check` used to say "No
    /// errors" and `build` to publish the report without those updates.
    @Test(arguments: ["quarters/2019-20-q2/measures", "quarters/2019-20-q2", "actions"])
    func checkAndBuildRefuseAnUnreadableFolder(_ relative: String) throws {
        let (root, content) = try Self.siteWithUnreadable(relative)
        defer { Self.restore(root, content, relative) }
        let check = try Self.quarterly(["check", "--content", content.path])
        #expect(check.status == 1, "\(check.stderr)")
        #expect(
            check.stderr.contains(
                "\(content.path)/\(relative):1:1: error: cannot read this folder: permission denied [unreadable-folder]"
            ),
            "\(check.stderr)")
        #expect(check.stderr.contains("hint: Its files would be missing from the report."))
        let output = root.appendingPathComponent("public")
        let build = try Self.quarterly([
            "build", "--content", content.path, "--templates", Fixtures.templates.path, "--output", output.path,
            "--no-search",
        ])
        #expect(build.status == 1, "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    /// An unreadable file was already an error; it now says why.
    @Test func anUnreadableFileSaysWhy() throws {
        let relative = "quarters/2019-20-q2/actions/care-communities.md"
        let (root, content) = try Self.siteWithUnreadable(relative)
        defer { Self.restore(root, content, relative) }
        let check = try Self.quarterly(["check", "--content", content.path])
        #expect(check.status == 1)
        #expect(
            check.stderr.contains("\(relative):1:1: error: cannot read this file: permission denied [unreadable-file]"))
    }
}
