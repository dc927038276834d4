import Foundation
import QuarterlyModel

/// An outcome's quarterly commentary is Markdown split at its level-2 headings: text
/// before them is the summary, `## Risk…` and `## Finance…` hold the risk and finance updates.
enum CommentarySections {
    static func split(
        _ body: String, firstLine bodyFirstLine: Int, into commentary: inout OutcomeCommentary, report: FieldReport
    ) {
        var sections: [String: [Substring]] = [:]
        var current = "summary"
        var inFence = false
        var previous: Substring = ""
        for (offset, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("```") || line.hasPrefix("~~~") { inFence.toggle() }
            // A level-2 heading is `## Title`, or `Title` underlined with dashes (setext).
            var heading: (text: Substring, line: Int)?
            if !inFence, line.hasPrefix("## ") {
                heading = (line.dropFirst(3), bodyFirstLine + offset)
            } else if !inFence, isSetextUnderline(line), isParagraphLine(previous) {
                sections[current]?.removeLast()
                heading = (previous, bodyFirstLine + offset - 1)
            }
            previous = line
            if let heading {
                let name = heading.text.trimmingCharacters(in: .whitespaces).lowercased()
                // The headings in English or Welsh (`## Risg`, `## Cyllid`).
                if name.hasPrefix("risk") || name.hasPrefix("risg") {
                    current = "risk"
                    continue
                } else if name.hasPrefix("finance") || name.hasPrefix("cyllid") {
                    current = "finance"
                    continue
                } else {
                    report.report(
                        .unknownSection, at: TextPosition(line: heading.line, column: 1),
                        "unknown section `\(heading.text.trimmingCharacters(in: .whitespaces))`",
                        hint:
                            "Level-2 headings here must be `## Risk` or `## Finance` (in Welsh `## Risg`, `## Cyllid`); use `###` for other headings."
                    )
                }
            }
            sections[current, default: []].append(line)
        }
        func text(_ name: String) -> String {
            (sections[name] ?? []).joined(separator: "\n").trimmed()
        }
        commentary.summary = text("summary")
        commentary.risk = text("risk")
        commentary.finance = text("finance")
    }

    /// `---` (up to three spaces before) under a line of text makes that text a heading.
    private static func isSetextUnderline(_ line: Substring) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return !trimmed.isEmpty && trimmed.allSatisfy { $0 == "-" } && !line.hasPrefix("    ")
    }

    /// Plain paragraph text: not blank, not a heading, list item, quote or table row.
    private static func isParagraphLine(_ line: Substring) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.first, !line.hasPrefix("    ") else { return false }
        if "#>|".contains(first) { return false }
        if (first == "-" || first == "*" || first == "+") && (trimmed.count == 1 || trimmed.dropFirst().first == " ") {
            return false
        }
        return !(trimmed.first?.isNumber == true && trimmed.contains(". "))
    }
}
