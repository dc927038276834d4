import Foundation

/// The file Quarterly writes into every site it publishes. A build replaces an existing
/// output folder only when it is a site Quarterly built, and this is how it knows.
public enum SiteMarker {
    public static let fileName = ".quarterly-site"

    static let text = """
        Written by `quarterly build`, which replaces this whole folder on every build:
        keep nothing else in it.

        """

    /// The files every build has written (by Quarterly's own code, whatever the
    /// templates), which recognise a site built before the marker existed.
    static let builtFiles = ["index.html", "feed.xml", "data/site.json"]

    /// Never in a site: a folder that holds one of these is a work tree or a content
    /// folder, even if it also holds a marker (a `gh-pages` checkout of a built site).
    static let sourceEntries: Set<String> = [".git", "site.yml"]

    /// Whether the folder whose top-level entries are `entries` is a site Quarterly built.
    static func isSite(_ folder: String, entries: [String]) -> Bool {
        guard sourceEntries.isDisjoint(with: entries) else { return false }
        if entries.contains(fileName) { return true }
        return builtFiles.allSatisfy { FileManager.default.fileExists(atPath: folder + "/" + $0) }
    }
}
