import QuarterlyRender
import Testing

/// Where a site is published is a setting of the build: site.yml's `base_url`, unless
/// `--base-url` says otherwise; a path alone keeps site.yml's host.
@Suite struct DeploymentTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let site: String
        let override: String?
        let baseURL: String
        let origin: String?
        let basePath: String
        var testDescription: String { "\(site) with \(override ?? "no override")" }
    }

    @Test(arguments: [
        Case(site: "/", override: nil, baseURL: "/", origin: nil, basePath: "/"),
        Case(
            site: "https://example.org/plan", override: nil, baseURL: "https://example.org/plan",
            origin: "https://example.org", basePath: "/plan/"),
        Case(
            site: "https://example.org/plan/", override: "/lancashire/",
            baseURL: "https://example.org/lancashire/", origin: "https://example.org", basePath: "/lancashire/"),
        Case(site: "/", override: "/sub", baseURL: "/sub", origin: nil, basePath: "/sub/"),
        Case(
            site: "https://example.org/", override: "http://mirror.example.net",
            baseURL: "http://mirror.example.net", origin: "http://mirror.example.net", basePath: "/"),
    ])
    func deployment(_ c: Case) {
        let deployment = Deployment(siteBaseURL: c.site, override: c.override)
        #expect(deployment.baseURL == c.baseURL)
        #expect(deployment.origin == c.origin)
        #expect(deployment.basePath == c.basePath)
    }
}
