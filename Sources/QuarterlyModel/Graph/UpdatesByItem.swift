/// A quarter's updates of one kind, found by their item's id. The updates sit in an
/// array and the dictionary holds places in it: a dictionary of the updates themselves
/// (structs of a dozen fields) kept room for a third as many again, hundreds of bytes
/// each, for every quarter of a large site.
struct UpdatesByItem<Update: Sendable>: Sendable {
    private(set) var values: [Update] = []
    private var places: [String: Int] = [:]

    /// `updates` by `itemID`; of two for one item, the later.
    init(_ updates: some Sequence<Update>, itemID: (Update) -> String) {
        for update in updates {
            let id = itemID(update)
            if let place = places[id] {
                values[place] = update
            } else {
                places[id] = values.count
                values.append(update)
            }
        }
    }

    var isEmpty: Bool { values.isEmpty }

    subscript(itemID: String) -> Update? {
        places[itemID].map { values[$0] }
    }

    /// Each quarter's updates of `updates`, by item.
    static func byQuarter(
        _ updates: [Update], quarter: (Update) -> QuarterID, itemID: (Update) -> String
    ) -> [QuarterID: UpdatesByItem] {
        Dictionary(grouping: updates, by: quarter).mapValues { UpdatesByItem($0, itemID: itemID) }
    }
}
