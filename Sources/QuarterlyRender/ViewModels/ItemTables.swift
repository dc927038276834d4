import QuarterlyModel

/// Some of a report's items as its status tables show them (`partials/action-table` and
/// `partials/measure-table`), for the views by exception and by owner.
struct ItemTables {
    let actions: [ActionRow]
    let measures: [MeasureRow]
    let actionCaption: String
    let measureCaption: String

    init(actions: [ActionRow], measures: [MeasureRow], actionCaption: String, measureCaption: String) {
        (self.actions, self.measures, self.actionCaption, self.measureCaption) = (
            actions, measures, actionCaption, measureCaption
        )
    }

    /// - Parameter caption: ends each table's caption, e.g. "red or declining, Quarter 1 2021/22"
    ///   (`itemTables.actions`, `itemTables.measures`).
    init(_ items: [ReportedItem], in quarter: QuarterID, caption: String, fragments: Fragments) {
        let graph = fragments.graph
        actions = items.filter { $0.kind == .action }.compactMap { item in
            graph.action(item.id).map {
                ActionRow($0, update: graph.actionUpdate(item.id, in: quarter), fragments: fragments)
            }
        }
        measures = items.filter { $0.kind == .measure }.compactMap { item in
            graph.measure(item.id).map {
                MeasureRow(
                    $0, update: graph.measureUpdate(item.id, in: quarter), quarter: quarter, fragments: fragments)
            }
        }
        actionCaption = fragments.words.text("itemTables.actions", ["caption": .text(caption)])
        measureCaption = fragments.words.text("itemTables.measures", ["caption": .text(caption)])
    }

    /// The fields a page offers its tables, read through `tables`.
    static func fields<Page>(_ tables: @escaping @Sendable (Page) -> ItemTables) -> [TemplateField<Page>] {
        [
            .list("actions", "The actions, as the report's tables show them.") { tables($0).actions },
            .flag("hasActions", "Whether there are any.") { !tables($0).actions.isEmpty },
            .text("actionCaption", "The caption of their table.") { tables($0).actionCaption },
            .list("measures", "The measures, as the report's tables show them.") { tables($0).measures },
            .flag("hasMeasures", "Whether there are any.") { !tables($0).measures.isEmpty },
            .text("measureCaption", "The caption of their table.") { tables($0).measureCaption },
        ]
    }
}
