import Foundation
import QuarterlyModel

/// Files made together (a CSV and its metadata, a chart), with what they are made from.
/// The build makes each job's files, or takes them from its last output when nothing the
/// job reads has changed (`ContentRead`).
public struct OutputJob: Sendable {
    /// Unique among a site's jobs: the path of its (first) file.
    public let name: String
    public let reads: [ContentRead]
    public let make: @Sendable () -> [(path: String, data: Data)]
    /// For one large file made of parts (site.json), its parts, each with what it reads:
    /// the build makes again only the parts whose sources changed. Empty for other jobs.
    public let segments: [OutputSegment]
    /// Called once every segment has been made and written, to let go of what they shared.
    public let finished: (@Sendable () -> Void)?

    public init(
        name: String, reads: [ContentRead], make: @escaping @Sendable () -> [(path: String, data: Data)]
    ) {
        self.name = name
        self.reads = reads
        self.make = make
        segments = []
        finished = nil
    }

    /// One file, `name`, whose bytes are its segments' joined. `reads`: what the whole file
    /// reads, when its segments' reads do not add up to it (a page's parts read their
    /// items, and their pieces of a frame that reads the page's sources).
    public init(
        name: String, reads: [ContentRead]? = nil, segments: [OutputSegment], finished: (@Sendable () -> Void)? = nil
    ) {
        self.name = name
        self.segments = segments
        self.finished = finished
        self.reads = reads ?? segments.flatMap(\.reads)
        make = { [(path: name, data: Data(segments.parallelMap { $0.make() }.joined()))] }
    }
}

/// A part of a file, with what it reads (`ContentRead`; none: only what every file reads).
public struct OutputSegment: Sendable {
    public let reads: [ContentRead]
    /// The digest of what the segment shows that its reads do not cover (a page's part:
    /// its piece of the page's frame), worked out when its key is; nil: nothing.
    public let shown: (@Sendable () -> StableDigest)?
    public let make: @Sendable () -> [UInt8]

    public init(
        reads: [ContentRead], shown: (@Sendable () -> StableDigest)? = nil, make: @escaping @Sendable () -> [UInt8]
    ) {
        self.reads = reads
        self.shown = shown
        self.make = make
    }
}
