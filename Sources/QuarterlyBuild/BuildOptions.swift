/// What `quarterly build` was asked to do.
public struct BuildOptions: Sendable {
    public var contentDirectory: String
    /// A folder of templates and assets laid over the built-in ones, file by file; nil
    /// for the built-in ones alone.
    public var templatesDirectory: String?
    public var outputDirectory: String
    /// Overrides `base_url` from site.yml.
    public var baseURL: String?
    public var includeDrafts: Bool
    /// Index the site with Pagefind when it is installed (`--no-search` turns it off).
    public var searchIndex: Bool
    /// Print each published report to PDF when Chromium is installed (`quarterly build`
    /// does unless `--no-pdf`; off by default here, so that tests and the preview don't).
    public var printReports: Bool
    /// Put around every string of the catalogue (a pseudo-translation), so a test can
    /// find words a page shows that are not from the catalogue.
    package var stringMarks: (open: String, close: String)? = nil
    /// Take each file whose sources are unchanged from the last build into the same
    /// output folder (`OutputCache`), rather than making it again (`--no-cache` turns it off).
    public var reuseOutput = true
    /// A folder of the user's for what a build keeps between builds besides the site
    /// (`ParsedContentCache`: the content as parsed); nil keeps nothing there.
    /// `quarterly build` uses `$XDG_CACHE_HOME/quarterly` or `~/.cache/quarterly`.
    public var cacheFolder: String? = nil
    /// The process ends when the build does (`quarterly build`): the site's model is left
    /// for the system to reclaim, not freed value by value (`Teardown`).
    public var exitsAfterBuild = false

    public init(
        contentDirectory: String = "content", templatesDirectory: String? = nil,
        outputDirectory: String = "public", baseURL: String? = nil, includeDrafts: Bool = false,
        searchIndex: Bool = true, printReports: Bool = false
    ) {
        self.printReports = printReports
        self.searchIndex = searchIndex
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
    }
}
