import Foundation
import QuarterlyBuild
import QuarterlyModel
import QuarterlyTestSupport
import Synchronization
import Testing

@Suite("Building a site")
struct BuildTests {
    @Test func everyPageKindIsWritten() throws {
        try Fixtures.withBuiltSite(Fixtures.minimal) { output, report in
            let pages = [
                "index.html", "quarters/index.html", "quarters/2019-20-q1/index.html", "quarters/2019-20-q2/index.html",
                "outcomes/healthy/index.html", "outcomes/protected/index.html", "actions/safeguarding-board/index.html",
                "actions/care-communities/index.html", "measures/foster-carers/index.html",
                "measures/foi-responses/index.html", "trends/index.html", "accessibility/index.html",
                "a-z/index.html", "search/index.html", "404.html", "exceptions/index.html", "owners/index.html",
                "owners/director-of-childrens-services/index.html",
            ]
            for page in pages {
                #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(page).path), "\(page)")
            }
            #expect(report.pages == pages.count)
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("assets/quarterly.css").path))
            // Drafts are not published.
            #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("quarters/2019-20-q3").path))
            let action = Fixtures.read(output.appendingPathComponent("actions/care-communities/index.html"))
            #expect(!action.contains("Draft commentary"))
            #expect(!action.contains("DRAFT"))
        }
    }

    @Test func pagesCarryTheirContent() throws {
        try Fixtures.withBuiltSite(Fixtures.minimal) { output, _ in
            let quarter = Fixtures.read(output.appendingPathComponent("quarters/2019-20-q2/index.html"))
            #expect(
                quarter.contains(
                    "<title>Council Plan: Quarter 2 2019/20 progress report — Exampleshire County Council</title>")
                    || quarter.contains(
                        "<title>Quarter 2 2019/20 progress report — Exampleshire County Council</title>")
            )
            #expect(Fixtures.row(in: quarter, ref: "1.1").contains("Complete"))
            #expect(Fixtures.row(in: quarter, ref: "1.10").contains("Amber"))
            #expect(Fixtures.row(in: quarter, ref: "1.10").contains("Declining"))
            #expect(Fixtures.row(in: quarter, ref: "M4.4").contains("65%"))
            #expect(quarter.contains("<caption>"))
            #expect(quarter.contains("What the RAG ratings mean"))
            #expect(quarter.contains("rated 10 (likelihood 2, impact 5)"))
            #expect(quarter.contains("<strong>29 September 2019</strong>"))
            // The base path from site.yml prefixes every internal link.
            #expect(quarter.contains("href=\"/plan/actions/care-communities/\""))
            #expect(quarter.contains("href=\"/plan/assets/quarterly.css\""))
            let measure = Fixtures.read(output.appendingPathComponent("measures/foi-responses/index.html"))
            #expect(measure.contains("<table>"), "commentary tables render")
            #expect(measure.contains("68%") && measure.contains("65%"))
        }
    }

    @Test func draftsAreMarkedOnEveryPage() throws {
        try Fixtures.withBuiltSite(Fixtures.minimal, drafts: true) { output, report in
            #expect(
                FileManager.default.fileExists(
                    atPath: output.appendingPathComponent("quarters/2019-20-q3/index.html").path))
            var checked = 0
            for case let path as String in FileManager.default.enumerator(atPath: output.path)?.allObjects ?? []
            where path.hasSuffix(".html") {
                let html = Fixtures.read(output.appendingPathComponent(path))
                #expect(html.contains("<strong>DRAFT</strong>"), "\(path)")
                #expect(html.contains("<title>DRAFT: "), "\(path)")
                checked += 1
            }
            #expect(checked == report.pages)
        }
    }

    @Test func baseURLOptionOverridesSiteYML() throws {
        try Fixtures.withBuiltSite(Fixtures.minimal, baseURL: "https://example.github.io/council-plan/") { output, _ in
            let home = Fixtures.read(output.appendingPathComponent("index.html"))
            #expect(home.contains("href=\"/council-plan/quarters/2019-20-q2/\""))
        }
    }

    @Test func failedBuildLeavesTheOutputExactlyAsItWas() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        _ = try Fixtures.build(content: Fixtures.minimal, output: output)
        let before = Fixtures.snapshot(output)
        let broken = try Fixtures.invalidSite("unknown-rag")
        defer { try? FileManager.default.removeItem(at: broken.deletingLastPathComponent()) }
        #expect(throws: BuildFailure.self) { try Fixtures.build(content: broken, output: output) }
        do {
            _ = try Fixtures.build(content: broken, output: output)
        } catch {
            #expect(error.step == .validate)
            #expect(error.diagnostics.errors.map(\.code) == [.unknownWord])
        }
        #expect(Fixtures.snapshot(output) == before)
        // No staging folders or lock files are left behind either.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["public"])
    }

    /// Two sites built into one folder at the same time, again and again, while a reader
    /// watches it: the folder is never missing, nothing is left beside it, and in the end
    /// it is exactly one of the two sites, never a mixture.
    @Test func concurrentBuildsIntoOneFolderNeverMix() throws {
        let siteYML = Fixtures.read(Fixtures.minimal.appendingPathComponent("site.yml"))
        let other = try Fixtures.minimalSite(with: [
            "site.yml": siteYML.replacingOccurrences(of: "title: Council Plan", with: "title: Other Plan")
        ])
        let folder = other.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sites = [Fixtures.minimal, other]
        var expected: [[String: Data]] = []
        for (index, content) in sites.enumerated() {
            let alone = folder.appendingPathComponent("alone-\(index)")
            _ = try Fixtures.build(content: content, output: alone)
            expected.append(Fixtures.snapshot(alone))
        }
        #expect(expected[0] != expected[1])

        let output = folder.appendingPathComponent("public")
        _ = try Fixtures.build(content: sites[0], output: output)
        let index = output.appendingPathComponent("index.html").path
        let finished = Mutex(0)
        let failures = Mutex<[String]>([])
        let missing = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 3) { worker in
            guard worker < 2 else {
                while finished.withLock({ $0 }) < 2 {
                    if !FileManager.default.fileExists(atPath: index) { missing.withLock { $0 += 1 } }
                }
                return
            }
            for _ in 0..<4 {
                do { _ = try Fixtures.build(content: sites[worker], output: output) } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
            finished.withLock { $0 += 1 }
        }
        #expect(failures.withLock { $0 } == [])
        #expect(missing.withLock { $0 } == 0)
        // Each site's cache manifest names its own files' inodes and times: the site's
        // files themselves are one site's or the other's, never a mix.
        func site(_ files: [String: Data]) -> [String: Data] { files.filter { $0.key != CacheManifest.fileName } }
        let result = site(Fixtures.snapshot(output))
        #expect(result == site(expected[0]) || result == site(expected[1]))
        // Besides the site, at most the spare a build may keep for the next (`SpareSite`).
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left.filter { $0 != ".public.quarterly-spare" } == ["alone-0", "alone-1", "content", "public"])
    }

    @Test func templateErrorsNameTheFile() throws {
        let folder = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Fixtures.templates, to: templates)
        try Data("{{#outcomes}}\n<p>{{title}}</p>\n".utf8).write(to: templates.appendingPathComponent("home.mustache"))
        let options = BuildOptions(
            contentDirectory: Fixtures.minimal.path, templatesDirectory: templates.path,
            outputDirectory: folder.appendingPathComponent("public").path)
        do {
            _ = try SiteBuilder(options: options).run()
            Issue.record("a broken template built")
        } catch {
            #expect(error.step == .loadTemplates)
            #expect(error.diagnostics.first?.code == .templateSyntax)
            #expect(error.diagnostics.first?.path.hasSuffix("templates/home.mustache") == true)
        }
    }
}

