import Foundation
import QuarterlyBuild
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// A build that fails still hands back its warnings with its errors, so `quarterly build`
/// prints every problem at once.
@Suite struct FailedBuildWarningsTests {
    static let foi = "quarters/2019-20-q2/measures/foi-responses.md"

    /// `quarterly build` prints every diagnostic of a failed build, warnings too.
    @Test func aFailedBuildCarriesTheWarnings() throws {
        let content = try Fixtures.minimalSite(with: [
            "quarters/2019-20-q2/actions/care-communities.md": "---\nrag: amber\nstatuss: x\n---\n",
            Self.foi: "---\nvalue: 0.65\n---\n",
        ])
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let output = Fixtures.temporaryFolder().appendingPathComponent("public")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        #expect {
            try Fixtures.build(content: content, output: output)
        } throws: { error in
            let diagnostics = (error as? BuildFailure)?.diagnostics ?? []
            return diagnostics.contains { $0.isError } && diagnostics.contains { $0.code == .valueLooksLikeFraction }
        }
    }
}
