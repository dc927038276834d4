import QuarterlyModel

/// What every page's layout needs: site identity, navigation, breadcrumbs, draft banner.
struct PageShell {
    let graph: ContentGraph
    let links: Links

    /// - Parameters:
    ///   - title: the page's own title; the organisation is appended.
    ///   - crumbs: the trail above this page (home is added first).
    func wrap(_ page: ViewModel, title: String, crumbs: [ViewModel], current: String, section: String) -> ViewModel {
        let site = graph.site
        var context = page
        let drafts = graph.quarters.filter(\.isDraft).map(\.id.label)
        let fullTitle = (drafts.isEmpty ? "" : "DRAFT: ") + title + " — " + site.organisation
        context["pageTitle"] = fullTitle
        context["site"] = siteModel
        context["base"] = links.base
        context["stylesheet"] = links.asset("quarterly.css")
        context["accessibilityURL"] = links.accessibility
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
        [("home", "Home", links.home), ("quarters", "Quarterly reports", links.quarters), ("trends", "Trends", links.trends)].map { key, label, url in
            ["label": label, "url": url, "current": key == section]
        }
    }
}
