import QuarterlyModel

/// What every page's layout needs: site identity, navigation, breadcrumbs, draft banner.
struct PageShell {
    let graph: AssessedGraph
    let links: Links

    /// - Parameters:
    ///   - title: the page's own title; the organisation is appended.
    ///   - crumbs: the trail above this page (home is added first).
    func wrap(_ content: PageContent, url: String) -> ViewModel {
        let (title, crumbs, current, section) = (content.title, content.crumbs, content.current, content.section)
        let site = graph.site
        var context = content.model
        let drafts = graph.quarters.filter(\.isDraft).map(\.id.label)
        let fullTitle = (drafts.isEmpty ? "" : "DRAFT: ") + title + " — " + site.organisation
        context["pageTitle"] = fullTitle
        context["site"] = siteModel
        context["base"] = links.base
        context["stylesheet"] = links.asset("quarterly.css")
        context["accessibilityURL"] = links.accessibility
        context["favicon"] = links.asset("favicon.svg")
        context["feedURL"] = links.base + "feed.xml"
        context["aToZURL"] = links.aToZ
        context["metaDescription"] =
            content.description ?? site.description
            ?? "\(site.title): \(site.organisation)'s quarterly performance reports."
        if let origin = links.origin { context["canonical"] = ["url": origin + url] as ViewModel }
        if let repository = site.repository {
            var footer: ViewModel = ["url": repository.url]
            if let path = content.sourcePath, let edit = repository.editLink(for: path) {
                footer["edit"] = ["url": edit] as ViewModel
            }
            context["repository"] = footer
        }
        context["nav"] = navigation(section: section)
        context["breadcrumbs"] = [["label": "Home", "url": links.home]] + crumbs
        context["currentCrumb"] = current
        context["hasBreadcrumbs"] = section != "home"
        if !drafts.isEmpty {
            context["draft"] = true
            context["draftQuarters"] = drafts.joined(separator: ", ")
        }
        return context
    }

    private var siteModel: ViewModel {
        let site = graph.site
        var model: ViewModel = [
            "organisation": site.organisation, "title": site.title, "language": site.language,
            "licenceName": site.licence.name, "licenceURL": site.licence.url,
        ]
        if let description = site.description { model["description"] = ["text": description] as ViewModel }
        return model
    }

    private func navigation(section: String) -> [ViewModel] {
        let risks: [(String, String, String)] = graph.risks.isEmpty ? [] : [("risks", "Risks", links.risks)]
        let items =
            [
                ("home", "Home", links.home), ("quarters", "Quarterly reports", links.quarters),
                ("trends", "Trends", links.trends),
            ]
            + risks + [("a-z", "A to Z", links.aToZ), ("search", "Search", links.search)]
        return items.map { key, label, url in ["label": label, "url": url, "current": key == section] }
    }
}
