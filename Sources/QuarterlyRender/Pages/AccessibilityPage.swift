import QuarterlyModel

/// `/accessibility/`: the accessibility statement, on the UK model statement's
/// headings, filled in from `site.yml`.
final class AccessibilityPage: TemplateContext {
    let site: SiteConfig
    let issues: [TextValue]

    init(fragments: Fragments) {
        site = fragments.graph.site
        issues = site.accessibility.issues.map(TextValue.init(text:))
    }

    var statement: AccessibilityStatement { site.accessibility }

    static func content(_ fragments: Fragments) -> PageContent<AccessibilityPage> {
        PageContent(
            body: AccessibilityPage(fragments: fragments), title: "Accessibility statement",
            current: "Accessibility statement",
            section: "accessibility")
    }

    static let fields = FieldTable<AccessibilityPage>([
        .text("organisation", "The council's name.") { $0.site.organisation },
        .text("siteTitle", "The site's title.") { $0.site.title },
        .text("complianceSentence", "The model statement's sentence for the compliance status in site.yml.") {
            $0.statement.compliance.sentence(listsIssues: !$0.issues.isEmpty)
        },
        .flag("isCompliant", "Whether the site is declared fully compliant.") { $0.statement.compliance == .full },
        .list("issues", "Content known not to meet the standard, one sentence each.") { $0.issues },
        .flag("hasIssues", "Whether any issues are listed.") { !$0.issues.isEmpty },
        .number("responseDays", "Working days within which a request for another format is answered.") {
            $0.statement.responseDays
        },
        .flag("hasContact", "Whether an email address or a phone number is given.") {
            $0.statement.email != nil || $0.statement.phone != nil
        },
        .context("email", "The address for requests and reports, when given.") {
            $0.statement.email.map(EmailAddress.init)
        },
        .context("phone", "The phone number, when given.") { $0.statement.phone.map(TextValue.init(text:)) },
        .context("prepared", "When the statement was prepared, when given.") {
            $0.statement.prepared.map { TextValue(text: $0.long) }
        },
        .context("reviewed", "When it was last reviewed, when given.") {
            $0.statement.reviewed.map { TextValue(text: $0.long) }
        },
    ])
}

/// An email address and its `mailto:` link.
struct EmailAddress: TemplateContext {
    let text: String

    static let fields = FieldTable<EmailAddress>([
        .text("text", "The address.") { $0.text },
        .text("href", "Its `mailto:` link.") { "mailto:" + $0.text },
    ])
}
