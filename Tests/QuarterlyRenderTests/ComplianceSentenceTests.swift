import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// The accessibility statement's compliance sentence points to non-compliances "listed
/// below" only when some are listed; with none, it says why the site is not declared fully
/// compliant.
@Suite struct ComplianceSentenceTests {
    @Test(
        arguments: [
            (ComplianceStatus.partial, true, "partially compliant", "due to the non-compliances listed below."),
            (
                .partial, false, "partially compliant",
                "not yet been tested in full by people using assistive technologies."
            ),
            (.not, true, "not compliant", "The non-compliances are listed below."),
            (.not, false, "not compliant", "AA standard."),
            (.full, false, "fully compliant", "AA standard."),
        ])
    func sentence(status: ComplianceStatus, listsIssues: Bool, says: String, ends: String) {
        let sentence = Fixtures.catalogue.text(status.sentence(listsIssues: listsIssues))
        #expect(sentence.contains(says))
        #expect(sentence.hasSuffix(ends))
        #expect(sentence.contains("listed below") == listsIssues && status != .full || status == .full)
    }
}
