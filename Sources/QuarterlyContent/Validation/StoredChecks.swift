import QuarterlyModel

/// What the checks found, as `quarterly build` keeps it in the parsed store
/// (`ParsedFileStore`), so that the next build into the same folder takes the findings
/// instead of checking every file again while no front matter has changed: a
/// `CheckMemo` that outlives the process, as the preview's does in memory.
///
/// The entry is a `ParsedFile` whose digest is the memo's key and whose document maps
/// each list of findings to its diagnostics, each a list of its words at its position.
extension CheckMemo.Found {
    private static let lists = ["structure", "others", "planYears"]

    var document: ParsedValue {
        let at = TextPosition(line: 1, column: 1)
        func text(_ words: String?) -> ParsedValue { .text(words ?? "", isNull: words == nil, at: at) }
        return .map(
            zip(Self.lists, [structure, others, planYears]).map { name, diagnostics in
                ParsedEntry(
                    key: name, keyPosition: at,
                    value: .list(
                        diagnostics.map { diagnostic in
                            .list(
                                [
                                    text(diagnostic.path), text(diagnostic.severity.rawValue),
                                    text(diagnostic.code.rawValue), text(diagnostic.message), text(diagnostic.hint),
                                    text(diagnostic.cell),
                                ], at: diagnostic.position)
                        }, at: at))
            }, at: at)
    }

    /// The findings `document` holds; nil when it is not what `document` makes (a store
    /// written by a program whose codes differ is not believed).
    init?(document: ParsedValue) {
        guard case .map(let entries, _) = document, entries.map(\.key) == Self.lists else { return nil }
        var lists: [[Diagnostic]] = []
        for entry in entries {
            guard case .list(let items, _) = entry.value else { return nil }
            var diagnostics: [Diagnostic] = []
            for item in items {
                guard case .list(let words, let position) = item, words.count == 6,
                    case .text(let path, false, _) = words[0],
                    let severity = words[1].text.flatMap(Diagnostic.Severity.init),
                    let code = words[2].text.flatMap(DiagnosticCode.init), case .text(let message, false, _) = words[3]
                else { return nil }
                diagnostics.append(
                    Diagnostic(
                        path: path, position: position, severity: severity, code: code, message: message,
                        hint: words[4].isNull ? nil : words[4].text, cell: words[5].isNull ? nil : words[5].text))
            }
            lists.append(diagnostics)
        }
        self.init(structure: lists[0], others: lists[1], planYears: lists[2])
    }
}

extension ParsedFileStore {
    /// The entry that holds what the checks found (`CheckMemo`): like the reports' entry, not
    /// a content file's path, and added anew by each build.
    static let checksPath = "\u{0}checks"

    /// A memo of what the checks found in the build that made the store: the checks of this
    /// build take it while the key (every file's front matter) is the same.
    public var checks: CheckMemo {
        let memo = CheckMemo()
        if let kept = parsed(Self.checksPath, stamp: Self.noStamp)?.file, let document = kept.document,
            let found = CheckMemo.Found(document: document)
        {
            memo.keep(found, key: kept.digest)
        }
        return memo
    }

    /// The entry recording what `memo` holds; nil when it holds nothing.
    public static func checksPart(_ memo: CheckMemo) -> Part? {
        guard let (key, found) = memo.last else { return nil }
        let file = ParsedFile(
            document: found.document, yamlFirstLine: 1, body: "", bodyFirstLine: 1, digest: key,
            frontMatterDigest: StableDigest(high: 0, low: 0))
        return .made(path: checksPath, stamp: noStamp, file: file)
    }
}
