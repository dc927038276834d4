import Foundation
import QuarterlyModel

/// The files of a content folder, classified by where they sit.
package struct ContentTree: Sendable {
    struct Entry: Sendable {
        let place: ContentPlace
        /// The file's path (a string: building a URL per file cost more than reading it).
        let path: String
        let relativePath: String
        /// What `stat` said of the file when the folder was scanned, so an unchanged file
        /// need not be read again (`DecodedFileCache`).
        var stamp: FileStamp?
        /// Whether a watcher of the content folder sees every change to it: a plain file
        /// listed in a folder reached without links. Only then may a later load take its
        /// stamp on the watcher's word (`refreshed(changed:)`).
        var watched = false
    }

    let root: URL
    /// The folder as the user named it, for diagnostics (`content`).
    let displayRoot: String
    private(set) var entries: [Entry] = []
    /// Each quarter's `published.yml` (`quarterly publish`), placed at its quarter: not a
    /// content item, but what the quarter's report must go on showing.
    private(set) var publicationRecords: [Entry] = []
    private(set) var diagnostics: [Diagnostic] = []
    private let resolvedRoot: String
    private var foldersInside: [String: Bool] = [:]
    private let rootPath: String
    private let fileManager = FileManager.default
    /// A plain file's stamp that the caller knows to be current (the preview, told by the
    /// kernel which files changed since its last load), by relative path: its `lstat`
    /// is skipped, the largest cost of a scan once every file is decoded already.
    private var vouched: (@Sendable (String) -> FileStamp?)?
    /// Whether to note which files a watcher sees (`Entry.watched`): for a load that keeps
    /// the tree for the next.
    private let notingWatched: Bool
    /// Whether every folder scanned was reached without links, so a watcher of the content
    /// folder sees every file come and go (a link to a folder is not watched into).
    private(set) var everyFolderWatched = true
    /// The folder as given, for telling whether a kept tree is of the same one.
    let directory: String

    init(directory: String, vouched: (@Sendable (String) -> FileStamp?)? = nil, notingWatched: Bool = false) {
        self.vouched = vouched
        self.notingWatched = notingWatched || vouched != nil
        self.directory = directory
        everyFolderWatched = self.notingWatched
        root = URL(fileURLWithPath: directory, isDirectory: true)
        var shown = directory
        while shown.count > 1 && shown.hasSuffix("/") { shown.removeLast() }
        displayRoot = shown
        resolvedRoot = root.resolvingSymlinksInPath().path
        rootPath = root.path
        scan()
    }

    func displayPath(_ relative: String) -> String {
        displayRoot == "." ? relative : displayRoot + "/" + relative
    }

    var siteConfig: Entry? { entries.first { $0.place.kind == .site && $0.place.language == nil } }

    /// The tree as a scan would find it now, when a watcher of the content folder saw
    /// only the files named change since this one was made (no folder came or went): the
    /// named files and those the watcher cannot vouch for (links, site.yml, quarter
    /// indexes, records) are looked at again, the others kept. Nil when a scan is needed:
    /// a named file is new, gone, or no longer a plain file, a file is a link, or a
    /// folder is reached through a link (its files can come and go unseen).
    func refreshed(changed: Set<String>) -> ContentTree? {
        guard notingWatched, everyFolderWatched else { return nil }
        var next = self
        var unknown = changed
        for index in next.entries.indices {
            let entry = next.entries[index]
            let named = unknown.remove(entry.relativePath) != nil
            guard named || !entry.watched else { continue }
            // A link's target can change unseen, and with it whether the file is inside
            // the content folder: a scan decides.
            let seen = inspect(entry.relativePath)
            guard let stamp = seen.stamp, !seen.isFolder, !seen.isLink else { return nil }
            next.entries[index].stamp = stamp
        }
        for index in next.publicationRecords.indices {
            let entry = next.publicationRecords[index]
            unknown.remove(entry.relativePath)
            let seen = inspect(entry.relativePath)
            guard !seen.isFolder, seen.stamp != nil || seen.isLink else { return nil }
            next.publicationRecords[index].stamp = seen.stamp
        }
        // A file the last scan did not take (new, ignored or misnamed) changes what it finds.
        return unknown.isEmpty ? next : nil
    }

    /// The tree to keep for the next load: without the stamps it was vouched with (they
    /// hold the last load's decoded files, and `refreshed` looks again where it must).
    var kept: ContentTree {
        var copy = self
        copy.vouched = nil
        return copy
    }

    // MARK: Scanning

    private mutating func scan() {
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(
                Diagnostic(
                    path: displayRoot, code: .missingContentFolder, message: "no content folder here",
                    hint: "Run Quarterly from the site's folder, or name the folder with --content DIR."))
            return
        }
        guard let names = listing("") else { return }
        if names.contains("site.yml") {
            add(.site, "site.yml")
        } else {
            diagnostics.append(
                Diagnostic(
                    path: displayPath("site.yml"), code: .missingSiteConfig,
                    message: "the content folder has no site.yml",
                    hint: "Create site.yml with at least `organisation:` and `title:` (see docs/content-format.md)."))
        }
        for name in names {
            let isFolder = isDirectoryEntry(name)
            if name == "site.yml", !isFolder { continue }
            if !isFolder, let language = Self.twinLanguage(name, of: "site", extension: ".yml") {
                add(ContentPlace.site.translated(language), name)
                continue
            }
            if isFolder, let kind = ContentKind.stored(in: name, quarterly: false) {
                scanItems(in: name) { ContentPlace(kind: kind, id: $0, quarter: nil) }
            } else if isFolder, name == "quarters" {
                // Quarter folders hold most of the files: each is scanned on its own core
                // (a `stat` per file), then taken in order, as one scan would have found them.
                let parts = (listing("quarters") ?? []).parallelMap { [self] quarterName in
                    var part = self
                    part.entries = []
                    part.publicationRecords = []
                    part.diagnostics = []
                    part.scanQuarter(quarterName)
                    return part
                }
                for part in parts {
                    everyFolderWatched = everyFolderWatched && part.everyFolderWatched
                    entries += part.entries
                    publicationRecords += part.publicationRecords
                    diagnostics += part.diagnostics
                    foldersInside.merge(part.foldersInside) { known, _ in known }
                }
            } else if !isFolder, unreadable(name) {
                continue
            } else {
                ignore(name, reason: "it is not part of the content format")
            }
        }
    }

    private mutating func scanQuarter(_ name: String) {
        let folder = "quarters/" + name
        guard isDirectoryEntry(folder) else {
            if unreadable(folder) { return }
            ignore(folder, reason: "only quarter folders belong in quarters/")
            return
        }
        let quarter: QuarterID
        switch QuarterID.parse(name) {
        case .success(let id): quarter = id
        case .failure(let problem):
            let why =
                switch problem {
                case .shape: "quarter folders are named like `2019-20-q2`"
                case .yearsNotConsecutive: "the second year must follow the first (2019-20, not 2019-21)"
                case .quarterOutOfRange: "the quarter number must be 1 to 4"
                }
            diagnostics.append(
                Diagnostic(
                    path: displayPath(folder), code: .invalidQuarter,
                    message: "`\(name)` is not a quarter folder name: \(why)",
                    hint:
                        "Rename the folder to <first year>-<next year's two digits>-q<1–4>, e.g. `2019-20-q2` for Quarter 2 2019/20."
                ))
            return
        }
        if notingWatched, !isReached(folder) { everyFolderWatched = false }
        guard let names = listing(folder) else { return }
        if names.contains("index.md") {
            add(.quarter(quarter), folder + "/index.md")
        } else {
            diagnostics.append(
                Diagnostic(
                    path: displayPath(folder + "/index.md"), code: .missingQuarterIndex,
                    message: "\(quarter.label) has no index.md",
                    hint: "Create it with at least `status: draft` in its front matter."))
        }
        for entry in names where entry != "index.md" {
            let path = folder + "/" + entry
            if let language = Self.twinLanguage(entry, of: "index", extension: ".md"), !isDirectoryEntry(path) {
                add(ContentPlace.quarter(quarter).translated(language), path)
                continue
            }
            if entry == PublicationRecordFile.name, !isDirectoryEntry(path) {
                let stamp = inspect(path).stamp
                publicationRecords.append(
                    Entry(place: .quarter(quarter), path: rootPath + "/" + path, relativePath: path, stamp: stamp))
                continue
            }
            guard isDirectoryEntry(path), let kind = ContentKind.stored(in: entry, quarterly: true) else {
                if unreadable(path) { continue }
                ignore(
                    path,
                    reason:
                        "a quarter folder holds index.md, published.yml and the folders actions/, measures/, outcomes/ and risks/"
                )
                continue
            }
            scanItems(in: path) { ContentPlace(kind: kind, id: $0, quarter: quarter) }
        }
    }

    private mutating func scanItems(in folder: String, place: (String) -> ContentPlace) {
        // A link is never vouched for, nor a file reached through a linked folder: what
        // it points to can change unseen (a watcher sees the folder linked to, not the link).
        let trusted = notingWatched && isReached(folder)
        if !trusted { everyFolderWatched = false }
        for listed in listingEntries(folder) ?? [] {
            let name = listed.name
            let path = folder + "/" + name
            let entry =
                (listed.isPlainFile && trusted ? vouched?(path) : nil).map {
                    (isFolder: false, isLink: false, stamp: $0)
                }
                ?? inspect(path)
            guard name.hasSuffix(".md"), !entry.isFolder else {
                ignore(path, reason: "only .md files are read here")
                continue
            }
            var id = String(name.dropLast(3))
            var language: String?
            // `<id>.<language>.md` is a translation of `<id>.md`.
            if let dot = id.lastIndex(of: "."), Self.isLanguageCode(id[id.index(after: dot)...]) {
                language = String(id[id.index(after: dot)...])
                id = String(id[..<dot])
            }
            guard ContentTree.isValidID(id) else {
                diagnostics.append(
                    Diagnostic(
                        path: displayPath(path), code: .invalidID,
                        message: "`\(id)` is not a valid id",
                        hint:
                            "File names are ids: lower-case letters a–z, digits and single hyphens, e.g. `superfast-broadband.md`."
                    ))
                continue
            }
            guard id.utf8.count <= ContentTree.maximumIDLength else {
                diagnostics.append(
                    Diagnostic(
                        path: displayPath(path), code: .invalidID,
                        message:
                            "the id `\(id.prefix(24))…` is \(id.utf8.count) characters long; ids may be at most \(ContentTree.maximumIDLength)",
                        hint:
                            "Rename the file to a shorter id, e.g. `superfast-broadband.md`: the id is the page's address, and the site's file names are made from it."
                    ))
                continue
            }
            let here = place(id)
            add(
                language.map(here.translated) ?? here, path, isLink: entry.isLink, stamp: entry.stamp,
                watched: trusted && !entry.isLink)
        }
    }

    /// `cy` in `site.cy.yml` or `index.cy.md`.
    static func twinLanguage(_ name: String, of base: String, extension: String) -> String? {
        guard name.hasPrefix(base + "."), name.hasSuffix(`extension`) else { return nil }
        let code = name.dropFirst(base.count + 1).dropLast(`extension`.count)
        return isLanguageCode(code) ? String(code) : nil
    }

    /// Two or three lower-case letters: `cy`, `en`, `gd`.
    static func isLanguageCode(_ text: Substring) -> Bool {
        (2...3).contains(text.count) && text.allSatisfy { $0.isASCII && $0.isLowercase }
    }

    /// One `lstat`: whether the entry is a folder (following a link), whether it is a
    /// link, and the file's stamp (nil for links: `add` stats what they point to).
    private func inspect(_ relative: String) -> (isFolder: Bool, isLink: Bool, stamp: FileStamp?) {
        var info = stat()
        guard lstat(rootPath + "/" + relative, &info) == 0 else { return (false, false, nil) }
        let isLink = (info.st_mode & S_IFMT) == S_IFLNK
        if isLink { return (isDirectoryEntry(relative), true, nil) }
        return ((info.st_mode & S_IFMT) == S_IFDIR, false, FileStamp(info))
    }

    /// Whether a folder is where its path says, no link on the way (a file's stamp may then
    /// be vouched for by a watcher of the content folder).
    private func isReached(_ relative: String) -> Bool {
        var path = rootPath
        for component in relative.split(separator: "/") {
            path += "/" + component
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return false }
        }
        return true
    }

    /// Whether a path resolves inside the content folder. Resolving follows every link on
    /// the way, a system call per part, so it is done once per folder and only for files
    /// that are links themselves.
    private mutating func isInside(_ relative: String) -> Bool {
        if let known = foldersInside[relative] { return known }
        let resolved = root.appendingPathComponent(relative).resolvingSymlinksInPath().path
        let inside = resolved.hasPrefix(resolvedRoot + "/")
        foldersInside[relative] = inside
        return inside
    }

    private mutating func add(
        _ place: ContentPlace, _ relative: String, isLink: Bool = true, stamp: FileStamp? = nil, watched: Bool = false
    ) {
        let path = rootPath + "/" + relative
        let folder = relative.lastIndex(of: "/").map { String(relative[..<$0]) } ?? ""
        let inside =
            isLink
            ? URL(fileURLWithPath: path).resolvingSymlinksInPath().path.hasPrefix(resolvedRoot + "/")
            : folder.isEmpty || isInside(folder)
        guard inside else {
            diagnostics.append(
                Diagnostic(
                    path: displayPath(relative), code: .linkOutsideContent,
                    message: "this is a link to a file outside the content folder",
                    hint: "Copy the file into the content folder instead of linking to it."))
            return
        }
        entries.append(
            Entry(
                place: place, path: path, relativePath: relative, stamp: stamp ?? FileStamp(path: path),
                watched: watched))
    }

    private mutating func ignore(_ relative: String, reason: String) {
        diagnostics.append(
            Diagnostic(
                path: displayPath(relative), severity: .warning, code: .ignoredFile,
                message: "ignored: \(reason)",
                hint: "Move or delete it if it was meant to be content (see docs/content-format.md)."))
    }

    /// Sorted names, hidden files left out (editors and git keep theirs there); nil, with
    /// an error, when the folder cannot be read: its files would otherwise vanish from the
    /// report without a word.
    private mutating func listing(_ relative: String) -> [String]? {
        listingEntries(relative)?.map(\.name)
    }

    /// The same, with what the listing says of each entry's type.
    private mutating func listingEntries(_ relative: String) -> [FolderListing.Entry]? {
        switch FolderListing.read(relative.isEmpty ? rootPath : rootPath + "/" + relative) {
        case .success(let entries): return entries.sorted { $0.name < $1.name }
        case .failure(let failure):
            unreadableFolder(relative, reason: failure.reason)
            return nil
        }
    }

    private func isDirectoryEntry(_ relative: String) -> Bool {
        var isDirectory: ObjCBool = false
        return fileManager.fileExists(atPath: root.appendingPathComponent(relative).path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    /// Whether a listed entry cannot even be looked at (its folder may be listed but not
    /// entered): it is reported, as it may be a folder of content.
    private mutating func unreadable(_ relative: String) -> Bool {
        var info = stat()
        guard stat(rootPath + "/" + relative, &info) != 0, errno != ENOENT else { return false }
        unreadableFolder(relative, reason: String(cString: strerror(errno)).lowercased())
        return true
    }

    private mutating func unreadableFolder(_ relative: String, reason: String) {
        let shown = relative.isEmpty ? displayRoot : displayPath(relative)
        diagnostics.append(
            Diagnostic(
                path: shown, code: .unreadableFolder, message: "cannot read this folder: \(reason)",
                hint:
                    "Its files would be missing from the report. Make it readable (for example `chmod u+rx \(shown)`), or remove it if it is not content."
            ))
    }

    /// Ids become file names in the site (`measures/<id>.json`), which may be at most 255
    /// bytes; real ids are under 50 characters.
    package static let maximumIDLength = 100

    package static func isValidID(_ id: String) -> Bool {
        let bytes = id.utf8
        guard let first = bytes.first, let last = bytes.last, first != UInt8(ascii: "-"), last != UInt8(ascii: "-")
        else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            let allowed =
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "-")
            guard allowed, !(byte == UInt8(ascii: "-") && previous == byte) else { return false }
            previous = byte
        }
        return true
    }
}
