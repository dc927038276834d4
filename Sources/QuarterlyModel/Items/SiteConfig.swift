import Foundation

/// `content/site.yml`: who publishes the site and the site-wide rules.
public struct SiteConfig: Sendable {
    public var organisation: String
    public var title: String
    public var description: String?
    /// Where the site is hosted, e.g. `https://example.org/council-plan/`, or `/`
    /// (a build may publish it elsewhere: see `Deployment`).
    public var baseURL: String
    public var language: String
    public var licence: Licence
    /// Where the content is kept, for the footer's source and "suggest a correction" links.
    public var repository: Repository?
    /// The 5×5 risk scoring key (`risk_key:`).
    public var riskKey: RiskKey = .standard
    /// What the `/accessibility/` statement says.
    public var accessibility: AccessibilityStatement
    public var tolerances: Tolerances
    /// 1–12; 4 (April) for UK councils.
    public var financialYearStart: Int

    public init(
        organisation: String, title: String, description: String? = nil, baseURL: String = "/",
        language: String = "en-GB", licence: Licence = .openGovernment,
        accessibility: AccessibilityStatement = AccessibilityStatement(),
        tolerances: Tolerances = .referenceKey, financialYearStart: Int = 4
    ) {
        self.organisation = organisation
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.language = language
        self.licence = licence
        self.accessibility = accessibility
        self.tolerances = tolerances
        self.financialYearStart = financialYearStart
    }
}

public struct Licence: Sendable, Equatable {
    public var name: String
    public var url: String

    public init(name: String, url: String) {
        self.name = name
        self.url = url
    }

    public static let openGovernment = Licence(
        name: "Open Government Licence v3.0",
        url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/")
}
