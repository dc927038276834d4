/// The git repository that holds a site's content (`repository:` in `site.yml`).
public struct Repository: Sendable, Equatable {
    /// The repository's home page, e.g. `https://github.com/council/plan`.
    public var url: String
    /// An address with `{path}` where a content file's path goes, e.g.
    /// `https://github.com/council/plan/edit/main/content/{path}`: each page links to
    /// the file it comes from so readers can suggest a correction.
    public var editURL: String?

    public init(url: String, editURL: String? = nil) {
        self.url = url
        self.editURL = editURL
    }

    public func editLink(for sourcePath: String) -> String? {
        editURL?.replacingOccurrences(of: "{path}", with: sourcePath)
    }
}
