import QuarterlyModel

/// The old named addresses, for the pages that do not use `url(_:_:)` yet.
extension Links {
    var quarters: String { url(.quarters) }
    var trends: String { url(.trends) }
    var accessibility: String { url(.accessibility) }
    var aToZ: String { url(.aToZ) }
    var risks: String { url(.risks) }
    func risk(_ id: String) -> String { url(.risk, id) }
    var search: String { url(.search) }
    func quarter(_ id: QuarterID) -> String { url(.quarter, id.slug) }
    func action(_ id: String) -> String { url(.action, id) }
    func measure(_ id: String) -> String { url(.measure, id) }
    func outcome(_ id: String) -> String { url(.outcome, id) }
}
