import Foundation

/// Writes a site into a fresh folder beside the output, then swaps it into place only
/// when everything is written: a failed build never leaves a half-written site.
public struct OutputFolder {
    public let destination: URL
    public let staging: URL
    private let fileManager = FileManager.default

    public init(path: String) throws {
        destination = URL(fileURLWithPath: path).standardizedFileURL
        let parent = destination.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        // Same parent folder, so the final rename never crosses file systems.
        staging = parent.appendingPathComponent(".\(destination.lastPathComponent).quarterly-\(UUID().uuidString)")
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    /// Writes one file under the staging folder, creating its folders.
    public func write(_ data: Data, to relativePath: String) throws {
        let url = staging.appendingPathComponent(relativePath)
        try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    public func copyItem(at source: URL, to relativePath: String) throws {
        let url = staging.appendingPathComponent(relativePath)
        try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try fileManager.copyItem(at: source, to: url)
    }

    /// Puts the staged site in place of the old one. The old folder is moved aside and
    /// deleted only after the new one is in place.
    public func publish() throws {
        if fileManager.fileExists(atPath: destination.path) {
            let old = staging.deletingLastPathComponent()
                .appendingPathComponent(".\(destination.lastPathComponent).old-\(UUID().uuidString)")
            try fileManager.moveItem(at: destination, to: old)
            do {
                try fileManager.moveItem(at: staging, to: destination)
            } catch {
                try? fileManager.moveItem(at: old, to: destination)
                throw error
            }
            try? fileManager.removeItem(at: old)
        } else {
            try fileManager.moveItem(at: staging, to: destination)
        }
    }

    /// Removes the staging folder after a failure.
    public func discard() {
        try? fileManager.removeItem(at: staging)
    }
}
