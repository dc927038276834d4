import QuarterlyModel

/// What every page's layout needs: site identity, navigation, breadcrumbs, draft banner.
/// These fields are part of every page's context, beside the page's own; those that are
/// the same on every page of a language are `SiteShell`'s.
final class PageShell: TemplateContext {
    let pageTitle: String
    let common: SiteShell
    let metaDescription: String
    let canonical: Address?
    let repository: RepositoryLinks?
    let nav: [NavItem]
    let breadcrumbs: [LabelledLink]
    let currentCrumb: String
    let hasBreadcrumbs: Bool
    let searchIndexed: Bool
    let printMarks: PrintMarks
    let strings: TemplateStrings
    /// The page in each of the site's languages (none for a site in one).
    let languages: [LanguageLink]

    /// - Parameters:
    ///   - common: what is the same on every page of the site's language, worked out once.
    ///   - page: the page's title (the organisation is appended), the trail above it
    ///     (home is added first), its navigation section and its source file.
    ///   - url: the page's address, for its canonical link.
    ///   - searchIndexed: whether the search index takes in the page.
    ///   - sections: the navigation's sections (`NavItem.sections(in:)`), worked out once
    ///     per site rather than for every page.
    init<Body>(
        common: SiteShell, strings: TemplateStrings, words: Catalogue, sections: [NavSection],
        page: PageContent<Body>, url: String,
        searchIndexed: Bool, languages: [LanguageLink] = []
    ) {
        let site = common.site.config
        let links = common.links
        let title = words.text("page.title", ["page": .text(page.title), "organisation": .text(site.organisation)])
        pageTitle = common.draftQuarters == nil ? title : words.text("page.draftTitle", ["title": .text(title)])
        self.common = common
        self.languages = languages
        self.strings = strings
        metaDescription = page.description ?? common.siteDescription
        canonical = links.origin.map { Address(url: $0 + url) }
        repository = site.repository.map { repository in
            RepositoryLinks(
                url: repository.url,
                edit: page.sourcePath.flatMap(repository.editLink(for:)).map(Address.init(url:)))
        }
        nav = NavItem.items(sections, links: links, current: page.section)
        breadcrumbs = [LabelledLink(label: words["nav.home"], url: links.home)] + page.crumbs
        currentCrumb = page.current
        hasBreadcrumbs = page.section != "home"
        self.searchIndexed = searchIndexed
        let head =
            page.runningHead
            ?? words.text("print.runningHead", ["organisation": .text(site.organisation), "page": .text(page.title)])
        printMarks = PrintMarks(
            runningHead: common.draftQuarters == nil
                ? head : words.text("print.draftRunningHead", ["head": .text(head)]),
            address: (links.origin ?? "") + url, words: words)
    }

    static let fields = FieldTable<PageShell>(
        [
            .text("pageTitle", "The page's title and the organisation; marked as a draft when drafts are shown.") {
                $0.pageTitle
            },
            .strings("t", "The words of the site's language (`templates/strings/`): `{{t.nav.home}}`.") { $0.strings },
            .list(
                "alternates",
                "The page in every language of the site, this one included, for `hreflang` links (none for a site in one language)."
            ) {
                $0.languages
            },
            .list("otherLanguages", "The page in each other language: the language link at the top of the page.") {
                $0.languages.filter { !$0.isCurrent }
            },
            .text("metaDescription", "One sentence about the page for search engines and link previews.") {
                $0.metaDescription
            },
            .context("canonical", "The page's full address, when site.yml's base_url names a host.") { $0.canonical },
            .context("repository", "Where the content is kept, when site.yml names a repository.") { $0.repository },
            .list("nav", "The main navigation.") { $0.nav },
            .html(
                "navMarkup",
                "The main navigation's links, each as `partials/nav-item` renders it: made once per link and language, not on every page."
            ) { shell in shell.nav.map { RenderScope.current?.repeated?.markup($0) ?? "" }.joined() },
            .list("breadcrumbs", "The trail above this page, from Home.") { $0.breadcrumbs },
            .text("currentCrumb", "This page's own place in the trail.") { $0.currentCrumb },
            .flag("hasBreadcrumbs", "Whether the page shows the trail (every page but the home page).") {
                $0.hasBreadcrumbs
            },
            .flag("searchIndexed", "Whether the search index takes in the page (not the 404 and search pages).") {
                $0.searchIndexed
            },
            .text(
                "printMarks",
                "CSS declarations of `--running-head` (the printed header: organisation and title; a report's plan, quarter and date) and `--page-address`, as CSS strings, for `<html style>`."
            ) { $0.printMarks.declarations },
        ] + SiteShell.fields.fields.map { $0.reached(through: \.common) })
}

