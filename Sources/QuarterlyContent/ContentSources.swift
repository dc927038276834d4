import QuarterlyModel

/// One file a load read, as the build cache sees it: where it is, what it is about, and
/// the digest of its text. The cache keys each output file by the digests of the files
/// it is made from.
public struct ContentSource: Sendable {
    /// Relative to the content folder; a translation's own path (`actions/x.cy.md`).
    public let path: String
    public let kind: ContentKind
    /// The id its name gives (the quarter's slug for an `index.md`).
    public let id: String
    public let quarter: QuarterID?
    /// Nil when it could not be read (the load then has an error, and nothing is built).
    public let digest: StableDigest?
    /// Of its front matter alone, when it has one: its statuses and figures without its
    /// commentary (`ContentRead.figures`).
    public var frontMatterDigest: StableDigest? = nil
}

extension LoadedContent {
    /// Every file read: the content files, their translations, and each quarter's
    /// `published.yml` (as kind `.quarter`), sorted by path.
    public var sources: [ContentSource] {
        var sources = files.map { file in
            ContentSource(
                path: file.relativePath, kind: file.place.kind, id: file.place.id, quarter: file.place.quarter,
                digest: file.digest, frontMatterDigest: file.frontMatterDigest)
        }
        for (language, twins) in translations {
            for (mainPath, twin) in twins {
                sources.append(
                    ContentSource(
                        path: Translations.twinPath(of: mainPath, language: language), kind: twin.place.kind,
                        id: twin.place.id, quarter: twin.place.quarter, digest: twin.digest,
                        frontMatterDigest: twin.frontMatterDigest))
            }
        }
        for record in records {
            sources.append(
                ContentSource(
                    path: "quarters/\(record.quarter.slug)/\(PublicationRecordFile.name)", kind: .quarter,
                    id: record.quarter.slug, quarter: record.quarter, digest: record.digest))
        }
        return sources.sorted { $0.path < $1.path }
    }
}
