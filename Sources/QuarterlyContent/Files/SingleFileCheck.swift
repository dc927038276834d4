import QuarterlyModel

/// One content file's bytes checked on their own, as if they sat at a given place in a
/// content folder: read, split, parsed and decoded exactly as a build would, without the
/// folder around them. The fuzz target (`Fuzz/`) drives every hostile input through this.
public enum SingleFileCheck {
    /// Where the file sits, which decides how it is decoded.
    public enum Place: Int, CaseIterable, Sendable {
        case site, outcome, action, measure, risk, quarter
        case actionUpdate, measureUpdate, outcomeCommentary, riskUpdate

        /// A path of this kind, relative to the content folder.
        public var relativePath: String {
            switch self {
            case .site: "site.yml"
            case .outcome: "outcomes/sample.md"
            case .action: "actions/sample.md"
            case .measure: "measures/sample.md"
            case .risk: "risks/sample.md"
            case .quarter: "quarters/2019-20-q2/index.md"
            case .actionUpdate: "quarters/2019-20-q2/actions/sample.md"
            case .measureUpdate: "quarters/2019-20-q2/measures/sample.md"
            case .outcomeCommentary: "quarters/2019-20-q2/outcomes/sample.md"
            case .riskUpdate: "quarters/2019-20-q2/risks/sample.md"
            }
        }

        var kind: ContentKind {
            let quarter = QuarterID(startYear: 2019, number: 2)!
            return switch self {
            case .site: .site
            case .outcome: .outcome(id: "sample")
            case .action: .action(id: "sample")
            case .measure: .measure(id: "sample")
            case .risk: .risk(id: "sample")
            case .quarter: .quarter(quarter)
            case .actionUpdate: .actionUpdate(id: "sample", quarter: quarter)
            case .measureUpdate: .measureUpdate(id: "sample", quarter: quarter)
            case .outcomeCommentary: .outcomeCommentary(id: "sample", quarter: quarter)
            case .riskUpdate: .riskUpdate(id: "sample", quarter: quarter)
            }
        }
    }

    /// The problems a build would report for this file alone (references to other
    /// files are not followed). Shown under `content/`.
    public static func diagnostics(for bytes: [UInt8], at place: Place) -> [Diagnostic] {
        let path = "content/" + place.relativePath
        if bytes.count > SourceText.maximumBytes { return [SourceText.tooLarge(size: bytes.count, displayPath: path)] }
        switch SourceText.decode(bytes: bytes, displayPath: path, relativePath: place.relativePath) {
        case .failure(let problem):
            return [problem]
        case .success(let source):
            if place == .site { return ContentLoader.decodeSite(source).diagnostics }
            return ContentLoader.decode(source, kind: place.kind, financialYearStart: 4).diagnostics
        }
    }
}
