import Foundation
import QuarterlyBuild
import QuarterlyModel
import QuarterlyRender
import QuarterlyTestSupport
import Testing

/// Each quarter's report is grouped by its own year's plan: the Cumbria example's two
/// full reports, rendered from the content through the quarter page's context, have the
/// outcomes, supporting outcomes, rows and counts of the published reports.
@Suite struct ReportGroupingTests {
    /// One outcome of a report: its number that year, each supporting outcome's action
    /// refs in table order, its measure refs, and the number of actions its counts give.
    struct OutcomeShape: Equatable, CustomStringConvertible {
        let number: String
        let groups: [Group]
        let measures: [String]
        let actionCount: Int

        struct Group: Equatable {
            /// The content's id of the (supporting) outcome.
            let outcome: String
            let actions: [String]
        }

        var description: String {
            "Outcome \(number): "
                + groups.map { "\($0.outcome) [\($0.actions.joined(separator: " "))]" }.joined(separator: ", ")
                + "; measures [\(measures.joined(separator: " "))]; \(actionCount) actions"
        }
    }

    /// Reference 000 (Cumbria, Council Plan Delivery Plan progress report, Quarter 2
    /// 2019/20): the "Key Action Updates" table of each supporting outcome and the "Key
    /// Outcome Indicators" table of each outcome, in the order printed. The fourth section
    /// is headed "New ways of working and achieving financial sustainability" (Outcome 4
    /// in that year's numbering); its one supporting outcome repeats the wording of
    /// Outcome 3's last.
    static let quarter2Of2019: [OutcomeShape] = [
        OutcomeShape(
            number: "1",
            groups: [
                .init(outcome: "healthy-environment", actions: ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6"]),
                .init(outcome: "protected-from-harm", actions: ["1.9", "1.10", "1.11", "1.12", "1.13"]),
                .init(outcome: "specialist-and-emergency-services", actions: ["1.17", "1.18", "1.19"]),
                .init(outcome: "advice-and-support-to-stay-safe", actions: ["1.22", "1.23", "1.24"]),
            ],
            measures: [
                "M1.1", "M1.2", "M1.3", "M1.4", "M1.5", "M1.6", "M1.7", "M1.8", "M1.9", "M1.10", "M1.11", "M1.12",
                "M1.13", "M1.14",
            ],
            actionCount: 17),
        OutcomeShape(
            number: "2",
            groups: [
                .init(outcome: "physical-and-digital-infrastructure", actions: ["2.1", "2.2", "2.3", "2.4", "2.5"]),
                .init(outcome: "locally-responsive-services", actions: ["2.7", "2.8", "2.9", "2.10", "2.11", "2.12"]),
                .init(outcome: "confident-communities", actions: ["2.17", "2.18"]),
                .init(outcome: "best-education", actions: ["2.20", "2.21"]),
            ],
            measures: [
                "M2.1", "M2.2", "M2.3", "M2.4", "M2.5", "M2.6", "M2.7", "M2.8", "M2.9", "M2.10", "M2.11", "M2.12",
                "M2.13",
            ],
            actionCount: 15),
        OutcomeShape(
            number: "3",
            groups: [
                .init(outcome: "lifelong-learning", actions: ["3.1"]),
                .init(outcome: "good-quality-employment", actions: ["3.3", "3.4", "3.5"]),
                .init(outcome: "attractive-for-business", actions: ["3.7", "3.8", "3.9", "3.10"]),
                .init(outcome: "achieving-aspirations", actions: ["3.12", "3.13"]),
            ],
            measures: ["M3.1", "M3.2", "M3.3", "M3.4", "M3.5", "M3.6"],
            actionCount: 10),
        OutcomeShape(
            number: "4",
            groups: [
                .init(
                    outcome: "aspirations-new-ways-of-working",
                    actions: ["4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8", "4.9", "4.10", "4.11", "4.12"])
            ],
            measures: ["M4.1", "M4.2", "M4.3", "M4.4", "M4.5"],
            actionCount: 12),
    ]

    /// Reference 002 (Cumbria, progress report, Quarter 1 2021/22, against the delivery
    /// plan for 2020/22): each supporting outcome's action table (printed just before its
    /// "Supporting Outcome:" heading) and each outcome's "Measures" table.
    static let quarter1Of2021: [OutcomeShape] = [
        OutcomeShape(
            number: "1",
            groups: [
                .init(outcome: "working-together", actions: ["A1.1", "A1.2", "A1.3", "A1.4", "A1.5"]),
                .init(outcome: "prevention-and-early-intervention", actions: ["A1.6"]),
                .init(outcome: "enterprise-and-efficiency", actions: ["A1.7", "A1.8", "A1.9", "A1.10"]),
                .init(outcome: "digital-transformation", actions: ["A1.11", "A1.12", "A1.13", "A1.14"]),
            ],
            measures: ["M1.1", "M1.2", "M1.3", "M1.4", "M1.5"],
            actionCount: 14),
        OutcomeShape(
            number: "2",
            groups: [
                .init(outcome: "healthy-environment", actions: ["A2.1", "A2.2", "A2.3", "A2.4"]),
                .init(outcome: "protected-from-harm", actions: ["A2.5", "A2.6", "A2.7", "A2.8"]),
                .init(
                    outcome: "specialist-and-emergency-services",
                    actions: ["A2.9", "A2.10", "A2.11", "A2.12", "A2.13", "A2.14", "A2.15"]),
                .init(outcome: "advice-and-support-to-stay-safe", actions: ["A2.16", "A2.17", "A2.18"]),
            ],
            measures: [
                "M2.1", "M2.2", "M2.3", "M2.4", "M2.5", "M2.6", "M2.7", "M2.8", "M2.9", "M2.10", "M2.11", "M2.12",
                "M2.13", "M2.14",
            ],
            actionCount: 18),
        OutcomeShape(
            number: "3",
            groups: [
                .init(outcome: "physical-and-digital-infrastructure", actions: ["A3.1", "A3.2", "A3.3", "A3.4"]),
                .init(outcome: "best-education", actions: ["A3.5", "A3.6", "A3.7"]),
                .init(outcome: "locally-responsive-services", actions: ["A3.8", "A3.9"]),
                .init(outcome: "confident-communities", actions: ["A3.10", "A3.11"]),
            ],
            measures: [
                "M3.1", "M3.2", "M3.3", "M3.4", "M3.5", "M3.6", "M3.7", "M3.8", "M3.9", "M3.10", "M3.11", "M3.12",
                "M3.13", "M3.14", "M3.15",
            ],
            actionCount: 11),
        OutcomeShape(
            number: "4",
            groups: [
                .init(outcome: "learning-and-aspirations", actions: ["A4.1", "A4.2"]),
                .init(outcome: "business-and-employment", actions: ["A4.3"]),
                .init(outcome: "climate-and-environment", actions: ["A4.4", "A4.5", "A4.6", "A4.7"]),
            ],
            measures: ["M4.1", "M4.2", "M4.3", "M4.4", "M4.5", "M4.6", "M4.7"],
            actionCount: 7),
    ]

    /// A page of a site (the Cumbria example unless named) rendered with the real
    /// templates, except `replaced` (a template's name) written as `text`, so a page's
    /// context can be printed as plain lines.
    static func render(
        _ page: Page, of content: URL = Fixtures.exampleContent, replacing replaced: String? = nil,
        with text: String = ""
    ) throws -> String {
        var sources = try TemplateFolder.readTemplates(from: Fixtures.templates.path)
        if let replaced {
            sources =
                sources.filter { $0.name != replaced } + [
                    TemplateSource(name: replaced, displayPath: replaced, text: text)
                ]
        }
        let templates = try TemplateSet.parse(
            sources, folder: "templates", catalogue: Fixtures.catalogue, checkingFields: false)
        let graph = try #require(Fixtures.validate(content).graph).assessed().graph
        let renderer = SiteRenderer(
            graph: graph, templates: templates, options: RenderOptions(deployment: Deployment(siteBaseURL: "/")))
        return renderer.render(page).html
    }

    /// The quarter page's outcomes, as the shapes above: one line per outcome, group,
    /// measure table and count, read back.
    static func report(_ slug: String) throws -> [OutcomeShape] {
        let lines = try render(
            Page(.quarter, slug), replacing: "quarter",
            with: """
                {{#outcomes}}outcome {{heading}}
                {{#groups}}group {{id}}{{#actions}} {{ref}}{{/actions}}
                {{/groups}}measures{{#measures}} {{ref}}{{/measures}}
                count {{#actionCounts}}{{total}}{{/actionCounts}}
                {{/outcomes}}
                """
        ).split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        var shapes: [OutcomeShape] = []
        var number = ""
        var groups: [OutcomeShape.Group] = []
        var measures: [String] = []
        for words in lines {
            switch words.first {
            case "outcome":
                number = String(words[2].dropLast())  // "outcome Outcome 1: People…"
                groups = []
            case "group": groups.append(.init(outcome: words[1], actions: Array(words.dropFirst(2))))
            case "measures": measures = Array(words.dropFirst())
            case "count":
                shapes.append(
                    OutcomeShape(number: number, groups: groups, measures: measures, actionCount: Int(words[1]) ?? -1))
            default: continue
            }
        }
        return shapes
    }

    @Test func quarter2Of2019MatchesReference000() throws {
        let report = try Self.report("2019-20-q2")
        #expect(report == Self.quarter2Of2019)
        // The report's counts are the rows of its tables.
        #expect(report.map(\.actionCount) == [17, 15, 10, 12])
        #expect(report.map { $0.groups.map(\.actions.count).reduce(0, +) } == [17, 15, 10, 12])
    }

    @Test func quarter1Of2021MatchesReference002() throws {
        let report = try Self.report("2021-22-q1")
        #expect(report == Self.quarter1Of2021)
        #expect(report.map(\.actionCount) == [14, 18, 11, 7])
        #expect(report.map { $0.groups.map(\.actions.count).reduce(0, +) } == [14, 18, 11, 7])
    }

    /// The home page's counts by outcome are the latest report's (reference 002's four
    /// outcomes, in its order and numbering).
    @Test func homePageCountsTheLatestReportByItsPlan() throws {
        let lines = try Self.render(
            Page(.home), replacing: "home",
            with: """
                {{#latest}}{{#outcomes}}{{title}} = {{#actions}}{{total}}{{/actions}} / {{#measures}}{{total}}{{/measures}}
                {{/outcomes}}{{/latest}}
                """
        ).split(separator: "\n")
        #expect(lines.map { $0.prefix { $0 != ":" } } == ["Outcome 1", "Outcome 2", "Outcome 3", "Outcome 4"])
        #expect(lines.map { $0.split(separator: " = ").last ?? "" } == ["14 / 5", "18 / 14", "11 / 15", "7 / 7"])
    }
}
