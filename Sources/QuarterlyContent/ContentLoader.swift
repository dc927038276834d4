import Foundation
import QuarterlyModel
import Yams

/// Every file of a content folder, read and decoded, with the problems found in each.
public struct LoadedContent: Sendable {
    let files: [DecodedFile]
    public let diagnostics: [Diagnostic]
    /// Each published quarter's `published.yml`: what its report must go on showing.
    var records: [PublicationRecordFile] = []
    /// How many content files there are.
    public var fileCount: Int { files.count }
    /// site.yml as decoded (it is read first), when it could be.
    public var siteConfig: SiteConfig? { files.first?.item as? SiteConfig }
    /// How many of them were taken from a `DecodedFileCache` instead of being read again.
    public var reusedCount = 0
    /// What the next load can reuse: nil when this load was given no cache.
    public var cache: DecodedFileCache? = nil
    /// How many content files were decoded from a `ParsedFileStore` instead of being read
    /// again (publication records are kept there too, and not counted).
    public var storedCount = 0
    /// What the next `ParsedFileStore` holds, when the load was given one to use: an entry
    /// per file parsed without a problem.
    public var storeParts: [ParsedFileStore.Part]? = nil
    /// Each other language's translations (`<id>.cy.md`), by language and then by the
    /// path of the file translated: each holds that file's item with its words replaced.
    var translations: [String: [String: DecodedFile]] = [:]

    /// The content in `language`: every file that has a translation replaced by it (the
    /// others as they are), for its pages. Its problems are the content's own, already
    /// reported, so it has none, and no publication records: a report is recorded once.
    public func translated(to language: String) -> LoadedContent {
        let twins = translations[language] ?? [:]
        return LoadedContent(
            files: files.map { file in Self.speaking(language, twins[file.relativePath] ?? file) }, diagnostics: [],
            records: [])
    }

    /// site.yml's item with `language` set to `code` (its pages' `lang`): the tag site.yml
    /// gives (`en-GB`) when it is that language, else the code itself.
    static func speaking(_ code: String, _ file: DecodedFile) -> DecodedFile {
        guard var site = file.item as? SiteConfig else { return file }
        site.language = site.languageTag(code)
        var file = file
        file.item = site
        return file
    }
}

/// Decoded files kept between builds in one process (`quarterly serve`), keyed by path and
/// stamp, so a rebuild reads and parses only the files that changed.
public struct DecodedFileCache: Sendable {
    struct Key: Hashable {
        let stamp: FileStamp
        /// Quarter dates depend on the financial year that site.yml sets.
        let financialYearStart: Int
    }

    /// A decoded file with what it was decoded from. A class, so keeping or looking one
    /// up does not copy every field of the file.
    final class Entry: Sendable {
        let file: DecodedFile
        /// Nil when the file must not be trusted to the cache (changed in the last second).
        let key: Key?
        let reused: Bool

        init(file: DecodedFile, key: Key?, reused: Bool) {
            self.file = file
            self.key = key
            self.reused = reused
        }
    }

    var files: [String: Entry] = [:]
    /// Each quarter's `published.yml` (a record can list thousands of items), by stamp.
    var records: [String: (stamp: FileStamp, record: PublicationRecordFile)] = [:]
    /// site.yml as decoded (before it is set to speak the site's first language).
    var site: (stamp: FileStamp, file: DecodedFile)?
    /// The content folder as named when these were decoded (their messages' paths start with it).
    var displayRoot: String?
    /// The last scan of the folder, for a load told which files changed since.
    var tree: ContentTree?

    public init() {}

    init(
        files: [String: Entry], records: [String: (stamp: FileStamp, record: PublicationRecordFile)],
        site: (stamp: FileStamp, file: DecodedFile)?
    ) {
        self.files = files
        self.records = records
        self.site = site
    }
}

/// Step one of a build: files on disk → decoded items, file by file (in parallel).
public enum ContentLoader {
    /// What one file of the content folder was decoded into.
    private enum Loaded: Sendable {
        case file(DecodedFileCache.Entry, ParsedFileStore.Part?)
        case record(PublicationRecordFile, ParsedFileStore.Part?)
    }

