import QuarterlyModel

/// One "what changed" row: the item, what changed, and since which quarter.
final class ChangeRow: TemplateContext {
    let kind: String
    let ref: String
    let title: String
    let url: String
    /// What changed, which repeats from row to row.
    let status: ChangeStatus
    let since: String

    init?(_ change: QuarterChange, in quarter: QuarterID, fragments: Fragments) {
        let graph = fragments.graph
        let words = fragments.words
        switch change.item {
        case .action(let id):
            guard let action = graph.action(id) else { return nil }
            let update = graph.actionUpdate(id, in: quarter) ?? graph.actionUpdate(id, in: change.since ?? quarter)
            (kind, ref, title, url) = (
                words["common.action"], update?.ref(for: action) ?? action.ref, action.title,
                fragments.links.url(.action, id)
            )
        case .measure(let id):
            guard let measure = graph.measure(id) else { return nil }
            let update = graph.measureUpdate(id, in: quarter) ?? graph.measureUpdate(id, in: change.since ?? quarter)
            (kind, ref, title, url) = (
                words["common.measure"], update?.ref(for: measure) ?? measure.ref, measure.title,
                fragments.links.url(.measure, id)
            )
        }
        // The two updates compared, for their tags: each says who gave its status.
        let (before, now) = Self.tags(change, in: quarter, graph: graph)
        var tags: (RAGTag?, RAGTag?, DirectionTag?, DirectionTag?) = (nil, nil, nil, nil)
        let (what, group): (String, String)
        switch change.kind {
        case .new: (what, group) = (words["changes.isNew"], "new")
        case .completed: (what, group) = (words["changes.completed"], "finished")
        case .noLongerReported: (what, group) = (words["changes.notInReport"], "finished")
        case .ragChanged(let old, let new):
            (what, group) = (words["changes.ragChange"], "rag")
            tags = (before?.rag ?? .of(old), now?.rag ?? .of(new), nil, nil)
        case .directionChanged(let old, let new):
            (what, group) = (words["changes.directionChange"], "direction")
            tags = (nil, nil, before?.direction ?? .of(old), now?.direction ?? .of(new))
        }
        status = ChangeStatus(
            group: group, what: what, from: tags.0, to: tags.1, fromDirection: tags.2, toDirection: tags.3)
        since = change.since.map { words.text($0.name) } ?? "–"
    }

    /// The RAG and direction tags of the item's update in the quarter compared with, and in this one.
    private static func tags(_ change: QuarterChange, in quarter: QuarterID, graph: AssessedGraph) -> (
        (rag: RAGTag, direction: DirectionTag)?, (rag: RAGTag, direction: DirectionTag)?
    ) {
        func tags(in quarter: QuarterID?) -> (rag: RAGTag, direction: DirectionTag)? {
            guard let quarter else { return nil }
            switch change.item {
            case .action(let id): return graph.actionUpdate(id, in: quarter).map { (.of($0), .of($0)) }
            case .measure(let id): return graph.measureUpdate(id, in: quarter).map { (.of($0), .of($0)) }
            }
        }
        return (tags(in: change.since), tags(in: quarter))
    }

    static let fields = FieldTable<ChangeRow>(
        [
            .text("kind", "Action or Measure (`common.action`, `common.measure`).") { $0.kind },
            .text("ref", "Its ref.") { $0.ref },
            .text("title", "Its title.") { $0.title },
            .text("url", "Its page's address.") { $0.url },
            .text("group", "rag, direction, new or finished.") { $0.status.group },
        ] + ChangeStatus.changeFields { $0.status } + [
            .text("since", "The quarter it is compared with, or –.") { $0.since },
            .html(
                "changeMarkup",
                "What changed, as `partials/change-status` renders it (the RAG statuses or directions before and after, or the change in words): made once per kind of change and language, not for every row."
            ) { RenderScope.current?.repeated?.markup($0.status) ?? "" },
        ])
}

