import Mustache
import Synchronization

/// Small contexts that repeat across a site, each rendered once per distinct value and
/// language by its own partial instead of at every place it appears: a trends-matrix
/// cell (`partials/trend-cell`; a national site's matrix has hundreds of thousands of
/// cells but a few hundred kinds) and a link of the main navigation
/// (`partials/nav-item`, on every page), a status table row's status cells
/// (`partials/status-cells`) and what changed in a "what changed" row
/// (`partials/change-status`). Each partial may name only its context's fields
/// and `t.` (the template check walks it so), so its output depends on nothing else.
final class RepeatedMarkup: Sendable {
    /// The partials, with the context each is rendered with, for the template check.
    static let partials: [(name: String, context: ContextType, what: String)] = [
        (MatrixCell.partial, ContextType(MatrixCell.self), "trends cell"),
        (NavItem.partial, ContextType(NavItem.self), "navigation link"),
        (StatusCells.partial, ContextType(StatusCells.self), "status cells"),
        (ChangeStatus.partial, ContextType(ChangeStatus.self), "change's status"),
    ]

    private let library: MustacheLibrary
    private let cells = Mutex<[MatrixCell.Key: String]>([:])
    private let links = Mutex<[NavItem.Key: String]>([:])
    private let statuses = Mutex<[StatusCells.Key: String]>([:])
    private let changes = Mutex<[ChangeStatus.Key: String]>([:])

    init(library: MustacheLibrary) {
        self.library = library
    }

    func markup(_ cell: MatrixCell) -> String {
        markup(cell, key: cell.key, partial: MatrixCell.partial, in: cells)
    }

    func markup(_ link: NavItem) -> String {
        markup(link, key: link.key, partial: NavItem.partial, in: links)
    }

    func markup(_ cells: StatusCells) -> String {
        markup(cells, key: cells.key, partial: StatusCells.partial, in: statuses)
    }

    func markup(_ change: ChangeStatus) -> String {
        markup(change, key: change.key, partial: ChangeStatus.partial, in: changes)
    }

    /// Rendered the first time a context with its key is asked for; rendered outside the
    /// lock, so two threads may each make the same one once, to the same text.
    private func markup<Key: Hashable & Sendable>(
        _ context: Any, key: Key, partial: String, in made: borrowing Mutex<[Key: String]>
    ) -> String {
        if let known = made.withLock({ $0[key] }) { return known }
        let text = library.render(context, withTemplate: partial) ?? ""
        made.withLock { $0[key] = text }
        return text
    }
}
