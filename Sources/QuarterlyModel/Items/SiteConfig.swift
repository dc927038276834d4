/// `content/site.yml`: who publishes the site and the site-wide rules.
public struct SiteConfig: Sendable {
    public var organisation = ""
    public var title = ""
    public var description: String?
    /// Where the site is hosted, e.g. `https://example.org/council-plan/`, or `/`
    /// (a build may publish it elsewhere: see `Deployment`).
    public var baseURL = "/"
    public var language = "en-GB"
    /// The site's languages, the default first (`[cy, en]`); empty for one language.
    public var languages: [String] = []
    /// Whether a missing translation is an error rather than a warning.
    public var completeTranslations = false
    public var licence = Licence.openGovernment
    /// Where the content is kept, for the footer's source and "suggest a correction" links.
    public var repository: Repository?
    /// The 5×5 risk scoring key (`risk_key:`).
    public var riskKey = RiskKey.standard
    /// What the `/accessibility/` statement says.
    public var accessibility = AccessibilityStatement()
    public var tolerances = Tolerances.referenceKey
    /// What each RAG status means, in the site's words (`rag_key:`).
    public var ragKey = RAGKeyWords()
    /// 1–12; 4 (April) for UK councils.
    public var financialYearStart = 4
    public var benchmarks = Benchmarks()

    public init() {}

    /// The default language's code and the others' (`cy`, `en`); one language when
    /// `languages` is empty.
    public var languageCodes: [String] {
        languages.isEmpty ? [LanguageCode.primary(language)] : languages.map(LanguageCode.primary)
    }

    /// The `lang` of pages in `code`: the site's own tag (`en-GB`) for its default.
    public func languageTag(_ code: String) -> String {
        code == languageCodes.first && LanguageCode.primary(language) == code ? language : code
    }
}

extension SiteConfig: ContentItem {
    public static let kind = ContentKind.site
    public static let fields = FieldSet<SiteConfig>(
        blank: SiteConfig(),
        [
            Field(
                "organisation", \.organisation, .text, "The council or body publishing the reports.", required: true,
                example: "Cumbria County Council", openData: "organisation", translated: true),
            Field(
                "title", \.title, .text, "The site's title, e.g. the plan's name.", required: true,
                example: "Council Plan Delivery Plan", openData: "title", translated: true),
            Field(
                "description", \.description, .text, "One sentence shown on the home page and in link previews.",
                openData: "description", translated: true),
            Field(
                "base_url", \.baseURL, .siteAddress,
                "Where the site is hosted; its path (e.g. `/council-plan/`) prefixes every link. `quarterly build --base-url` overrides it.",
                openData: "base_url"),
            Field(
                "language", \.language, .text,
                "The pages' `lang` (and their words: `en` or `cy`), e.g. `en-GB`; on a site with `languages`, the default language's.",
                openData: "language"),
            Field(
                "languages", \.languages, .textList,
                "For a site in several languages, their codes with the default first, e.g. `[cy, en]`: the content files are in the first, each other language's words are in twins named `<file>.<code>.md` (and `site.<code>.yml`), and its pages are under `/<code>/` (see Languages in content-format.md).",
                example: "[cy, en]", openData: "languages"),
            Field(
                "complete_translations", \.completeTranslations, .boolean,
                "Whether a content file without its translation is an error (otherwise a warning)."),
            Field("licence", \.licence, .object(Licence.fields), "Licence of the content and data."),
            Field(
                "accessibility", \.accessibility, .object(AccessibilityStatement.fields),
                "What the `/accessibility/` statement says."),
            Field(
                "tolerances", \.tolerances, .object(Tolerances.fields),
                "How far off target a measure may be and still be Green or Amber (see How statuses are computed in content-format.md).",
                openData: "tolerances"),
            Field(
                "rag_key", \.ragKey, .object(RAGKeyWords.fields),
                "What each RAG status means, in the council's own words, for the RAG key on every report."),
            Field(
                "financial_year_start", \.financialYearStart, .month, "First month of the financial year.",
                openData: "financial_year_start"),
            Field(
                "repository", \.repository, .object(Repository.fields),
                "Where the content is kept, for \"Source\" and \"Suggest a correction\" links."),
            Field("risk_key", \.riskKey, .object(RiskKey.fields), "The 5×5 risk scoring key."),
            Field(
                "benchmarks", \.benchmarks, .object(Benchmarks.fields),
                "How `quarterly import` reads a benchmarking export (LG Inform and similar: area, period, value) into comparator figures: which area is which comparator, which metric is which measure."
            ),
        ],
        check: { site, check in
            // Each language is a code of two or three lower-case letters, listed once: it
            // names its translations (`x.cy.md`) and its pages' folder (`/cy/`).
            var seen: Set<String> = []
            for code in site.languages {
                let valid = (2...3).contains(code.count) && code.allSatisfy { $0.isASCII && $0.isLowercase }
                if !valid || !seen.insert(code).inserted {
                    check.report(
                        .invalidValue, at: check.position(of: "languages"),
                        valid
                            ? "`\(code)` is listed twice in `languages`"
                            : "`\(code)` is not a language code of two or three lower-case letters",
                        hint: "List each language once by its code, the default first, e.g. `languages: [cy, en]`.")
                }
            }
        })
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

    public static let fields = FieldSet<Licence>(
        blank: .openGovernment,
        [
            Field("name", \.name, .text, "The licence's name.", openData: "name"),
            Field("url", \.url, .webAddress, "The licence's address.", openData: "url"),
        ])
}
