import QuarterlyModel

/// A quarter's `published.yml` as read: the report it records, where each of its facts is
/// written, and anything that stops it being read. `quarterly publish` writes it
/// (`PublicationRecordText`); nobody should need to edit it.
package struct PublicationRecordFile: Sendable {
    package static let name = "published.yml"
    /// A record lists a whole quarter's report, about 280 bytes per item: 64 MiB holds a
    /// quarter of some 230,000 items (a national collection's), where 16 MiB refused the
    /// records of the 100,000-file benchmark corpus (61,000 items a quarter).
    static let maximumBytes = 64 * 1_048_576

    package let quarter: QuarterID
    package let displayPath: String
    /// Nil when the file cannot be read as a record.
    package let report: PublishedReport?
    package let diagnostics: [Diagnostic]
    /// The digest of its text, for the build cache (nil when it could not be read).
    package var digest: StableDigest? = nil

    /// Reads the record, or decodes it as `store` kept it when its stamp is unchanged;
    /// with a store, also what the next store keeps of it (as `ContentLoader.decode`).
    static func read(
        _ entry: ContentTree.Entry, displayPath: String, store: (previous: ParsedFileStore, stamp: FileStamp?)? = nil
    ) -> (PublicationRecordFile, ParsedFileStore.Part?) {
        let quarter = entry.place.quarter!
        if let store, let stamp = store.stamp, let kept = store.previous.parsed(entry.relativePath, stamp: stamp) {
            var record = decode(kept.file.document, path: displayPath, quarter: quarter)
            record.digest = kept.file.digest
            return (record, .kept(store.previous, kept.entry))
        }
        switch SourceText.read(
            path: entry.path, displayPath: displayPath, relativePath: entry.relativePath, limit: maximumBytes)
        {
        case .failure(let problem):
            return (
                PublicationRecordFile(quarter: quarter, displayPath: displayPath, report: nil, diagnostics: [problem]),
                nil
            )
        case .success(let source):
            let parsed = parse(source)
            let record = record(parsed, of: source, quarter: quarter)
            guard let stamp = store?.stamp, case .success(let document) = parsed else { return (record, nil) }
            let file = ParsedFile(
                document: document, yamlFirstLine: 1, body: "", bodyFirstLine: 1, digest: source.digest,
                frontMatterDigest: source.digest)
            return (record, .made(path: entry.relativePath, stamp: stamp, file: file))
        }
    }

    /// Reads a record's text: `quarter:` with the report's heading, then `outcomes:`,
    /// `actions:` and `measures:`, each a block of facts per id.
    package static func decode(_ source: SourceText, quarter: QuarterID) -> PublicationRecordFile {
        record(parse(source), of: source, quarter: quarter)
    }

    /// The record its parsed text gives (or the YAML's problem), with the text's digest.
    private static func record(
        _ parsed: Result<ParsedValue?, Diagnostic>, of source: SourceText, quarter: QuarterID
    ) -> PublicationRecordFile {
        var record: PublicationRecordFile
        switch parsed {
        case .failure(let failure):
            record = PublicationRecordFile(
                quarter: quarter, displayPath: source.displayPath, report: nil, diagnostics: [failure])
        case .success(let document): record = decode(document, path: source.displayPath, quarter: quarter)
        }
        record.digest = source.digest
        return record
    }

    /// The record's YAML: all of its reading that depends on its bytes alone.
    private static func parse(_ source: SourceText) -> Result<ParsedValue?, Diagnostic> {
        YAMLParser.parse(source.text, firstLine: 1, path: source.displayPath).map { node in
            node.map { ParsedValue($0, firstLine: 1) }
        }
    }

    private static func decode(_ document: ParsedValue?, path: String, quarter: QuarterID) -> PublicationRecordFile {
        var problems: [Diagnostic] = []
        func problem(_ position: TextPosition, _ message: String) {
            problems.append(
                Diagnostic(
                    path: path, position: position, code: .invalidPublicationRecord, message: message,
                    hint:
                        "This file is written by `quarterly publish \(quarter.slug)`: restore it from git (`git checkout -- \(path)`) rather than editing it."
                ))
        }
        guard case .map(let blocks, _)? = document else {
            problem(document?.position ?? .start, "a publication record is `key: value` lines")
            return PublicationRecordFile(quarter: quarter, displayPath: path, report: nil, diagnostics: problems)
        }
        func facts(_ value: ParsedValue, of subject: ReportSubject) -> [ReportFact: String] {
            guard case .map(let lines, _) = value else {
                problem(value.position, "expected the facts of \(subject.rawValue) as `name: value` lines")
                return [:]
            }
            var facts: [ReportFact: String] = [:]
            for line in lines {
                guard let fact = ReportFact(rawValue: line.key), subject.facts.contains(fact) else {
                    problem(line.keyPosition, "`\(line.key)` is not recorded for a \(subject.rawValue)")
                    continue
                }
                guard let text = line.value.text else {
                    problem(line.value.position, "`\(line.key)` must be text")
                    continue
                }
                facts[fact] = text
            }
            return facts
        }
        var entries: [ReportEntry] = []
        for block in blocks {
            guard let subject = ReportSubject.allCases.first(where: { $0.recordKey == block.key }) else {
                problem(block.keyPosition, "unknown key `\(block.key)` in a publication record")
                continue
            }
            if subject == .quarter {
                entries.append(ReportEntry(subject: .quarter, id: quarter.slug, facts: facts(block.value, of: subject)))
                continue
            }
            guard case .map(let items, _) = block.value else {
                problem(block.value.position, "`\(block.key)` must list each \(subject.rawValue) by its id")
                continue
            }
            for item in items {
                entries.append(ReportEntry(subject: subject, id: item.key, facts: facts(item.value, of: subject)))
            }
        }
        return PublicationRecordFile(
            quarter: quarter, displayPath: path,
            report: problems.isEmpty ? PublishedReport(quarter: quarter, entries: entries) : nil, diagnostics: problems)
    }
}
