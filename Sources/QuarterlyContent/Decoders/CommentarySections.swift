import Foundation
import QuarterlyModel

/// An outcome's quarterly commentary is Markdown split at its level-2 headings: text
/// before them is the summary, `## Risk…` and `## Finance…` hold the risk and finance updates.
package enum CommentarySections {
    package static func split(
        _ body: String, firstLine bodyFirstLine: Int, into commentary: inout OutcomeCommentary, report: FieldReport
    ) {
        var sections: [String: [Substring]] = [:]
        var current = "summary"
        var inFence = false
        // The paragraph that ends the current section so far: a dashed line under it makes
        // it a heading (setext), so its lines leave the section and become the title.
        var paragraph: [Substring] = []
        var paragraphStart = 0
        for (offset, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let isFence = line.hasPrefix("```") || line.hasPrefix("~~~")
            if isFence { inFence.toggle() }
            let isText = !inFence && !isFence
            var heading: (text: String, line: Int, setextLines: Int)?
            if isText, line.hasPrefix("## ") {
                heading = (String(line.dropFirst(3)), bodyFirstLine + offset, 0)
            } else if isText, !paragraph.isEmpty, isSetextUnderline(line) {
                let title = paragraph.map { $0.trimmingSpaces() }.joined(separator: " ")
                heading = (title, bodyFirstLine + paragraphStart, paragraph.count)
            }
            if let heading {
                paragraph = []
                let title = heading.text.trimmingSpaces()
                let name = title.lowercased()
                // The headings in English or Welsh (`## Risg`, `## Cyllid`).
                let section: String? =
                    name.hasPrefix("risk") || name.hasPrefix("risg")
                    ? "risk" : name.hasPrefix("finance") || name.hasPrefix("cyllid") ? "finance" : nil
                if let section {
                    // A setext title's lines were kept as text of the section before it.
                    let kept = sections[current]?.count ?? 0
                    sections[current]?.removeLast(min(heading.setextLines, kept))
                    current = section
                    continue
                }
                report.report(
                    .unknownSection, at: TextPosition(line: heading.line, column: 1),
                    "unknown section `\(title)`",
                    hint:
                        "Level-2 headings here must be `## Risk` or `## Finance` (in Welsh `## Risg`, `## Cyllid`); use `###` for other headings."
                )
            } else if isText, isParagraphLine(line, continuing: !paragraph.isEmpty) {
                if paragraph.isEmpty { paragraphStart = offset }
                paragraph.append(line)
            } else {
                paragraph = []
            }
            sections[current, default: []].append(line)
        }
        // Blank lines around a section go; the first line's indent stays (it may be code).
        func text(_ name: String) -> String {
            let lines = sections[name] ?? []
            let isBlank = { (line: Substring) in line.allSatisfy(\.isWhitespace) }
            guard let first = lines.firstIndex(where: { !isBlank($0) }),
                let last = lines.lastIndex(where: { !isBlank($0) })
            else { return "" }
            return lines[first...last].joined(separator: "\n")
        }
        commentary.summary = text("summary")
        commentary.risk = text("risk")
        commentary.finance = text("finance")
    }

    /// `---` (up to three spaces before) under a line of text makes that text a heading.
    private static func isSetextUnderline(_ line: Substring) -> Bool {
        let trimmed = line.trimmingSpaces()
        return !trimmed.isEmpty && trimmed.allSatisfy { $0 == "-" } && !line.hasPrefix("    ")
    }

    /// Paragraph text: not blank, not a heading, list item, quote, table row or a rule.
    /// An indented line only continues a paragraph (it cannot start one: that is code).
    private static func isParagraphLine(_ line: Substring, continuing: Bool) -> Bool {
        let trimmed = line.trimmingSpaces()
        guard let first = trimmed.first else { return false }
        if line.hasPrefix("    ") { return continuing }
        if "#>|".contains(first) || isSetextUnderline(line) { return false }
        if (first == "-" || first == "*" || first == "+") && (trimmed.count == 1 || trimmed.dropFirst().first == " ") {
            return false
        }
        return !(first.isNumber && trimmed.contains(". "))
    }
}
