import QuarterlyContent
import QuarterlyModel
import Testing

/// An outcome's commentary is split at `## Risk` and `## Finance` (or the same titles
/// underlined with dashes); text, code and rules around them stay where they were.
@Suite struct CommentarySectionsTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let body: String
        let summary: String
        let risk: String
        let finance: String
        /// Lines (the body starts on line 5) of the `unknown-section` errors.
        let unknownAt: [Int]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "ATX headings", body: "Intro\n\n## Risk\nr1\n\n## Finance\nf1",
            summary: "Intro", risk: "r1", finance: "f1", unknownAt: []),
        Case(
            name: "Welsh headings", body: "Cyflwyniad\n\n## Risg\nr1\n## Cyllid\nf1",
            summary: "Cyflwyniad", risk: "r1", finance: "f1", unknownAt: []),
        Case(
            name: "setext headings", body: "Intro\n\nRisk\n----\nr1\n\nFinance\n---\nf1",
            summary: "Intro", risk: "r1", finance: "f1", unknownAt: []),
        Case(
            name: "a two-line setext title", body: "Intro\n\nFinance and\nbudget\n---\nf1",
            summary: "Intro", risk: "", finance: "f1", unknownAt: []),
        Case(
            name: "the same title twice, then a rule", body: "Risk\n---\nRisk\n---\n---",
            summary: "", risk: "---", finance: "", unknownAt: []),
        Case(
            name: "a rule after a heading is a rule", body: "## Risk\n---\nr1",
            summary: "", risk: "---\nr1", finance: "", unknownAt: []),
        Case(
            name: "a rule after a blank line", body: "Intro\n\n---\n\nMore",
            summary: "Intro\n\n---\n\nMore", risk: "", finance: "", unknownAt: []),
        Case(
            name: "a list item is not a title", body: "- Risk\n---\nr1",
            summary: "- Risk\n---\nr1", risk: "", finance: "", unknownAt: []),
        Case(
            name: "headings inside fenced code", body: "```\nRisk\n---\n## Finance\n```\nafter",
            summary: "```\nRisk\n---\n## Finance\n```\nafter", risk: "", finance: "", unknownAt: []),
        Case(
            name: "an unknown ATX heading stays in the text", body: "Intro\n## Other\nx",
            summary: "Intro\n## Other\nx", risk: "", finance: "", unknownAt: [6]),
        Case(
            name: "an unknown setext heading stays in the text", body: "Intro\n\nOther\n---\nx",
            summary: "Intro\n\nOther\n---\nx", risk: "", finance: "", unknownAt: [7]),
        Case(
            name: "an indented line continues a title", body: "Risk\n    register\n---\nr1",
            summary: "", risk: "r1", finance: "", unknownAt: []),
        Case(
            name: "an indented line alone is code", body: "    code\n---",
            summary: "    code\n---", risk: "", finance: "", unknownAt: []),
    ]

    @Test(arguments: cases)
    func split(_ c: Case) throws {
        var commentary = OutcomeCommentary(
            outcomeID: "o1", quarter: try #require(QuarterID("2024-25-q1")), sourcePath: "o1.md")
        let report = FieldReport(path: "o1.md", firstLine: 2)
        CommentarySections.split(c.body, firstLine: 5, into: &commentary, report: report)
        #expect(commentary.summary == c.summary)
        #expect(commentary.risk == c.risk)
        #expect(commentary.finance == c.finance)
        #expect(report.diagnostics.map(\.code) == c.unknownAt.map { _ in .unknownSection })
        #expect(report.diagnostics.map(\.position.line) == c.unknownAt)
    }
}
