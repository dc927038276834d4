import QuarterlyModel

/// `/accessibility/`: the accessibility statement, on the UK model statement's
/// headings, filled in from `site.yml`, in the words of the catalogue (`accessibility.*`).
final class AccessibilityPage: TemplateContext {
    let site: SiteConfig
    let issues: [TextValue]
    let words: Catalogue

    init(fragments: Fragments) {
        site = fragments.graph.site
        words = fragments.words
        issues = site.accessibility.issues.map(TextValue.init(text:))
    }

    var statement: AccessibilityStatement { site.accessibility }

    private var organisation: MessageArgument { .text(site.organisation) }

    /// A sentence with a link in it, as HTML.
    private func linked(_ key: String, _ link: String, to url: String) -> String {
        words.text(
            Message(key, ["link": .markup("<a href=\"\(HTMLText.escape(url))\">\(HTMLText.escape(link))</a>")]),
            escaping: HTMLText.escape)
    }

    /// A sentence ending with the email link.
    private func emailSentence(_ key: String) -> String? {
        statement.email.map { linked(key, $0, to: "mailto:" + $0) }
    }

    /// When the statement was prepared and last reviewed, as far as site.yml says.
    private var preparation: String {
        let prepared = statement.prepared.map { MessageArgument.message($0.name) }
        let reviewed = statement.reviewed.map { MessageArgument.message($0.name) }
        return switch (prepared, reviewed) {
        case (let prepared?, let reviewed?):
            words.text("accessibility.preparedAndReviewed", ["prepared": prepared, "reviewed": reviewed])
        case (let prepared?, nil): words.text("accessibility.prepared", ["prepared": prepared])
        case (nil, let reviewed?): words.text("accessibility.reviewed", ["reviewed": reviewed])
        case (nil, nil): words["accessibility.builtBy"]
        }
    }

    static func content(_ fragments: Fragments) -> PageContent<AccessibilityPage> {
        let title = fragments.words["accessibility.title"]
        return PageContent(
            body: AccessibilityPage(fragments: fragments), title: title, current: title, section: "accessibility")
    }

    static let fields = FieldTable<AccessibilityPage>([
        .text("organisation", "The council's name.") { $0.site.organisation },
        .text("siteTitle", "The site's title.") { $0.site.title },
        .text("heading", "The page's heading, naming the site (`accessibility.heading`).") {
            $0.words.text("accessibility.heading", ["site": .text($0.site.title)])
        },
        .text("covers", "What the statement covers (`accessibility.covers`).") {
            $0.words.text("accessibility.covers", ["site": .text($0.site.title), "organisation": $0.organisation])
        },
        .text("wants", "The sentence before what a reader should be able to do (`accessibility.wants`).") {
            $0.words.text("accessibility.wants", ["organisation": $0.organisation])
        },
        .html(
            "abilityNet",
            "Where to find advice on making a device easier to use, with its link (`accessibility.abilityNet`)."
        ) {
            $0.linked(
                "accessibility.abilityNet", $0.words["accessibility.abilityNetLink"],
                to: "https://mcmw.abilitynet.org.uk/")
        },
        .text(
            "complianceSentence",
            "The model statement's sentence for the compliance status in site.yml (`accessibility.compliance.*`)."
        ) {
            $0.words.text($0.statement.compliance.sentence(listsIssues: !$0.issues.isEmpty))
        },
        .flag("isCompliant", "Whether the site is declared fully compliant.") { $0.statement.compliance == .full },
        .list("issues", "Content known not to meet the standard, one sentence each.") { $0.issues },
        .flag("hasIssues", "Whether any issues are listed.") { !$0.issues.isEmpty },
        .number("responseDays", "Working days within which a request for another format is answered.") {
            $0.statement.responseDays
        },
        .text("response", "When a request for another format is answered (`accessibility.response`).") {
            $0.words.text("accessibility.response", ["count": .count($0.statement.responseDays)])
        },
        .flag("hasContact", "Whether an email address or a phone number is given.") {
            $0.statement.email != nil || $0.statement.phone != nil
        },
        .context("email", "The address for requests and reports, when given.") {
            $0.statement.email.map(EmailAddress.init)
        },
        .html("byEmail", "\"email\" and the address's link, when given (`accessibility.byEmail`).") {
            $0.emailSentence("accessibility.byEmail")
        },
        .context("phone", "The phone number, when given.") { $0.statement.phone.map(TextValue.init(text:)) },
        .text("byPhone", "\"call\" and the phone number, when given (`accessibility.byPhone`).") { page in
            page.statement.phone.map { page.words.text("accessibility.byPhone", ["phone": .text($0)]) }
        },
        .text("noContact", "What to do when no address or number is given (`accessibility.noContact`).") {
            $0.words.text("accessibility.noContact", ["organisation": $0.organisation])
        },
        .html(
            "reportingSentence",
            "How to report a problem: by email when an address is given, else to the council (`accessibility.reportingByEmail`, `accessibility.reportingToOrganisation`)."
        ) {
            $0.emailSentence("accessibility.reportingByEmail")
                ?? HTMLText.escape(
                    $0.words.text("accessibility.reportingToOrganisation", ["organisation": $0.organisation]))
        },
        .html(
            "enforcementSentence",
            "Who enforces the regulations, with the advisory service's link (`accessibility.enforcementBody`)."
        ) {
            $0.linked(
                "accessibility.enforcementBody", $0.words["accessibility.enforcementLink"],
                to: "https://www.equalityadvisoryservice.com/")
        },
        .text("committed", "The council's commitment under the regulations (`accessibility.committed`).") {
            $0.words.text("accessibility.committed", ["organisation": $0.organisation])
        },
        .context("prepared", "When the statement was prepared, when given.") {
            page in page.statement.prepared.map { TextValue(text: page.words.text($0.name)) }
        },
        .context("reviewed", "When it was last reviewed, when given.") {
            page in page.statement.reviewed.map { TextValue(text: page.words.text($0.name)) }
        },
        .text(
            "preparation",
            "When the statement was prepared and reviewed, or how it was made when site.yml does not say (`accessibility.prepared`, `preparedAndReviewed`, `reviewed`, `builtBy`)."
        ) { $0.preparation },
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
