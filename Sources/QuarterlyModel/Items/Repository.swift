/// The git repository that holds a site's content (`repository:` in `site.yml`).
public struct Repository: Sendable, Equatable {
    /// The repository's home page, e.g. `https://github.com/council/plan`.
    public var url: String
    /// An address with `{path}` where a content file's path goes, e.g.
    /// `https://github.com/council/plan/edit/main/content/{path}`: each page links to
    /// the file it comes from so readers can suggest a correction.
    public var editURL: String?

    public init(url: String) {
        self.url = url
    }

    public static let fields = FieldSet<Repository>(
        blank: Repository(url: ""),
        [
            Field(
                "url", \.url, .webAddress,
                "The git repository holding the content: the footer links to it as \"Source\".",
                required: true),
            Field(
                "edit_url", \.editURL, .webAddress,
                "Where a content file can be edited, with `{path}` for its path, e.g. `https://github.com/council/plan/edit/main/content/{path}`: each page then links \"Suggest a correction to this page\" to the file it comes from."
            ),
        ])

    public func editLink(for sourcePath: String) -> String? {
        editURL?.replacingOccurrences(of: "{path}", with: sourcePath)
    }
}