/// What changed in a "what changed" row, which repeats from row to row: rendered once per
/// kind by `partials/change-status` (`RepeatedMarkup`).
final class ChangeStatus: TemplateContext {
    /// rag, direction, new or finished: which group the row is listed under.
    let group: String
    let what: String
    let from: RAGTag?
    let to: RAGTag?
    let fromDirection: DirectionTag?
    let toDirection: DirectionTag?

    init(
        group: String, what: String, from: RAGTag?, to: RAGTag?, fromDirection: DirectionTag?,
        toDirection: DirectionTag?
    ) {
        (self.group, self.what) = (group, what)
        (self.from, self.to, self.fromDirection, self.toDirection) = (from, to, fromDirection, toDirection)
    }

    static let partial = "partials/change-status"

    /// What the markup depends on: the group, the words and the tags (one object per status).
    struct Key: Hashable {
        let group: String
        let what: String
        let tags: [ObjectIdentifier?]
    }

    var key: Key {
        Key(
            group: group, what: what,
            tags: [from, to].map { $0.map(ObjectIdentifier.init) }
                + [fromDirection, toDirection].map { $0.map(ObjectIdentifier.init) })
    }

    static let fields = FieldTable<ChangeStatus>(
        [
            .flag("isRAG", "Whether its RAG status changed.") { $0.group == "rag" },
            .flag("isDirection", "Whether its direction changed.") { $0.group == "direction" },
        ] + changeFields { $0 })

    /// What changed, for a row (`ChangeRow`) and its partial alike.
    static func changeFields<Context>(_ status: @escaping @Sendable (Context) -> ChangeStatus)
        -> [TemplateField<Context>]
    {
        [
            .text(
                "what", "What changed, in words, e.g. \"New in this report\" (`changes.isNew`, `changes.completed`…)."
            ) { status($0).what },
            .context("from", "The RAG status before (RAG changes only).") { status($0).from },
            .context("to", "The RAG status now (RAG changes only).") { status($0).to },
            .context("fromDirection", "The direction before (direction changes only).") { status($0).fromDirection },
            .context("toDirection", "The direction now (direction changes only).") { status($0).toDirection },
        ]
    }
}

/// The changes of one kind, under a heading.
final class ChangeGroup: TemplateContext {
    let key: String
    let heading: String
    let id: String
    let items: [ChangeRow]

    init(key: String, heading: String, id: String, items: [ChangeRow]) {
        self.key = key
        self.heading = heading
        self.id = id
        self.items = items
    }

    static let fields = FieldTable<ChangeGroup>([
        .text(
            "heading", "e.g. \"RAG status changed\" (`changes.ragChanged`, `.directionChanged`, `.new`, `.finished`)."
        ) {
            $0.heading
        },
        .text("id", "The heading's anchor, e.g. `changes-rag`.") { $0.id },
        .list("items", "The changed items.") { $0.items },
        .number("count", "How many.") { $0.items.count },
        .flag("isRAG", "Whether these are RAG changes.") { $0.key == "rag" },
        .flag("isDirection", "Whether these are changes of direction.") { $0.key == "direction" },
    ])
}

extension Fragments {
    /// Changes grouped the way readers ask: status changes first, then new and finished items.
    func changeGroups(in quarter: QuarterID) -> [ChangeGroup] {
        let rows = graph.changes(in: quarter).compactMap { ChangeRow($0, in: quarter, fragments: self) }
        let groups = [
            ("rag", "changes.ragChanged", "changes-rag"),
            ("direction", "changes.directionChanged", "changes-direction"),
            ("new", "changes.new", "changes-new"),
            ("finished", "changes.finished", "changes-finished"),
        ]
        return groups.compactMap { key, heading, id in
            let items = rows.filter { $0.status.group == key }
            return items.isEmpty ? nil : ChangeGroup(key: key, heading: words[heading], id: id, items: items)
        }
    }
}