/// The site's identity from `site.yml`.
final class SiteIdentity: TemplateContext, Sendable {
    let config: SiteConfig

    init(_ config: SiteConfig) { self.config = config }

    static let fields = FieldTable<SiteIdentity>([
        .text("organisation", "The council's name.") { $0.config.organisation },
        .text("title", "The plan's or site's title.") { $0.config.title },
        .text("language", "The pages' language code, e.g. `en-GB`.") { $0.config.language },
        .context("description", "The site's description, when site.yml has one.") {
            $0.config.description.map(TextValue.init(text:))
        },
        .text("licenceName", "The open data licence's name.") { $0.config.licence.name },
        .text("licenceURL", "The licence's address.") { $0.config.licence.url },
    ])
}

/// The footer's link to the content's repository and, for a page made from one file,
/// the link that suggests a correction to it.
final class RepositoryLinks: TemplateContext {
    let url: String
    let edit: Address?

    init(url: String, edit: Address?) {
        self.url = url
        self.edit = edit
    }

    static let fields = FieldTable<RepositoryLinks>([
        .text("url", "The repository's address.") { $0.url },
        .context("edit", "Where to edit this page's content file, when there is one.") { $0.edit },
    ])
}

/// A section of the main navigation: the page kind it leads to, and its words.
struct NavSection: Sendable {
    let kind: PageKind
    let label: String
}

/// One item of the main navigation.
final class NavItem: TemplateContext {
    let label: String
    let url: String
    let current: Bool

    init(label: String, url: String, current: Bool) {
        self.label = label
        self.url = url
        self.current = current
    }

    static let partial = "partials/nav-item"

    /// What the link's markup depends on (`RepeatedMarkup`).
    struct Key: Hashable {
        let label: String
        let url: String
        let current: Bool
    }

    var key: Key { Key(label: label, url: url, current: current) }

    /// The sections the site has: the views by exception and by owner once there is a
    /// report (and an owner), the register when there are risks. Whether there is an
    /// owner looks at every item of the latest report, so this is worked out once per
    /// site, not per page (per page it was most of a large site's build).
    static func sections(in graph: AssessedGraph, words: Catalogue) -> [NavSection] {
        let has = { (kind: PageKind) in kind.items.ids(in: graph).isEmpty == false }
        let section = { (kind: PageKind, key: String) in NavSection(kind: kind, label: words["nav." + key]) }
        let items: [NavSection] =
            [
                section(.home, "home"), section(.quarters, "quarters"), section(.exceptions, "exceptions"),
                section(.owners, "owners"),
            ]
            .filter { $0.kind == .home || $0.kind == .quarters || has($0.kind) }
            + [section(.trends, "trends")]
        return items + (has(.risks) ? [section(.risks, "risks")] : [])
            + [section(.aToZ, "aToZ"), section(.search, "search")]
    }

    /// One page's navigation: the site's sections, with the page's own marked current.
    static func items(_ sections: [NavSection], links: Links, current section: String) -> [NavItem] {
        // A page's navigation section is named as the page kind it belongs under.
        sections.map { NavItem(label: $0.label, url: links.url($0.kind), current: $0.kind.name == section) }
    }

    static let fields = FieldTable<NavItem>([
        .text("label", "The item's words.") { $0.label },
        .text("url", "Its address.") { $0.url },
        .flag("current", "Whether this page is in that section.") { $0.current },
    ])
}

/// The same page in one of the site's languages.
final class LanguageLink: TemplateContext {
    let tag: String
    let name: String
    let url: String
    let path: String
    let isCurrent: Bool

    init(tag: String, name: String, url: String, path: String, isCurrent: Bool) {
        self.tag = tag
        self.name = name
        self.url = url
        self.path = path
        self.isCurrent = isCurrent
    }

    static let fields = FieldTable<LanguageLink>([
        .text("lang", "The language's tag, e.g. `cy`: for `hreflang` and `lang`.") { $0.tag },
        .text("name", "The language's name in itself: \"Cymraeg\", \"English\" (`language.name`).") { $0.name },
        .text("url", "The page in that language (its full address when the site's host is known).") { $0.url },
        .text("path", "The page in that language, as a path (for a link that works in a preview too).") { $0.path },
        .flag("isCurrent", "Whether it is this page's own language.") { $0.isCurrent },
    ])
}