    /// Loads every file. With a cache, files whose stamp is unchanged are taken from it,
    /// and the result's `cache` holds what this load decoded (except files changed in the
    /// last second, whose stamp may not show their next change yet).
    /// - Parameter changedSinceCache: when known, the only files (relative paths) that
    ///   may have changed since the cache was made: the others' stamps are taken from the
    ///   cache instead of asking `stat` (nil: any file may have changed).
    /// - Parameter store: the last build's parsed files, to skip parsing those whose stamp
    ///   is unchanged; the result's `storeBytes` are then the next build's.
    public static func load(
        from directory: String, cache: DecodedFileCache? = nil, changedSinceCache: Set<String>? = nil,
        store: ParsedFileStore? = nil
    ) -> LoadedContent {
        let scanned = FileStamp.now
        let known = cache?.files ?? [:]
        var vouched: (@Sendable (String) -> FileStamp?)?
        if let changedSinceCache {
            vouched = { path in changedSinceCache.contains(path) ? nil : known[path]?.key?.stamp }
        }
        // With the watcher's word on what changed, the last scan is brought up to date
        // rather than made again (a listing of every folder).
        let tree =
            changedSinceCache.flatMap { changed in
                cache?.tree.flatMap { $0.directory == directory ? $0.refreshed(changed: changed) : nil }
            } ?? ContentTree(directory: directory, vouched: vouched, notingWatched: cache != nil)
        var diagnostics = tree.diagnostics

        // site.yml first: the financial year it sets dates every quarter.
        var site: SiteConfig?
        var files: [DecodedFile] = []
        var siteKept: (stamp: FileStamp, file: DecodedFile)?
        var siteReused = 0
        if let entry = tree.siteConfig {
            var decoded: DecodedFile
            if let stamp = entry.stamp, let known = cache?.site, known.stamp == stamp,
                known.file.displayPath == tree.displayPath(entry.relativePath)
            {
                decoded = known.file
                siteReused = 1
            } else {
                decoded = decodeSite(entry, tree: tree)
            }
            if let stamp = entry.stamp, !stamp.isRecent(comparedWith: scanned) { siteKept = (stamp, decoded) }
            // On a site in several languages, the content files are in the first.
            if let config = decoded.item as? SiteConfig, let first = config.languageCodes.first {
                decoded = LoadedContent.speaking(first, decoded)
            }
            files.append(decoded)
            site = decoded.item as? SiteConfig
        }
        let financialYearStart = site?.financialYearStart ?? SiteConfig.fields.blank.financialYearStart
        let others = tree.entries.filter { $0.place.kind != .site && $0.place.language == nil }
        // A file decoded from a folder named otherwise would carry the wrong paths in its
        // messages: the cache is used only for the folder (as named) it was made from.
        let previous = cache?.displayRoot == tree.displayRoot ? cache?.files ?? [:] : [:]
        let knownRecords = cache?.records ?? [:]
        // Published records and files decoded side by side, the records first: each
        // lists a whole quarter, so one alone takes as long as hundreds of files.
        let recordCount = tree.publicationRecords.count
        let loads = Array(0..<(recordCount + others.count)).parallelMap { index -> Loaded in
            guard index >= recordCount else {
                let entry = tree.publicationRecords[index]
                let path = tree.displayPath(entry.relativePath)
                if let stamp = entry.stamp, let known = knownRecords[entry.relativePath], known.stamp == stamp,
                    known.record.displayPath == path
                {
                    return .record(known.record, nil)
                }
                let trusted = entry.stamp.flatMap { $0.isRecent(comparedWith: scanned) ? nil : $0 }
                let (record, part) = PublicationRecordFile.read(
                    entry, displayPath: path, store: store.map { ($0, trusted) })
                return .record(record, part)
            }
            let entry = others[index - recordCount]
            let key = entry.stamp.map { DecodedFileCache.Key(stamp: $0, financialYearStart: financialYearStart) }
            if let key, let known = previous[entry.relativePath], known.key == key {
                return .file(
                    known.reused ? known : DecodedFileCache.Entry(file: known.file, key: key, reused: true), nil)
            }
            let trusted = key.flatMap { $0.stamp.isRecent(comparedWith: scanned) ? nil : $0 }
            let (file, part) = decode(
                entry, displayPath: tree.displayPath(entry.relativePath), financialYearStart: financialYearStart,
                store: store.map { ($0, trusted?.stamp) })
            return .file(DecodedFileCache.Entry(file: file, key: trusted, reused: false), part)
        }
        var parts: [ParsedFileStore.Part] = []
        let records = loads[..<recordCount].map { load -> PublicationRecordFile in
            guard case .record(let record, let part) = load else {
                preconditionFailure("a record's place holds a file")
            }
            if let part { parts.append(part) }
            return record
        }
        let recordParts = parts.count
        let decoded = loads[recordCount...].map { load -> DecodedFileCache.Entry in
            guard case .file(let entry, let part) = load else { preconditionFailure("a file's place holds a record") }
            if let part { parts.append(part) }
            return entry
        }
        files += decoded.map(\.file)
        diagnostics += files.flatMap(\.diagnostics)
        diagnostics += records.flatMap(\.diagnostics)
        let translations = Translations.decode(
            tree.entries.filter { $0.place.language != nil }, of: files, site: site, tree: tree,
            financialYearStart: financialYearStart)
        diagnostics += translations.diagnostics
        var loaded = LoadedContent(files: files, diagnostics: diagnostics, records: records)
        loaded.translations = translations.files
        loaded.reusedCount = decoded.filter(\.reused).count + siteReused
        if store != nil {
            loaded.storeParts = parts
            // Of the content files (the records are not counted among them).
            loaded.storedCount = parts[recordParts...].reduce(0) { count, part in
                if case .kept = part { count + 1 } else { count }
            }
        }
        if cache != nil {
            var kept: [String: DecodedFileCache.Entry] = Dictionary(minimumCapacity: decoded.count)
            for (entry, result) in zip(others, decoded) where result.key != nil { kept[entry.relativePath] = result }
            var keptRecords: [String: (stamp: FileStamp, record: PublicationRecordFile)] = [:]
            for (entry, record) in zip(tree.publicationRecords, records) {
                if let stamp = entry.stamp, !stamp.isRecent(comparedWith: scanned) {
                    keptRecords[entry.relativePath] = (stamp, record)
                }
            }
            loaded.cache = DecodedFileCache(files: kept, records: keptRecords, site: siteKept)
            loaded.cache?.displayRoot = tree.displayRoot
            loaded.cache?.tree = tree.everyFolderWatched ? tree.kept : nil
        }
        return loaded
    }

