import QuarterlyContent
import Testing

/// Issue 20 (2): a folder that cannot be listed says why, instead of looking empty
/// (UnreadableFolderTests runs the whole check as an ordinary user).
@Suite struct FolderListingTests {
    @Test func theListingSaysWhyItFailed() {
        guard case .failure(let failure) = FolderListing.read("/no/such/folder") else {
            Issue.record("a missing folder listed as empty")
            return
        }
        #expect(failure.reason == "no such file or directory")
        #expect(FolderListing.entries(in: "/no/such/folder").isEmpty)
    }
}
