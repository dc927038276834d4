import Foundation

/// Files made together (a CSV and its metadata, a chart), with what they are made from.
/// The build makes each job's files, or takes them from its last output when nothing the
/// job reads has changed (`ContentRead`).
public struct OutputJob: Sendable {
    /// Unique among a site's jobs: the path of its (first) file.
    public let name: String
    public let reads: [ContentRead]
    public let make: @Sendable () -> [(path: String, data: Data)]

    public init(
        name: String, reads: [ContentRead], make: @escaping @Sendable () -> [(path: String, data: Data)]
    ) {
        self.name = name
        self.reads = reads
        self.make = make
    }
}
