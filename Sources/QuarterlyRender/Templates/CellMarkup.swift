import Mustache
import Synchronization

/// Each distinct cell of the trends matrix rendered once per language by
/// `partials/trend-cell`, instead of once per item and quarter: the matrix of a national
/// site has hundreds of thousands of cells but only a few hundred kinds (a quarter, a
/// status and who gave it, or a note). The partial may name only the cell's fields and
/// `t.` (the template check walks it so), so its output depends on nothing else.
final class CellMarkup: Sendable {
    static let partial = "partials/trend-cell"

    private let library: MustacheLibrary
    private let made = Mutex<[MatrixCell.Key: String]>([:])

    init(library: MustacheLibrary) {
        self.library = library
    }

    /// The cell's markup, rendered the first time a cell like it is asked for. Rendered
    /// outside the lock: two threads may make the same cell once each, to the same text.
    func markup(_ cell: MatrixCell) -> String {
        let key = cell.key
        if let known = made.withLock({ $0[key] }) { return known }
        let text = library.render(cell, withTemplate: Self.partial) ?? ""
        made.withLock { $0[key] = text }
        return text
    }
}
