import QuarterlyModel

/// What reading, splitting and parsing one content file gave, before its item is decoded:
/// the part of a load that depends on the file's bytes alone, so it can be kept between
/// builds (`ParsedFileStore`) and the decoding run again over it.
public struct ParsedFile: Sendable {
    /// The front matter as parsed; nil when it has none or it is empty.
    var document: ParsedValue?
    var yamlFirstLine: Int
    var body: String
    var bodyFirstLine: Int
    /// Of the whole text (`SourceText.digest`) and of the front matter alone.
    var digest: StableDigest
    var frontMatterDigest: StableDigest
}

extension ParsedFile {
    /// The file's bytes in the store's form (`ParsedFileStore`).
    func encoded(into writer: inout ByteWriter) {
        writer.digest(digest)
        writer.digest(frontMatterDigest)
        writer.number(yamlFirstLine)
        writer.number(bodyFirstLine)
        writer.text(body)
        if let document {
            writer.number(1)
            Self.encode(document, into: &writer)
        } else {
            writer.number(0)
        }
    }

    /// Nil when the bytes are not a parsed file (a damaged store): the file is read again.
    init?(reading reader: inout ByteReader) {
        guard let digest = reader.digest(), let frontMatterDigest = reader.digest(),
            let yamlFirstLine = reader.number(),
            let bodyFirstLine = reader.number(), let body = reader.text(), let hasDocument = reader.number()
        else { return nil }
        var document: ParsedValue?
        if hasDocument == 1 {
            guard let value = Self.decode(&reader, depth: 0) else { return nil }
            document = value
        }
        self.init(
            document: document, yamlFirstLine: yamlFirstLine, body: body,
            bodyFirstLine: bodyFirstLine, digest: digest, frontMatterDigest: frontMatterDigest)
    }

    private static func encode(_ value: ParsedValue, into writer: inout ByteWriter) {
        switch value {
        case .text(let text, let isNull, let position):
            writer.number(isNull ? 1 : 0)
            writer.text(text)
            writer.position(position)
        case .list(let items, let position):
            writer.number(2)
            writer.number(items.count)
            for item in items { encode(item, into: &writer) }
            writer.position(position)
        case .map(let entries, let position):
            writer.number(3)
            writer.number(entries.count)
            for entry in entries {
                writer.text(entry.key)
                writer.position(entry.keyPosition)
                encode(entry.value, into: &writer)
            }
            writer.position(position)
        }
    }

    /// Deeper than YAMLParser lets front matter go: a store that claims more is damaged.
    private static let deepest = 64

    private static func decode(_ reader: inout ByteReader, depth: Int) -> ParsedValue? {
        guard depth <= deepest, let tag = reader.number() else { return nil }
        switch tag {
        case 0, 1:
            guard let text = reader.text(), let position = reader.position() else { return nil }
            return .text(text, isNull: tag == 1, at: position)
        case 2:
            guard let count = reader.count() else { return nil }
            var items: [ParsedValue] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                guard let item = decode(&reader, depth: depth + 1) else { return nil }
                items.append(item)
            }
            guard let position = reader.position() else { return nil }
            return .list(items, at: position)
        case 3:
            guard let count = reader.count() else { return nil }
            var entries: [ParsedEntry] = []
            entries.reserveCapacity(count)
            for _ in 0..<count {
                guard let key = reader.text(), let keyPosition = reader.position(),
                    let value = decode(&reader, depth: depth + 1)
                else { return nil }
                entries.append(ParsedEntry(key: key, keyPosition: keyPosition, value: value))
            }
            guard let position = reader.position() else { return nil }
            return .map(entries, at: position)
        default:
            return nil
        }
    }
}
