import QuarterlyModel

/// `/accessibility/`: the accessibility statement, on the UK model statement's
/// headings, filled in from `site.yml`.
struct AccessibilityPage {
    let fragments: Fragments
    var graph: AssessedGraph { fragments.graph }

    func content() -> PageContent {
        let site = graph.site
        let statement = site.accessibility
        var model: ViewModel = [
            "organisation": site.organisation, "siteTitle": site.title,
            "complianceSentence": statement.compliance.sentence,
            "isCompliant": statement.compliance == .full,
            "issues": statement.issues.map { ["text": $0] as ViewModel },
            "hasIssues": !statement.issues.isEmpty,
            "responseDays": statement.responseDays,
            "hasContact": statement.email != nil || statement.phone != nil,
        ]
        if let email = statement.email { model["email"] = ["text": email, "href": "mailto:" + email] as ViewModel }
        if let phone = statement.phone { model["phone"] = ["text": phone] as ViewModel }
        if let prepared = statement.prepared { model["prepared"] = ["text": prepared.long] as ViewModel }
        if let reviewed = statement.reviewed { model["reviewed"] = ["text": reviewed.long] as ViewModel }
        return PageContent(
            model: model, title: "Accessibility statement", current: "Accessibility statement", section: "accessibility"
        )
    }
}
