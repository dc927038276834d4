import Foundation

/// A file `quarterly` carries inside itself, by its path in the folder it came from
/// (`partials/rag.mustache`, `assets/quarterly.css`, `content/site.yml`).
public struct BuiltinFile: Sendable, Equatable {
    public let path: String
    public let data: Data

    public var text: String { String(decoding: data, as: UTF8.self) }
}

/// What the one `quarterly` binary carries, so that it works alone after an install:
/// the default templates and assets, the starter site, and its version. The source of
/// each is a folder of the repository (`templates/`, `starter/`, `VERSION`), embedded at
/// build time by the EmbedBuiltins plugin.
public enum Builtins {
    /// The default templates (`layout.mustache`, `partials/…`) and assets (`assets/…`).
    public static let templates = decode(Embedded.templates)

    /// The starter site `quarterly init` writes: content, README, `.gitignore`, CI workflow.
    public static let starter = decode(Embedded.starter)

    /// The release, from `VERSION`, e.g. `0.1.0`.
    public static let version = Embedded.version

    /// The commit built (`-modified` when the work tree had changes); empty when built
    /// outside a git repository.
    public static let commit = Embedded.commit

    /// `quarterly 0.1.0 (commit 70d85db2c1a4)`.
    public static var versionLine: String {
        "quarterly \(version)" + (commit.isEmpty ? "" : " (commit \(commit))")
    }

    private static func decode(_ table: [(path: String, base64: String)]) -> [BuiltinFile] {
        table.map { BuiltinFile(path: $0.path, data: Data(base64Encoded: $0.base64) ?? Data()) }
    }
}
// x
