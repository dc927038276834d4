import Foundation

extension String {
    /// The text without whitespace or line breaks at either end. Only the ends are looked
    /// at: Foundation's `trimmingCharacters(in:)` copies the whole text through UTF-16 on
    /// Linux, which was a sixth of a 10,000-file build when every commentary went through it.
    public func trimmed() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }
}

extension String {
    /// The text with some of its scalars written another way: `replacement` gives the
    /// text for a scalar, or nil to keep it. One loop for every escaping we do (YAML
    /// quoting, GitHub annotations, control characters in diagnostics).
    public func replacingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if let text = replacement(scalar) { result += text } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}

extension String {
    /// `trimmingCharacters(in: .whitespaces)`, looking only at the ends (see `trimmed()`).
    public func trimmingSpaces() -> String { self[...].trimming(.whitespaces) }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, looking only at the ends.
    public func trimmingSpacesAndNewlines() -> String { self[...].trimming(.whitespacesAndNewlines) }
}

extension Substring {
    /// `trimmingCharacters(in: .whitespaces)`, looking only at the ends (see `trimmed()`).
    public func trimmingSpaces() -> String { trimming(.whitespaces) }

    fileprivate func trimming(_ set: CharacterSet) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !set.contains($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !set.contains($0) })!
        return String(scalars[first...last])
    }
}
