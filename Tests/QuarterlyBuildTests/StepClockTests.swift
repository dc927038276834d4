import QuarterlyBuild
import QuarterlyModel
import Testing

/// Steps run together (pages, data files and charts, made in one pass): each is timed from
/// the pass's start to its own end, in the order named, and a problem names its step.
@Suite("Steps run together")
struct StepClockTests {
    @Test func eachStepIsTimedToItsOwnEnd() throws {
        var shown: [BuildStep] = []
        let steps = StepClock(onStep: { shown.append($0.step) })
        let start = ContinuousClock.now
        let results = try steps.runTogether([.renderPages, .dataFiles, .chartFiles]) { () throws(StepProblem) in
            [
                (1, "1 pages", start + .milliseconds(300)), (2, "2 files", start + .milliseconds(100)),
                (3, "3 files", start + .milliseconds(200)),
            ]
        }
        #expect(results == [1, 2, 3])
        #expect(shown == [.renderPages, .dataFiles, .chartFiles])
        let seconds = steps.timings.map(\.seconds)
        #expect(seconds[0] > seconds[2] && seconds[2] > seconds[1])
        #expect(steps.timings.map(\.detail) == ["1 pages", "2 files", "3 files"])
    }

    @Test func aProblemNamesItsStep() {
        let steps = StepClock()
        do {
            _ = try steps.runTogether([.renderPages, .dataFiles]) {
                () throws(StepProblem) -> [(Int, String, ContinuousClock.Instant)] in
                throw StepProblem(
                    step: .dataFiles,
                    diagnostics: [
                        Diagnostic(path: "public/data/site.json", code: .unreadableFile, message: "disk full")
                    ])
            }
            Issue.record("the problem was not thrown")
        } catch {
            #expect(error.step == .dataFiles)
            #expect(error.diagnostics.map(\.message) == ["disk full"])
            #expect(steps.timings.last?.step == .dataFiles && steps.timings.last?.detail == "failed")
        }
    }
}

/// The pass takes its jobs from each top folder in turn, so the two cores seldom make
/// files in one folder at once; every job is taken once.
@Suite("Jobs taken in turn from each folder")
struct JobOrderTests {
    @Test(arguments: [
        ([], []),
        (["index.html"], [0]),
        (["actions/a/index.html", "actions/b/index.html", "measures/m/index.html"], [0, 2, 1]),
        (
            ["actions/a/index.html", "actions/b/index.html", "data/site.json", "actions/a.svg", "sitemap.xml"],
            [0, 2, 4, 1, 3]
        ),
        (["cy/actions/a/index.html", "actions/a/index.html", "cy/data/site.json"], [0, 1, 2]),
    ])
    func takesEachFolderInTurn(paths: [String], order: [Int]) {
        let taken = SiteBuilder.inTurn(paths)
        #expect(taken == order)
        #expect(taken.sorted() == Array(paths.indices))
    }
}
