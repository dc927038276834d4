import QuarterlyModel

/// Where a built site is hosted: `base_url` from site.yml, or the build's `--base-url`.
/// A setting of the build, not a fact of the content: the same content can be
/// published at several addresses (a preview at `/`, the council's site, a mirror).
public struct Deployment: Sendable, Equatable {
    /// `https://example.org/council-plan/`, or a path alone such as `/`.
    public let baseURL: String

    /// - Parameter override: `--base-url`; a path alone (`/lancashire/`) keeps the host
    ///   that site.yml names, which the feed, the sitemap and canonical links need.
    public init(siteBaseURL: String, override: String? = nil) {
        if let override {
            baseURL = override.hasPrefix("/") ? (Self.origin(of: siteBaseURL) ?? "") + override : override
        } else {
            baseURL = siteBaseURL
        }
        origin = Self.origin(of: baseURL)
    }

    /// `https://example.org` when the base URL names a host: needed for the absolute
    /// addresses of the feed, the sitemap and canonical links (worked out once: every
    /// page and chart snippet asks).
    public let origin: String?

    /// The path part of the base URL, always starting and ending with `/`:
    /// every internal link is built on it so the site works under a sub-path.
    public var basePath: String {
        var rest = Substring(baseURL)
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            rest = rest.firstIndex(of: "/").map { rest[$0...] } ?? "/"
        }
        var path = String(rest)
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        return path
    }

    /// The same site's pages in another language, under `<code>/`.
    public func language(_ code: String) -> Deployment {
        Deployment(siteBaseURL: baseURL + (baseURL.hasSuffix("/") ? "" : "/") + code + "/")
    }

    private static func origin(of url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let host = url[scheme.upperBound...].prefix { $0 != "/" }
        return host.isEmpty ? nil : String(url[..<scheme.upperBound]) + host
    }
}

/// How to render, besides the content and the templates: settings of the build.
public struct RenderOptions: Sendable {
    public var deployment: Deployment
    /// Whether the build will index the site for search (Pagefind): the search page
    /// then loads Pagefind's interface; otherwise it points to the A to Z.
    public var searchable: Bool
    /// Each published report the build printed to PDF: its quarter page links it.
    public var printedReports: [QuarterID: PrintedReport]
    /// Every language the site is published in, this one among them: each page links its
    /// versions in the others. Empty for a site in one language.
    public var languages: [LanguageVersion]
    /// This rendering's language code (`cy`), one of `languages`.
    public var language: String?

    public init(
        deployment: Deployment, searchable: Bool = false, printedReports: [QuarterID: PrintedReport] = [:],
        languages: [LanguageVersion] = [], language: String? = nil
    ) {
        self.deployment = deployment
        self.searchable = searchable
        self.printedReports = printedReports
        self.languages = languages
        self.language = language
    }
}

/// One language a site is published in: where its pages are and what it is called in
/// itself ("Cymraeg", "English"), for the language link on every page of the others.
public struct LanguageVersion: Sendable {
    public let code: String
    /// The `lang`/`hreflang` tag, e.g. `en-GB`.
    public let tag: String
    public let deployment: Deployment
    public let name: String

    public init(code: String, tag: String, deployment: Deployment, name: String) {
        self.code = code
        self.tag = tag
        self.deployment = deployment
        self.name = name
    }
}
