import QuarterlyModel

/// The layout's fields that are the same on every page of the site's language, worked
/// out once. The layout's tags that name them outside any section are written into it
/// as text (`LabelInlining`, `TemplateSet.writingIn`), as its labels are.
final class SiteShell: TemplateContext, Sendable {
    let site: SiteIdentity
    let links: Links
    let lang: String
    let hasOtherLanguages: Bool
    let draftQuarters: String?
    let draftBanner: String?
    let feedTitle: String
    let footerNotice: String
    /// The site's sentence for a page with none of its own.
    let siteDescription: String

    init(graph: AssessedGraph, links: Links, words: Catalogue, languageCount: Int) {
        let site = graph.site
        self.site = SiteIdentity(site)
        self.links = links
        lang = site.language
        hasOtherLanguages = languageCount > 1
        let drafts = graph.quarters.filter(\.isDraft).map { words.text($0.id.name) }
        draftQuarters = drafts.isEmpty ? nil : words.list(drafts)
        draftBanner = draftQuarters.map {
            words.text(
                Message(
                    "layout.draftBanner",
                    [
                        "quarters": .text($0),
                        "draft": .markup("<strong>" + HTMLText.escape(words["layout.draft"]) + "</strong>"),
                    ]), escaping: HTMLText.escape)
        }
        feedTitle = words.text("layout.feedTitle", ["title": .text(site.title)])
        let licence =
            "<a href=\"\(HTMLText.escape(site.licence.url))\">\(HTMLText.escape(site.licence.name))</a>"
        footerNotice = words.text(
            Message("layout.published", ["organisation": .text(site.organisation), "licence": .markup(licence)]),
            escaping: HTMLText.escape)
        siteDescription =
            site.description
            ?? words.text("page.description", ["title": .text(site.title), "organisation": .text(site.organisation)])
    }

    /// The text a tag naming one of these fields (`stylesheet`, `site.title`) writes, for
    /// `LabelInlining`; nil for any other name, and for a field that is not text.
    static func inlinable(from common: SiteShell) -> (String) -> String? {
        { name in
            var node: Any = common
            for part in name.split(separator: ".", omittingEmptySubsequences: false) {
                guard !part.isEmpty, let parent = node as? any TemplateContext,
                    let child = parent.child(named: String(part)), !(child is Absent)
                else { return nil }
                node = child
            }
            return (node as? FieldText)?.text
        }
    }

    static let fields = FieldTable<SiteShell>([
        .context("site", "The site's identity, from site.yml.") { $0.site },
        .text("lang", "The page's language tag, e.g. `en-GB` or `cy`: its `<html lang>`.") { $0.lang },
        .flag("hasOtherLanguages", "Whether the site is in more than one language.") { $0.hasOtherLanguages },
        .text("base", "The site's base path, e.g. `/` or `/council-plan/`.") { $0.links.base },
        .text("stylesheet", "The stylesheet's address.") { $0.links.asset("quarterly.css") },
        .text("favicon", "The icon's address.") { $0.links.asset("favicon.svg") },
        .text("feedURL", "The Atom feed's address.") { $0.links.url(of: .feed) },
        .text("accessibilityURL", "The accessibility statement's address.") { $0.links.url(.accessibility) },
        .text("aToZURL", "The A to Z's address.") { $0.links.url(.aToZ) },
        .flag("draft", "Whether draft quarters are shown (a preview).") { $0.draftQuarters != nil },
        .text("draftQuarters", "The draft quarters shown, e.g. \"Quarter 3 2019/20\".") { $0.draftQuarters },
        .html("draftBanner", "The draft banner's words (`layout.draftBanner`), naming the draft quarters.") {
            $0.draftBanner
        },
        .text("feedTitle", "The feed's title (`layout.feedTitle`).") { $0.feedTitle },
        .html("footerNotice", "Who publishes the site and under which licence, with its link (`layout.published`).") {
            $0.footerNotice
        },
    ])
}
