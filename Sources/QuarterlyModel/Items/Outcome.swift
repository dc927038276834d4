/// An outcome, or with a parent a supporting outcome.
public struct Outcome: Sendable, Identifiable {
    public let id: String
    public var title: String
    public var ref: String?
    public var parentID: String?
    public var order: Int
    /// Markdown.
    public var description: String
    /// The content file, relative to the content folder (for "suggest a correction").
    public var sourcePath: String

    public init(id: String, title: String, ref: String? = nil, parentID: String? = nil, order: Int = 0,
                description: String = "", sourcePath: String) {
        self.id = id
        self.title = title
        self.ref = ref
        self.parentID = parentID
        self.order = order
        self.description = description
        self.sourcePath = sourcePath
    }
}
