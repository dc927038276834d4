/// A quarter's updates of one kind, found by their item's id. The updates sit in an
/// array and the dictionary holds places in it: a dictionary of the updates themselves
/// (structs of a dozen fields) kept room for a third as many again, hundreds of bytes
/// each, for every quarter of a large site.
struct UpdatesByItem<Update: Sendable>: Sendable {
    private(set) var values: [Update] = []
    private var places: [String: Int] = [:]

    var isEmpty: Bool { values.isEmpty }

    subscript(itemID: String) -> Update? {
        places[itemID].map { values[$0] }
    }

    /// Of two updates for one item, the later is kept.
    private mutating func add(_ update: Update, itemID: String) {
        if let place = places[itemID] {
            values[place] = update
        } else {
            places[itemID] = values.count
            values.append(update)
        }
    }

    /// Each quarter's updates of `updates`, by item, in one pass.
    static func byQuarter(
        _ updates: [Update], quarter: (Update) -> QuarterID, itemID: (Update) -> String
    ) -> [QuarterID: UpdatesByItem] {
        var quarters: [QuarterID: UpdatesByItem] = [:]
        for update in updates {
            quarters[quarter(update), default: UpdatesByItem()].add(update, itemID: itemID(update))
        }
        return quarters
    }
}
