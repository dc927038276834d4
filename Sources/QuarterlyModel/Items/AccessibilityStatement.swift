/// The facts a UK public sector accessibility statement needs that only the council
/// knows (`accessibility:` in `site.yml`); the rest of the model statement is fixed text.
public struct AccessibilityStatement: Sendable, Equatable {
    public var email: String?
    public var phone: String?
    public var compliance = ComplianceStatus.partial
    /// Content known not to meet the standard, one sentence each.
    public var issues: [String] = []
    /// Working days within which a request for another format is answered.
    public var responseDays = 5
    public var prepared: CalendarDate?
    public var reviewed: CalendarDate?

    public init() {}

    public static let fields = FieldSet<AccessibilityStatement>(
        blank: AccessibilityStatement(),
        [
            Field("email", \.email, .text, "Contact for accessibility problems, on the `/accessibility/` statement."),
            Field("phone", \.phone, .text, "A phone number for the same."),
            Field(
                "compliance", \.compliance, .word(ComplianceStatus.self),
                "The statement's compliance status with WCAG 2.2 AA; `partial` until people have tested the site."),
            Field("issues", \.issues, .textList, "Content known not to be accessible, one sentence each."),
            Field("response_days", \.responseDays, .integer, "Working days to answer a request for another format."),
            Field("prepared", \.prepared, .date, "When the statement was prepared."),
            Field("reviewed", \.reviewed, .date, "When the statement was last reviewed."),
        ])
}

/// The three compliance statuses of the model statement. `partial` is the default:
/// automated checks pass on every build, but only people can confirm full compliance.
public enum ComplianceStatus: String, ContentWord {
    case full, partial, not

    /// The model statement's sentence for WCAG 2.2 AA (`accessibility.compliance.*`). It
    /// points to the non-compliances "listed below" only when some are listed (`issues`);
    /// without any, it says why the site is not declared fully compliant instead of
    /// pointing to an empty list.
    public func sentence(listsIssues: Bool) -> Message {
        let form =
            switch (self, listsIssues) {
            case (.full, _): "full"
            case (.partial, true): "partialListed"
            case (.partial, false): "partialUntested"
            case (.not, true): "notListed"
            case (.not, false): "not"
            }
        return Message("accessibility.compliance." + form)
    }
}
