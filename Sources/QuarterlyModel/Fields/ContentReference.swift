/// A reference from one file to an item defined in another, checked once every file is
/// read: `outcome: healthy-and-safe`, or an update's file name.
public struct ContentReference: Sendable {
    public let target: ContentKind
    public let id: String
    public let path: String
    public let position: TextPosition
    /// What refers, for the message: `outcome`, `parent`, or `file name`.
    public let field: String

    public init(target: ContentKind, id: String, path: String, position: TextPosition, field: String) {
        self.target = target
        self.id = id
        self.path = path
        self.position = position
        self.field = field
    }
}
