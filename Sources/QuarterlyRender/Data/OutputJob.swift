import Foundation
import QuarterlyModel

/// Files made together (a CSV and its metadata, a chart), with what they are made from.
/// The build makes each job's files, or takes them from its last output when nothing the
/// job reads has changed (`ContentRead`).
public struct OutputJob: Sendable {
    /// Unique among a site's jobs: the path of its (first) file.
    public let name: String
    /// What the job reads, worked out when its key is (on every core, while the build
    /// makes its files) and not held after: for a page, its outcome's whole subtree.
    public var reads: [ContentRead] { readsWhenKeyed() }
    private let readsWhenKeyed: @Sendable () -> [ContentRead]
    public let make: @Sendable () -> [(path: String, data: Data)]
    /// For one large file made of parts (site.json), its parts, each with what it reads:
    /// the build makes again only the parts whose sources changed. Empty for other jobs.
    public let segments: [OutputSegment]
    /// Called once every segment has been made and written, to let go of what they shared.
    public let finished: (@Sendable () -> Void)?
    /// What segment `i` reads when that is narrower than its `reads` (a page's part that
    /// reads only its item), with the digest of what it shows that those do not cover (its
    /// piece of the page's frame); worked out when its key is, nil when it reads `reads`.
    /// One function for the job: a closure per segment cost a national site megabytes.
    public let narrowed: (@Sendable (Int) -> (reads: [ContentRead], shown: StableDigest)?)?

    public init(
        name: String, reads: [ContentRead], make: @escaping @Sendable () -> [(path: String, data: Data)]
    ) {
        self.init(name: name, readsWhenKeyed: { reads }, make: make)
    }

    /// A job whose reads are worked out only when its key is: declaring every page's
    /// reads at once was a fifth of a second on one core for a 10,000-file site.
    public init(
        name: String, readsWhenKeyed: @escaping @Sendable () -> [ContentRead],
        make: @escaping @Sendable () -> [(path: String, data: Data)]
    ) {
        self.name = name
        self.readsWhenKeyed = readsWhenKeyed
        self.make = make
        segments = []
        finished = nil
        narrowed = nil
    }

    /// One file, `name`, whose bytes are its segments' joined. `reads`: what the whole file
    /// reads, when the segments share it (a page made in parts); otherwise every segment's.
    public init(
        name: String, reads: [ContentRead]? = nil, segments: [OutputSegment], finished: (@Sendable () -> Void)? = nil,
        narrowed: (@Sendable (Int) -> (reads: [ContentRead], shown: StableDigest)?)? = nil
    ) {
        self.name = name
        self.segments = segments
        self.finished = finished
        self.narrowed = narrowed
        readsWhenKeyed = { reads ?? segments.flatMap(\.reads) }
        make = { [(path: name, data: Data(segments.parallelMap { $0.make() }.joined()))] }
    }
}

/// A part of a file, with what it reads (`ContentRead`; none: only what every file reads).
public struct OutputSegment: Sendable {
    public let reads: [ContentRead]
    public let make: @Sendable () -> [UInt8]

    public init(reads: [ContentRead], make: @escaping @Sendable () -> [UInt8]) {
        self.reads = reads
        self.make = make
    }
}
