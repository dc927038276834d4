import QuarterlyModel

/// `/owners/`: the views by owner: every directorate, portfolio holder and lead officer
/// with items in the latest report, with how many they answer for and how those stand.
final class OwnersPage: TemplateContext {
    let report: LabelledLink?
    let lead: String?
    let roles: [OwnerRoleGroup]

    init(fragments: Fragments) {
        let graph = fragments.graph
        guard let quarter = graph.latestReport?.id else {
            (report, lead, roles) = (nil, nil, [])
            return
        }
        let words = fragments.words
        report = LabelledLink(label: words.text(quarter.name), url: fragments.links.url(.quarter, quarter.slug))
        lead = words.linkedSentence(
            "owners.lead",
            [
                "link": words.link(
                    fragments.links.url(.quarter, quarter.slug),
                    Message("common.reportLink", ["quarter": .message(quarter.name)]))
            ])
        let owners = fragments.latestOwners
        roles = Owner.Role.allCases.compactMap { role in
            let here = owners.filter { $0.roles.contains(role) }
            guard !here.isEmpty else { return nil }
            return OwnerRoleGroup(
                role: role, words: words,
                owners: here.map { owner in
                    OwnerListing(
                        owner, items: owner.items.filter { $0.owners.contains(Owner(role, owner.name)) },
                        in: quarter, links: fragments.links)
                })
        }
    }

    static func content(_ fragments: Fragments) -> PageContent<OwnersPage> {
        let words = fragments.words
        return PageContent(
            body: OwnersPage(fragments: fragments), title: words["owners.title"], current: words["nav.owners"],
            section: "owners",
            description: words.text("owners.description", ["title": .text(fragments.graph.site.title)]))
    }

    static let fields = FieldTable<OwnersPage>([
        .context("report", "The latest report: its label and address, when there is one.") { $0.report },
        .html("lead", "Whom the page lists, with the link to the report (`owners.lead`), when there is one.") {
            $0.lead
        },
        .list("roles", "Directorates, portfolio holders, lead officers: each role any item has.") { $0.roles },
        .flag("hasOwners", "Whether any item in the latest report names an owner.") { !$0.roles.isEmpty },
    ])
}

/// The owners in one role.
final class OwnerRoleGroup: TemplateContext {
    let role: Owner.Role
    let heading: String
    let roleName: String
    let caption: String
    let owners: [OwnerListing]

    init(role: Owner.Role, words: Catalogue, owners: [OwnerListing]) {
        self.role = role
        heading = words.text(role.plural)
        roleName = words.text(role.name)
        caption = words.text("owners.tableCaption", ["role": .text(heading)])
        self.owners = owners
    }

    static let fields = FieldTable<OwnerRoleGroup>([
        .text("id", "`directorate`, `portfolio-holder` or `lead-officer`, for anchors.") {
            Owner.slug($0.role.rawValue)
        },
        .text("heading", "\"Directorates\", \"Portfolio holders\" or \"Lead officers\" (`role.directorates`…).") {
            $0.heading
        },
        .text("caption", "The caption of their table (`owners.tableCaption`).") { $0.caption },
        .text("role", "\"Directorate\", \"Portfolio holder\" or \"Lead officer\" (`role.directorate`…).") {
            $0.roleName
        },
        .list("owners", "Each owner in the role, by name.") { $0.owners },
    ])
}

/// An owner in the list: their page, and how the items they answer for in a role stand.
final class OwnerListing: TemplateContext {
    let name: String
    let url: String
    let actions: Int
    let measures: Int
    let counts: RAGCounts
    let declining: Int

    init(_ owner: OwnerItems, items: [ReportedItem], in quarter: QuarterID, links: Links) {
        name = owner.name
        url = links.url(.owner, owner.slug)
        actions = items.filter { $0.kind == .action }.count
        measures = items.filter { $0.kind == .measure }.count
        var counts = RAGCount()
        for item in items { counts.add(item.rag) }
        self.counts = RAGCounts(counts)
        declining = items.filter { $0.direction == .declining }.count
    }

    static let fields = FieldTable<OwnerListing>([
        .text("name", "The owner, as the content names them.") { $0.name },
        .text("url", "Their page's address.") { $0.url },
        .number("actions", "How many actions they answer for in this role.") { $0.actions },
        .number("measures", "How many measures.") { $0.measures },
        .context("counts", "Those items by RAG status.") { $0.counts },
        .number("declining", "How many of them are Declining.") { $0.declining },
    ])
}
