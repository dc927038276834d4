/// The facts a UK public sector accessibility statement needs that only the council
/// knows (`accessibility:` in `site.yml`); the rest of the model statement is fixed text.
public struct AccessibilityStatement: Sendable, Equatable {
    public var email: String?
    public var phone: String?
    public var compliance: ComplianceStatus
    /// Content known not to meet the standard, one sentence each.
    public var issues: [String]
    /// Working days within which a request for another format is answered.
    public var responseDays: Int
    public var prepared: CalendarDate?
    public var reviewed: CalendarDate?

    public init(
        email: String? = nil, phone: String? = nil, compliance: ComplianceStatus = .partial,
        issues: [String] = [], responseDays: Int = 5, prepared: CalendarDate? = nil, reviewed: CalendarDate? = nil
    ) {
        self.email = email
        self.phone = phone
        self.compliance = compliance
        self.issues = issues
        self.responseDays = responseDays
        self.prepared = prepared
        self.reviewed = reviewed
    }
}

/// The three compliance statuses of the model statement. `partial` is the default:
/// automated checks pass on every build, but only people can confirm full compliance.
public enum ComplianceStatus: String, ContentWord {
    case full, partial, not

    /// The model statement's sentence for WCAG 2.2 AA.
    public var sentence: String {
        switch self {
        case .full:
            "This website is fully compliant with the Web Content Accessibility Guidelines version 2.2 AA standard."
        case .partial:
            "This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard, due to the non-compliances listed below."
        case .not:
            "This website is not compliant with the Web Content Accessibility Guidelines version 2.2 AA standard. The non-compliances are listed below."
        }
    }
}
