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
