import QuarterlyModel
import Testing

/// A quarter's figure is not judged against a target for another period: not against the
/// whole year's (`annual_target`), unless its update states the target for its figure.
@Suite struct AnnualTargetTests {
    @Test(
        "a quarter's figure against a whole year's target",
        arguments: [
            (AppliedTarget.Basis.plan, false, true),
            (.plan, true, false),
            // The update's own target is for its figure, even when the plan's is for the year.
            (.stated, true, true),
            (.proRata, false, true),
        ])
    func judged(basis: AppliedTarget.Basis, annualTarget: Bool, judged: Bool) throws {
        let applied = AppliedTarget(try #require(Target(text: "241")), basis)
        #expect(MeasureTargetRule.judges(applied, annualTarget: annualTarget) == judged)
    }
}
