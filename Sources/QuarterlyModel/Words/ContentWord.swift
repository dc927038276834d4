import Foundation

/// A closed vocabulary that content files spell as words (`rag: amber`).
///
/// Matching ignores case and surrounding spaces, so `GREEN` and `"green "` are both
/// `green`; anything else (`Amber/Green`) is rejected and the allowed words listed.
public protocol ContentWord: RawRepresentable, CaseIterable, Sendable where RawValue == String {}

extension ContentWord {
    /// The word as a reader sees it: the catalogue's `<group>.<word>` (`rag.amber`).
    public func name(in group: String) -> Message { Message(group + "." + rawValue) }

    public init?(word: String) {
        let normalised = word.trimmingSpacesAndNewlines().lowercased()
        guard let match = Self.allCases.first(where: { $0.rawValue == normalised }) else { return nil }
        self = match
    }

    /// "red, amber, green or complete" — for hints.
    public static var allowedWords: String {
        let words = allCases.map { "`\($0.rawValue)`" }
        guard words.count > 1 else { return words.joined() }
        return words.dropLast().joined(separator: ", ") + " or " + words.last!
    }
}
