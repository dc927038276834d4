import QuarterlyModel

/// Every internal address on the site, built on the base path so the site works at
/// `https://example.org/` and under a sub-path like `/council-plan/`. These URLs are a
/// public contract: committee papers link to them. Each comes from its declaration:
/// a page's in the page table, a file's in `SiteFile`.
public struct Links: Sendable {
    public let deployment: Deployment
    /// Starts and ends with `/`.
    public let base: String

    public init(deployment: Deployment) {
        self.deployment = deployment
        self.base = deployment.basePath
    }

    /// `https://example.org` when the site's address names a host (for absolute addresses).
    public var origin: String? { deployment.origin }

    public var home: String { base }

    /// A page's address: `links.url(.measure, id)`.
    public func url(_ kind: PageKind, _ item: String? = nil) -> String {
        base + kind.path(item)
    }

    public func url(of page: Page) -> String {
        url(page.kind, page.item)
    }

    /// The page's full address when the site's host is known (for `hreflang`), else its path.
    public func absolute(of page: Page) -> String {
        (origin ?? "") + url(of: page)
    }

    /// A file's address: `links.url(of: .measureCSV(id))`.
    public func url(of file: SiteFile) -> String {
        base + file.path
    }

    public func asset(_ name: String) -> String { base + "assets/\(name)" }
}
