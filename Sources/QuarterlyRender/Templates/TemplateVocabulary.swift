/// Every field name a page's view model can hold, at any depth. Templates may use only
/// these (`TemplateFields`); a test renders the examples and fails if a page holds a
/// name missing here, so adding a field to a view model means adding it here too.
enum TemplateVocabulary {
    static let fields: Set<String> = [
        "aToZ", "aToZURL", "accessibilityURL", "actionCaption", "actionCounts", "actionTotal", "actions", "all",
        "amber", "amberRange", "amberTolerance", "arrow", "band", "bands", "base", "breadcrumbs", "bundle", "canonical",
        "caption",
        "cellRows", "cells", "changes", "chart", "children", "class", "commentary", "comparatorNames", "comparators",
        "complete", "complianceSentence", "consequences", "consequencesHeading", "controls", "count", "counts",
        "csv", "current", "currentCrumb", "description", "details", "direction", "directionExplanation", "downloads",
        "draft", "draftQuarters", "edit", "email", "favicon", "feedURL", "finance", "from", "fromDirection", "green",
        "greenTolerance", "group", "groups", "hasActions", "hasBreadcrumbs", "hasChildren", "hasComparators",
        "hasConsequences", "hasContact", "hasControls", "hasGroups", "hasHistory", "hasIssues", "hasLatest",
        "hasLinked", "hasMeasures", "hasMitigations", "hasNotes", "hasOutcomes", "hasQuarters", "hasRisks",
        "hasUnplaced", "heading", "history", "href", "html", "id", "impact", "improvement", "introduction",
        "isAmber", "isComplete", "isCompliant", "isDirection", "isDraft", "isGreen", "isNone", "isRAG", "isRed",
        "isSupporting", "issues", "items", "json", "key", "kind", "label", "language", "latest", "letter", "letters",
        "licenceName", "licenceURL", "likelihoods", "linked", "linkedRisks", "matrixCaption", "measureCaption",
        "measureCounts", "measureImprovement", "measureProgress", "measureTotal", "measures", "meeting",
        "metaDescription", "milestone", "mitigations", "mitigationsHeading", "name", "nav", "notRated", "notes",
        "organisation", "outcome", "outcomes", "owner", "pageTitle", "parent", "period", "periodEnd", "periodEndISO",
        "phone", "plan", "prepared", "progress", "published", "quarter", "quarterCount", "quarters", "rag",
        "ragChanges", "ragExplanation", "range", "red", "ref", "refHistory", "reported", "repository", "residual",
        "responseDays", "reviewed", "risk", "rows", "score", "search", "searchable", "since", "site", "siteTitle",
        "status", "stylesheet", "summary", "svg", "target", "term", "text", "title", "to", "toDirection", "total",
        "trend", "trendsURL", "unplaced", "url", "value", "what", "word",
    ]
}
