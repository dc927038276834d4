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
        let relativePath = samplePath(of: kind)
        let path = "content/" + relativePath
        if bytes.count > SourceText.maximumBytes { return [SourceText.tooLarge(size: bytes.count, displayPath: path)] }
        switch SourceText.decode(bytes: bytes, displayPath: path, relativePath: relativePath) {
        case .failure(let problem):
            return [problem]
        case .success(let source):
            if kind == .site { return ContentLoader.decodeSite(source).diagnostics }
            let quarter = QuarterID(startYear: 2019, number: 2)!
            let place =
                kind == .quarter
                ? ContentPlace.quarter(quarter)
                : ContentPlace(kind: kind, id: "sample", quarter: kind.isQuarterly ? quarter : nil)
            return ContentLoader.decode(source, place: place, financialYearStart: 4).diagnostics
        }
    }
}
