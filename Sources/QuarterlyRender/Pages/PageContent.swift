/// What a page builder makes: the page's own context, and what the layout shows of it.
struct PageContent<Body> {
    var body: Body
    var title: String
    var crumbs: [LabelledLink] = []
    var current: String
    /// The navigation section it belongs to.
    var section: String
    /// The content file the page shows, for "suggest a correction".
    var sourcePath: String? = nil
    /// One sentence for search engines and link previews; the site's description by default.
    var description: String? = nil
    /// What the printed page's running header says, when more than the organisation
    /// and the title (a report names its plan, quarter and date).
    var runningHead: String? = nil

    func map<Other>(_ transform: (Body) -> Other) -> PageContent<Other> {
        PageContent<Other>(
            body: transform(body), title: title, crumbs: crumbs, current: current, section: section,
            sourcePath: sourcePath, description: description, runningHead: runningHead)
    }
}