    private static func decodeSite(_ entry: ContentTree.Entry, tree: ContentTree) -> DecodedFile {
        let path = tree.displayPath(entry.relativePath)
        switch SourceText.read(path: entry.path, displayPath: path, relativePath: entry.relativePath) {
        case .failure(let problem): return DecodedFile(displayPath: path, diagnostics: [problem])
        case .success(let source): return decodeSite(source)
        }
    }

    /// `site.yml` is YAML alone, without front matter or body. `base`: for `site.cy.yml`, the site it translates.
    package static func decodeSite(_ source: SourceText, base: SiteConfig? = nil) -> DecodedFile {
        let path = source.displayPath
        switch YAMLParser.parse(source.text, firstLine: 1, path: path) {
        case .failure(let problem):
            return DecodedFile(displayPath: path, diagnostics: [problem])
        case .success(let node):
            let report = FieldReport(path: path, firstLine: 1)
            if let node { QuotedControlCharacters.check(node, yaml: source.text, report: report) }
            var file = ItemDecoder.decode(
                .site, document: node.map { ParsedValue($0, firstLine: 1) }, report: report,
                body: "", bodyFirstLine: 1, sourcePath: source.relativePath, financialYearStart: 4, base: base)
            file.displayPath = path
            file.relativePath = source.relativePath
            file.digest = source.digest
            return file
        }
    }

    /// Reads and decodes one file, or decodes it as `store` kept it when its stamp is
    /// unchanged. With a store, also what the next store keeps of it: nil when it had a
    /// problem before its keys were read, or `stamp` is nil (it may change unseen).
    static func decode(
        _ entry: ContentTree.Entry, displayPath path: String, financialYearStart: Int,
        store: (previous: ParsedFileStore, stamp: FileStamp?)? = nil
    ) -> (DecodedFile, ParsedFileStore.Part?) {
        let names = (displayPath: path, relativePath: entry.relativePath)
        if let store, let stamp = store.stamp, let kept = store.previous.parsed(entry.relativePath, stamp: stamp) {
            let report = FieldReport(path: path, firstLine: kept.file.yamlFirstLine)
            let file = decode(
                .success((kept.file, report)), place: entry.place, source: names,
                financialYearStart: financialYearStart, base: nil)
            return (file, .kept(store.previous, kept.entry))
        }
        let source: SourceText
        switch SourceText.read(path: entry.path, displayPath: path, relativePath: entry.relativePath) {
        case .failure(let problem):
            return (DecodedFile(place: entry.place, displayPath: path, diagnostics: [problem]), nil)
        case .success(let text): source = text
        }
        let parsed = parse(source, place: entry.place)
        var part: ParsedFileStore.Part?
        if let stamp = store?.stamp, case .success(let (file, report)) = parsed, report.diagnostics.isEmpty {
            part = .made(path: entry.relativePath, stamp: stamp, file: file)
        }
        return (
            decode(parsed, place: entry.place, source: names, financialYearStart: financialYearStart, base: nil), part
        )
    }

