import QuarterlyModel
import Testing

/// Issue 20 (6): `base_url` ends up in robots.txt, the feed, the sitemap and every
/// link, so it must be one plain address: a newline in it added `Disallow: /` to robots.txt.
@Suite struct SiteAddressTests {
    @Test(arguments: [
        "/", "/council-plan/", "https://example.org", "https://www.example.gov.uk/council-plan/",
        "http://localhost:8000/", "https://example.github.io/plan",
    ])
    func accepted(_ address: String) {
        #expect(SiteAddress.problem(address) == nil)
    }

    @Test(arguments: [
        ("https://example.org/plan/\nDisallow: /", "must not contain spaces, line breaks"),
        ("https://example.org/\r", "must not contain spaces, line breaks"),
        ("https://exa mple.org/", "must not contain spaces, line breaks"),
        ("/plan/\u{1B}", "must not contain spaces, line breaks"),
        ("https://example.org/\u{2028}x", "must not contain spaces, line breaks"),
        ("//evil.example/", "must start with a single /"),
        ("www.example.org/plan/", "must start with https://, http:// or /"),
        ("javascript:alert(1)", "must start with https://, http:// or /"),
        ("https://", "must be a web address"),
        ("https:///plan/", "must be a web address"),
        ("https://council.gov.uk@evil.example/", "without @, ? or #"),
        ("https://example.org/plan/?x=1", "without @, ? or #"),
        ("https://example.org/plan/#top", "without @, ? or #"),
    ])
    func refused(_ address: String, _ problem: String) {
        #expect(SiteAddress.problem(address)?.contains(problem) == true, "\(address.debugDescription)")
    }

    @Test func theProblemNamesWhatHoldsTheAddress() {
        #expect(
            SiteAddress.problem("ftp://x/", name: "--base-url") == "--base-url must start with https://, http:// or /")
    }
}
