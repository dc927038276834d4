import QuarterlyModel

/// `site.yml`.
enum SiteDecoder {
    static let keys = [
        "organisation", "title", "description", "base_url", "language", "licence",
        "accessibility", "tolerances", "financial_year_start", "repository", "risk_key",
    ]

    static func decode(_ fields: Fields) -> SiteConfig? {
        let organisation = fields.text("organisation", required: true, example: "Cumbria County Council")
        let title = fields.text("title", required: true, example: "Council Plan Delivery Plan")
        var site = SiteConfig(organisation: organisation ?? "", title: title ?? "")
        site.description = fields.text("description")
        if let base = fields.text("base_url") {
            if base.hasPrefix("http://") || base.hasPrefix("https://") || base.hasPrefix("/") {
                site.baseURL = base
            } else {
                fields.report(
                    .invalidValue, at: fields.position(ofValue: "base_url"),
                    "`base_url` must start with https://, http:// or /",
                    hint: "For example `base_url: https://www.example.gov.uk/council-plan/` or `base_url: /`.")
            }
        }
        site.language = fields.text("language") ?? site.language
        if let licence = fields.nested("licence") {
            site.licence.name = licence.text("name") ?? site.licence.name
            site.licence.url = webAddress(licence, "url") ?? site.licence.url
            licence.finish(allowed: ["name", "url"])
            fields.absorb(licence)
        }
        if let contact = fields.nested("accessibility") {
            var statement = AccessibilityStatement(email: contact.text("email"), phone: contact.text("phone"))
            statement.compliance = contact.word("compliance", as: ComplianceStatus.self) ?? statement.compliance
            statement.issues = contact.textList("issues").map(\.0)
            statement.responseDays = contact.integer("response_days") ?? statement.responseDays
            statement.prepared = contact.date("prepared")
            statement.reviewed = contact.date("reviewed")
            site.accessibility = statement
            contact.finish(allowed: ["email", "phone", "compliance", "issues", "response_days", "prepared", "reviewed"])
            fields.absorb(contact)
        }
        if let repository = fields.nested("repository") {
            if let url = webAddress(repository, "url", required: true) {
                site.repository = Repository(url: url, editURL: webAddress(repository, "edit_url"))
            }
            repository.finish(allowed: ["url", "edit_url"])
            fields.absorb(repository)
        }
        if let key = fields.nested("risk_key") {
            site.riskKey = riskKey(key, defaults: site.riskKey)
            key.finish(allowed: ["likelihood", "impact", "opportunity_impact", "bands"])
            fields.absorb(key)
        }
        if let tolerances = ToleranceDecoder.decode(fields, defaults: site.tolerances) {
            site.tolerances = tolerances
        }
        if fields.has("financial_year_start") {
            let raw = fields.text("financial_year_start") ?? ""
            if let month = month(from: raw) {
                site.financialYearStart = month
            } else {
                fields.report(
                    .invalidValue, at: fields.position(ofValue: "financial_year_start"),
                    "`\(raw)` is not a month", hint: "Write a month name such as `April`, or its number 1–12.")
            }
        }
        fields.finish(allowed: keys)
        return organisation == nil || title == nil ? nil : site
    }

    /// An address that becomes a link on every page: only http and https, so no
    /// `javascript:` or `data:` URL can reach a reader.
    static func webAddress(_ fields: Fields, _ key: String, required: Bool = false) -> String? {
        guard let text = fields.text(key, required: required, example: "https://github.com/council/plan") else {
            return nil
        }
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else {
            fields.report(
                .invalidValue, at: fields.position(ofValue: key),
                "`\(key)` must be a web address starting with https://",
                hint: "For example `\(key): https://github.com/council/plan`.")
            return nil
        }
        return text
    }

    /// `risk_key:` five words each for likelihood and impact, and the bands as
    /// `name: lowest score`, e.g. `bands: {Low: 1, Medium: 5, High: 10, Very high: 16}`.
    static func riskKey(_ fields: Fields, defaults: RiskKey) -> RiskKey {
        var key = defaults
        for (name, path) in [
            ("likelihood", \RiskKey.likelihood), ("impact", \RiskKey.impact),
            ("opportunity_impact", \RiskKey.opportunityImpact),
        ]
        where fields.has(name) {
            let words = fields.textList(name).map(\.0)
            if words.count == 5 {
                key[keyPath: path] = words
            } else {
                fields.report(
                    .invalidValue, at: fields.position(ofValue: name), "`\(name)` needs five words, from 1 to 5",
                    hint: "For example `[Rare, Unlikely, Possible, Likely, Certain]`.")
            }
        }
        if fields.has("bands") {
            var bands: [RiskBand] = []
            for entry in fields.entries("bands") {
                if let figure = fields.figure(entry.value, name: "the band `\(entry.name)`"),
                    let from = Int(exactly: figure.value), (1...25).contains(from)
                {
                    bands.append(RiskBand(name: entry.name, from: from))
                } else {
                    fields.report(
                        .invalidValue, at: entry.position,
                        "band `\(entry.name)` must start at a whole score from 1 to 25",
                        hint: "Give each band its lowest score, e.g. `High: 10`.")
                }
            }
            if !bands.isEmpty { key.bands = bands.sorted { $0.from < $1.from } }
        }
        return key
    }

    static func month(from text: String) -> Int? {
        if let number = Int(text), (1...12).contains(number) { return number }
        return CalendarDate.monthNames.firstIndex { $0.lowercased() == text.lowercased() }.map { $0 + 1 }
    }
}
