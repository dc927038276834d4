import Foundation
import QuarterlyModel

/// A quarter's `index.md` and the updates in its folder.
enum QuarterDecoders {
    static let quarterKeys = ["status", "period_end", "published", "meeting", "plan"]
    static let actionUpdateKeys = ["rag", "direction", "section", "ref", "title", "milestone", "review"]
    static let measureUpdateKeys = [
        "value", "display", "period", "rag", "rag_reason", "direction", "target", "comparators",
        "section", "ref", "title", "review",
    ]

    static func quarter(_ id: QuarterID, fields: Fields, body: String, source: SourceText, financialYearStart: Int)
        -> DecodedFile
    {
        var file = DecodedFile()
        let status = fields.word("status", as: QuarterStatus.self, required: true)
        let quarter = Quarter(
            id: id, status: status ?? .draft,
            periodEnd: fields.date("period_end") ?? id.periodEnd(financialYearStart: financialYearStart),
            published: fields.date("published"), meeting: fields.text("meeting"), plan: fields.text("plan"),
            introduction: body, sourcePath: source.relativePath)
        if fields.has("status") { file.statusPositions["status"] = fields.position(ofValue: "status") }
        fields.finish(allowed: quarterKeys)
        file.diagnostics = fields.diagnostics
        if status != nil { file.item = .quarter(quarter) }
        return file
    }

    static func actionUpdate(id: String, quarter: QuarterID, fields: Fields, body: String, source: SourceText)
        -> DecodedFile
    {
        var file = DecodedFile()
        file.references.append(
            ContentReference(target: .action, id: id, path: source.displayPath, position: .start, field: "file name"))
        let rag = fields.word("rag", as: RAGStatus.self, required: true)
        let update = ActionUpdate(
            actionID: id, quarter: quarter, rag: rag ?? .red,
            direction: fields.word("direction", as: DirectionOfTravel.self),
            section: fields.word("section", as: CommentarySection.self),
            ref: fields.text("ref"), title: fields.text("title"), milestone: fields.text("milestone"),
            commentary: body, sourcePath: source.relativePath)
        file.refPosition = fields.has("ref") ? fields.position(ofValue: "ref") : .start
        for key in ["rag", "direction"] where fields.has(key) {
            file.statusPositions[key] = fields.position(ofValue: key)
        }
        file.reviewNote = readReview(fields)
        fields.finish(allowed: actionUpdateKeys)
        file.diagnostics = fields.diagnostics
        if rag != nil { file.item = .actionUpdate(update) }
        return file
    }

    static func measureUpdate(id: String, quarter: QuarterID, fields: Fields, body: String, source: SourceText)
        -> DecodedFile
    {
        var file = DecodedFile()
        file.references.append(
            ContentReference(target: .measure, id: id, path: source.displayPath, position: .start, field: "file name"))
        let rag = fields.word("rag", as: RAGStatus.self)
        if rag == .complete {
            fields.report(
                .unknownWord, at: fields.position(ofValue: "rag"), "`complete` is for actions, not measures",
                hint: "Use `red`, `amber` or `green`.")
        }
        var comparators: [ComparatorValue] = []
        for entry in fields.entries("comparators") {
            if let figure = fields.figure(entry.value, name: "comparator `\(entry.name)`") {
                comparators.append(ComparatorValue(name: entry.name, value: figure))
                file.comparatorPositions.append((entry.name, entry.position))
            }
        }
        let update = MeasureUpdate(
            measureID: id, quarter: quarter, value: fields.figure("value"), display: fields.text("display"),
            period: fields.text("period"), rag: rag == .complete ? nil : rag, ragReason: fields.text("rag_reason"),
            direction: fields.word("direction", as: DirectionOfTravel.self), target: fields.figure("target"),
            comparators: comparators, section: fields.word("section", as: CommentarySection.self),
            ref: fields.text("ref"), title: fields.text("title"), commentary: body, sourcePath: source.relativePath)
        file.refPosition = fields.has("ref") ? fields.position(ofValue: "ref") : .start
        for key in ["rag", "direction"] where fields.has(key) {
            file.statusPositions[key] = fields.position(ofValue: key)
        }
        file.reviewNote = readReview(fields)
        fields.finish(allowed: measureUpdateKeys)
        file.diagnostics = fields.diagnostics
        file.item = .measureUpdate(update)
        return file
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

    /// `review:` marks an update carried over by `quarterly new-quarter` and not yet
    /// checked; only the content layer needs it (a published quarter must have none).
    private static func readReview(_ fields: Fields) -> (note: String, position: TextPosition)? {
        guard fields.has("review") else { return nil }
        return (fields.text("review") ?? "", fields.position(ofValue: "review"))
    }

    /// The body is split at `## Risk` and `## Finance`; text before them is the summary.
    static func outcomeCommentary(
        id: String, quarter: QuarterID, fields: Fields, body: String, bodyFirstLine: Int,
        source: SourceText
    ) -> DecodedFile {
        var file = DecodedFile()
        file.references.append(
            ContentReference(target: .outcome, id: id, path: source.displayPath, position: .start, field: "file name"))
        fields.finish(allowed: [])
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
                if name.hasPrefix("risk") {
                    current = "risk"
                    continue
                } else if name.hasPrefix("finance") {
                    current = "finance"
                    continue
                } else {
                    file.diagnostics.append(
                        Diagnostic(
                            path: source.displayPath, position: TextPosition(line: heading.line, column: 1),
                            code: .unknownSection,
                            message: "unknown section `\(heading.text.trimmingCharacters(in: .whitespaces))`",
                            hint:
                                "Level-2 headings here must be `## Risk` or `## Finance`; use `###` for other headings."
                        ))
                }
            }
            sections[current, default: []].append(line)
        }
        func text(_ name: String) -> String {
            (sections[name] ?? []).joined(separator: "\n").trimmed()
        }
        file.diagnostics = fields.diagnostics + file.diagnostics
        file.item = .outcomeCommentary(
            OutcomeCommentary(
                outcomeID: id, quarter: quarter, summary: text("summary"), risk: text("risk"), finance: text("finance"),
                sourcePath: source.relativePath))
        return file
    }
}
