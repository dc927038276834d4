import Foundation
import QuarterlyBuild
import QuarterlyTestSupport
import Testing

/// An action's, measure's or risk's page writes its chart's file from its own drawing, and
/// the chart jobs make the rest: together they must be exactly the charts the preview
/// serves (`SiteSnapshot.chartFiles()`), each made once, and the build must count them
/// as chart files, not pages.
@Suite("Chart files made with their pages")
struct ChartFileJobsTests {
    @Test(arguments: [Fixtures.exampleContent, Fixtures.bilingual, Fixtures.lancashireContent])
    func theBuildsChartFilesAreThePreviewsEachMadeOnce(content: URL) throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("charts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let builder = SiteBuilder(
            options: BuildOptions(contentDirectory: content.path, outputDirectory: output.path, searchIndex: false))
        var noCache: LoadCache? = nil
        let site = try builder.prepare(cache: &noCache, steps: StepClock())
        let expected = Dictionary(
            site.languages.flatMap { language in language.chartFiles().map { (language.prefix + $0.path, $0.data) } },
            uniquingKeysWith: { first, _ in first })
        #expect(expected.keys.contains { ["actions", "measures", "risks"].contains($0.split(separator: "/").first) })

        var made: [String: Data] = [:]
        var madeTwice: [String] = []
        for (_, job) in try builder.jobsInMemory() {
            for (path, data) in job.files where path.hasSuffix(".svg") {
                if made[path] != nil { madeTwice.append(path) }
                made[path] = data
            }
        }
        #expect(madeTwice.isEmpty)
        #expect(Set(made.keys) == Set(expected.keys))
        for (path, data) in expected { #expect(made[path] == data, "\(path)") }

        let report = try builder.run()
        let detail = { (step: BuildStep) in report.timings.first { $0.step == step }?.detail ?? "" }
        #expect(detail(.renderPages) == "\(site.languages.map(\.pages.count).reduce(0, +)) pages")
        #expect(detail(.chartFiles) == "\(expected.count) files")
    }
}
