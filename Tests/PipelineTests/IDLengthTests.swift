import Foundation
import QuarterlyContent
import QuarterlyModel
import QuarterlyTestSupport
import Testing

/// Issue 20 (8): an id becomes file names in the site (`measures/<id>.json`), so `check`
/// limits its length; a 252-character id used to pass `check` and fail `build`.
@Suite struct IDLengthTests {
    static func site(actionID id: String) throws -> URL {
        try Fixtures.minimalSite(with: [
            "actions/\(id).md": "---\nref: 9.1\ntitle: Long\noutcome: healthy\n---\n",
            "quarters/2019-20-q2/actions/\(id).md": "---\nrag: green\n---\nOn track.\n",
        ])
    }

    @Test func theLongestIDAllowedBuilds() throws {
        let id = String(repeating: "a", count: ContentTree.maximumIDLength)
        let content = try Self.site(actionID: id)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        #expect(Fixtures.validate(content).diagnostics.errors.isEmpty)
        try Fixtures.withBuiltSite(content) { output, _ in
            #expect(
                FileManager.default.fileExists(atPath: output.appendingPathComponent("actions/\(id)/index.html").path))
        }
    }

    @Test(arguments: [ContentTree.maximumIDLength + 1, 252])
    func aLongerIDIsRefusedByCheck(_ length: Int) throws {
        let id = String(repeating: "b", count: length)
        let content = try Self.site(actionID: id)
        defer { try? FileManager.default.removeItem(at: content.deletingLastPathComponent()) }
        let errors = Fixtures.validate(content).diagnostics.errors
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { $0.code == .invalidID && $0.message.contains("is \(length) characters long") })
    }
}
