import Foundation
import QuarterlyModel

/// One content file's bytes checked on their own, as if they sat at a given place in a
/// content folder: read, split, parsed and decoded exactly as a build would, without the
/// folder around them. The fuzz target (`Fuzz/`) drives every hostile input through this.
public enum SingleFileCheck {
    /// A path of a file of this kind, relative to the content folder.
    public static func samplePath(of kind: ContentKind) -> String {
        kind.files.replacingOccurrences(of: "*.md", with: "sample.md").replacingOccurrences(of: "*", with: "2019-20-q2")
    }

    /// The problems a build would report for this file alone (references to other
    /// files are not followed). Shown under `content/`.
    public static func diagnostics(for bytes: [UInt8], at kind: ContentKind) -> [Diagnostic] {
        check(bytes, at: kind).diagnostics
    }

    /// The problems, and the Markdown bodies a build would render when there are no
    /// errors (empty otherwise): what the fuzz target renders, as no body `check`
    /// accepts may make rendering slow.
    public static func check(_ bytes: [UInt8], at kind: ContentKind) -> (diagnostics: [Diagnostic], bodies: [String]) {
        let relativePath = samplePath(of: kind)
        let path = "content/" + relativePath
        if bytes.count > SourceText.maximumBytes {
            return ([SourceText.tooLarge(size: bytes.count, displayPath: path)], [])
        }
        switch SourceText.decode(bytes: bytes, displayPath: path, relativePath: relativePath) {
        case .failure(let problem):
            return ([problem], [])
        case .success(let source):
            if kind == .site { return (ContentLoader.decodeSite(source).diagnostics, []) }
            let quarter = QuarterID(startYear: 2019, number: 2)!
            let place =
                kind == .quarter
                ? ContentPlace.quarter(quarter)
                : ContentPlace(kind: kind, id: "sample", quarter: kind.isQuarterly ? quarter : nil)
            let file = ContentLoader.decode(source, place: place, financialYearStart: 4)
            guard !file.diagnostics.contains(where: \.isError), let item = file.item else {
                return (file.diagnostics, [])
            }
            return (file.diagnostics, markdown(of: item))
        }
    }

    /// Every Markdown text of an item, as the pages render them.
    static func markdown(of item: any ContentItem) -> [String] {
        switch item {
        case let outcome as Outcome: [outcome.description]
        case let action as Action: [action.description]
        case let measure as Measure: [measure.description]
        case let risk as Risk: [risk.description]
        case let quarter as Quarter: [quarter.introduction]
        case let update as ActionUpdate: [update.commentary]
        case let update as MeasureUpdate: [update.commentary]
        case let update as RiskUpdate: [update.commentary]
        case let commentary as OutcomeCommentary: [commentary.summary, commentary.risk, commentary.finance]
        default: []
        }
    }
}
