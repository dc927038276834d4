import QuarterlyContent
import QuarterlyModel

/// A publication record as the text of `published.yml`: a block per subject, one
/// `fact: "value"` line each, so a correction shows in a git diff as the lines it changed.
/// `PublicationRecordFile` reads it back with the same keys (`ReportSubject`, `ReportFact`).
enum PublicationRecordText {
    static func text(of report: PublishedReport) -> String {
        var lines = [
            "# The report of \(report.quarter.label) as published, recorded by `quarterly publish \(report.quarter.slug)`.",
            "# `quarterly check` fails when the content would change it; see docs/quarterly-update.md.",
        ]
        for subject in ReportSubject.allCases {
            let entries = report.entries(subject)
            guard !entries.isEmpty else { continue }
            lines.append("\(subject.recordKey):")
            for entry in entries {
                let indent: String
                if subject == .quarter {
                    indent = "  "
                } else {
                    lines.append("  \(entry.id):")
                    indent = "    "
                }
                for (fact, value) in entry.ordered {
                    lines.append("\(indent)\(fact.rawValue): \(YAMLText.quoted(value))")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