    /// Decodes one file's text; separate from reading so tests and fuzzing can feed text directly.
    package static func decode(
        _ source: SourceText, place: ContentPlace, financialYearStart: Int, base: (any ContentItem)? = nil
    ) -> DecodedFile {
        decode(
            parse(source, place: place), place: place, source: (source.displayPath, source.relativePath),
            financialYearStart: financialYearStart, base: base)
    }

    /// Decodes what `parse` gave (or the store kept) into the file's item.
    static func decode(
        _ parsed: Result<(file: ParsedFile, report: FieldReport), Failed>, place: ContentPlace,
        source: (displayPath: String, relativePath: String), financialYearStart: Int, base: (any ContentItem)?
    ) -> DecodedFile {
        var file: DecodedFile
        switch parsed {
        case .failure(let failed):
            file = DecodedFile(diagnostics: [failed.problem])
            file.digest = failed.digest
        case .success(let (parsed, report)):
            file = ItemDecoder.decode(
                place, document: parsed.document, report: report,
                body: parsed.body, bodyFirstLine: parsed.bodyFirstLine, sourcePath: source.relativePath,
                financialYearStart: financialYearStart, base: base)
            file.bodyPosition = TextPosition(line: parsed.bodyFirstLine, column: 1)
            file.frontMatterDigest = parsed.frontMatterDigest
            file.digest = parsed.digest
        }
        file.place = place
        file.displayPath = source.displayPath
        file.relativePath = source.relativePath
        return file
    }

    /// A file that could not be split or parsed: its one problem.
    struct Failed: Error {
        let problem: Diagnostic
        let digest: StableDigest
    }

    /// Splits the text, parses its front matter and checks the body's Markdown limits:
    /// all of a file's decoding that depends on its bytes alone. The report holds what
    /// these found (control characters written as escapes, a body past a limit), for the
    /// decoding to add to.
    static func parse(_ source: SourceText, place: ContentPlace) -> Result<
        (file: ParsedFile, report: FieldReport), Failed
    > {
        let path = source.displayPath
        let split: FrontMatter
        switch FrontMatter.split(source.text) {
        case .failure:
            return .failure(
                Failed(
                    problem: Diagnostic(
                        path: path, code: .unclosedFrontMatter, message: "the front matter is never closed",
                        hint: "Add a line containing only `---` after the last `key: value` line."),
                    digest: source.digest))
        case .success(let result): split = result
        }
        if split.yaml == nil, place.kind.requiresFrontMatter {
            return .failure(
                Failed(
                    problem: Diagnostic(
                        path: path, code: .missingFrontMatter, message: "the file does not start with front matter",
                        hint:
                            "Start the file with a line `---`, then the `key: value` lines, then another `---` line."),
                    digest: source.digest))
        }
        var document: ParsedValue? = nil
        let report = FieldReport(path: path, firstLine: split.yamlFirstLine)
        if let yaml = split.yaml {
            switch YAMLParser.parse(yaml, firstLine: split.yamlFirstLine, path: path) {
            case .failure(let problem): return .failure(Failed(problem: problem, digest: source.digest))
            case .success(let parsed):
                document = parsed.map { ParsedValue($0, firstLine: split.yamlFirstLine) }
                if let parsed { QuotedControlCharacters.check(parsed, yaml: yaml, report: report) }
            }
        }
        // The body's limits depend on its text alone: checked here, a file kept as parsed
        // (which had no problem so far) need not be checked again.
        MarkdownLimits.check(split.body, firstLine: split.bodyFirstLine, report: report)
        let parsed = ParsedFile(
            document: document, yamlFirstLine: split.yamlFirstLine,
            body: split.body, bodyFirstLine: split.bodyFirstLine, digest: source.digest,
            frontMatterDigest: StableDigest(split.yaml ?? ""))
        return .success((parsed, report))
    }
}
