/// The name of each kind of problem: printed after the message and asserted by tests.
public enum DiagnosticCode: String, Sendable, CaseIterable {
    // Files
    case missingContentFolder = "missing-content-folder"
    case missingSiteConfig = "missing-site-config"
    case unreadableFile = "unreadable-file"
    case unreadableFolder = "unreadable-folder"
    case invalidEncoding = "invalid-encoding"
    case controlCharacter = "control-character"
    case fileTooLarge = "file-too-large"
    case ignoredFile = "ignored-file"
    case linkOutsideContent = "link-outside-content"
    case invalidID = "invalid-id"
    case invalidQuarter = "invalid-quarter"
    case missingQuarterIndex = "missing-quarter-index"
    // Translations
    case unknownLanguage = "unknown-language"
    case translationWithoutOriginal = "translation-without-original"
    case notTranslated = "not-translated"
    case missingTranslation = "missing-translation"
    // Syntax
    case missingFrontMatter = "missing-front-matter"
    case unclosedFrontMatter = "unclosed-front-matter"
    case yamlSyntax = "yaml-syntax"
    case duplicateKey = "duplicate-key"
    case yamlTooComplex = "yaml-too-complex"
    case markdownTooComplex = "markdown-too-complex"
    // Fields
    case unknownKey = "unknown-key"
    case missingField = "missing-field"
    case wrongType = "wrong-type"
    case unknownWord = "unknown-word"
    case invalidDate = "invalid-date"
    case invalidValue = "invalid-value"
    case unknownSection = "unknown-section"
    // The content graph
    case undefinedOutcome = "undefined-outcome"
    case undefinedAction = "undefined-action"
    case undefinedMeasure = "undefined-measure"
    case outcomeCycle = "outcome-cycle"
    case duplicateRef = "duplicate-ref"
    case undeclaredComparator = "undeclared-comparator"
    case undefinedRisk = "undefined-risk"
    case riskScoreMismatch = "risk-score-mismatch"
    case unreviewedUpdate = "unreviewed-update"
    case futureQuarter = "future-quarter"
    case notInPlan = "not-in-plan"
    case periodEndOutsideQuarter = "period-end-outside-quarter"
    // Published reports (`quarterly publish`)
    case publishedReportChanged = "published-report-changed"
    case invalidPublicationRecord = "invalid-publication-record"
    case recordedQuarterIsDraft = "recorded-quarter-is-draft"
    case publicationRefused = "publication-refused"
    // Measure kinds
    case contextMeasureJudged = "context-measure-judged"
    case movementOnJudgedMeasure = "movement-on-judged-measure"
    case targetRangePolarity = "target-range-polarity"
    // Status rules (warnings)
    case ragOverrideWithoutReason = "rag-override-without-reason"
    case directionContradictsFigures = "direction-contradicts-figures"
    case valueLooksLikeFraction = "value-looks-like-fraction"
    // Spreadsheet imports (`quarterly import`)
    case unknownRow = "unknown-row"
    case duplicateRow = "duplicate-row"
    case missingColumn = "missing-column"
    case ignoredColumn = "ignored-column"
    case csvSyntax = "csv-syntax"
    // Templates
    case templateSyntax = "template-syntax"
    case missingTemplate = "missing-template"
    case unknownTemplateField = "unknown-template-field"
    case invalidStrings = "invalid-strings"
    case unknownString = "unknown-string"
    // The output folder (`quarterly build --output`)
    case unsafeOutput = "unsafe-output"
    // Printing the reports to PDF (Chromium)
    case printFailed = "print-failed"
}