@Suite("The example site")
struct ExampleSiteTests {
    @Test func publishedStatusesAreShown() throws {
        try Fixtures.withBuiltSite(Fixtures.exampleContent) { output, report in
            // The reports' own ratings sometimes disagree with their figures: those are warnings, nothing else is.
            #expect(
                Set(report.warnings.map(\.code)).isSubset(of: [.ragOverrideWithoutReason, .directionContradictsFigures])
            )
            let quarter = Fixtures.read(output.appendingPathComponent("quarters/2019-20-q2/index.html"))
            for (ref, rag, direction) in [
                ("1.4", "Amber", "Declining"), ("1.5", "Green", "Improving"), ("4.7", "Red", "Declining"),
                ("M1.10", "Red", "Declining"), ("M4.3", "Green", "Improving"),
            ] {
                let row = Fixtures.row(in: quarter, ref: ref)
                #expect(row.contains(">\(rag)</span>"), "\(ref) \(rag)")
                #expect(row.contains("</span> \(direction)</span>"), "\(ref) \(direction)")
            }
        }
    }

    @Test func lancashireCarriagewayDefectsAreChartedWithTheirComputedStatus() throws {
        try Fixtures.withBuiltSite(Fixtures.lancashireContent) { output, _ in
            let page = Fixtures.read(
                output.appendingPathComponent("measures/carriageway-defects-emergency-4-hours/index.html"))
            // The chart drawn for the content column (the phone's follows it).
            let chart = try #require(
                page.components(separatedBy: "<svg class=\"chart trend-chart\"").dropFirst().first?
                    .components(separatedBy: "</svg>").first)
            // One mark per quarter, oldest first: 95.65, 96.67 and 91.46 are Green, 89.19 is Amber.
            let marks = chart.components(separatedBy: "class=\"mark mark-").dropFirst().map { $0.prefix { $0 != "\"" } }
            #expect(marks == ["green", "green", "green", "amber"])
            #expect(
                chart.contains(
                    "4 values, from 95.65% in Quarter 4 2018/19 to 89.19% in Quarter 3 2019/20. Target 95% in 2019/20.")
            )
            #expect(
                page.contains("89.19% against a target of 95%: 6.1% below target, outside the 5% tolerance, so Amber."))
            for value in ["95.65%", "96.67%", "91.46%", "89.19%"] {
                #expect(page.contains("<td data-label=\"Value\">\(value)</td>"))
            }
        }
    }

    /// The acceptance case for identity across plans.
    @Test func fireProtectionAuditsKeepOnePageUnderBothRefs() throws {
        try Fixtures.withBuiltSite(Fixtures.exampleContent) { output, _ in
            let page = Fixtures.read(output.appendingPathComponent("measures/fire-protection-audits/index.html"))
            #expect(page.contains("Refs in each plan: 2019/20: M1.10; 2021/22: M2.13."))
            let q2 = Fixtures.row(in: page, ref: "<a href=\"/quarters/2019-20-q2/\">Quarter 2 2019/20</a>")
            let q1 = Fixtures.row(in: page, ref: "<a href=\"/quarters/2021-22-q1/\">Quarter 1 2021/22</a>")
            #expect(q2.contains("<td data-label=\"Ref\">M1.10</td>"))
            #expect(q1.contains("<td data-label=\"Ref\">M2.13</td>"))
            #expect(page.contains("<svg class=\"chart trend-chart\""))
            // Each report lists it under the ref of its own plan.
            let report2019 = Fixtures.read(output.appendingPathComponent("quarters/2019-20-q2/index.html"))
            let report2021 = Fixtures.read(output.appendingPathComponent("quarters/2021-22-q1/index.html"))
            #expect(Fixtures.row(in: report2019, ref: "M1.10").contains("/measures/fire-protection-audits/"))
            #expect(Fixtures.row(in: report2021, ref: "M2.13").contains("/measures/fire-protection-audits/"))
            // In 2019/20, M2.13 was another measure.
            #expect(Fixtures.row(in: report2019, ref: "M2.13").contains("/measures/transport-funding-level-3/"))
        }
    }

    @Test func eachReportNumbersItsOutcomesAsItsPlanDid() throws {
        try Fixtures.withBuiltSite(Fixtures.exampleContent) { output, _ in
            let report2019 = Fixtures.read(output.appendingPathComponent("quarters/2019-20-q2/index.html"))
            let report2021 = Fixtures.read(output.appendingPathComponent("quarters/2021-22-q1/index.html"))
            #expect(report2019.contains(">Outcome 4: New ways of working and achieving financial sustainability<"))
            #expect(report2021.contains(">Outcome 1: New ways of working and achieving financial sustainability<"))
        }
    }
}
