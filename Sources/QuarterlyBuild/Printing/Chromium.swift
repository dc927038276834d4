import Foundation

/// Chromium (or Chrome), when installed: the build prints each published report to PDF
/// with it. `QUARTERLY_CHROMIUM` names the program; otherwise the first of `chromium`,
/// `chromium-browser` and `google-chrome` on the PATH.
package struct Chromium: Sendable {
    package let executable: URL

    package static let names = ["chromium", "chromium-browser", "google-chrome"]

    package init(executable: URL) {
        self.executable = executable
    }

    /// The program's identity for the build cache (its resolved path, size, time and
    /// inode): a report printed by another Chromium is printed again.
    var identity: String {
        let path = executable.resolvingSymlinksInPath().path
        var info = stat()
        guard stat(path, &info) == 0 else { return "\(path) unknown \(UUID().uuidString)" }
        return "\(path) \(info.st_dev) \(info.st_ino) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    /// The program to print with, or why there is none (a sentence for the build's note).
    package static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Result<Chromium, Missing> {
        if let named = environment["QUARTERLY_CHROMIUM"], !named.isEmpty {
            return FileManager.default.isExecutableFile(atPath: named)
                ? .success(Chromium(executable: URL(fileURLWithPath: named)))
                : .failure(Missing(reason: "QUARTERLY_CHROMIUM names \(named), which is not a program"))
        }
        for folder in (environment["PATH"] ?? "").split(separator: ":") {
            for name in names {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) {
                    return .success(Chromium(executable: candidate))
                }
            }
        }
        return .failure(Missing(reason: "Chromium is not on the PATH (\(names.joined(separator: ", ")))"))
    }

    package struct Missing: Error, Sendable {
        package let reason: String
    }
}
