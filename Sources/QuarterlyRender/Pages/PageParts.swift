import Foundation
import Mustache
import QuarterlyModel

/// How a kind of page that can hold thousands of items (a quarter's report, the trends
/// page) is made in parts. Its template shows the list `list` as exactly
/// `{{#list}}{{> partial}}{{/list}}`; the page is then made as its frame (the template with
/// each item's part left out) and each item's part on its own, on every core, none held
/// longer than it takes to write. A template written otherwise makes the page whole, the
/// same bytes more slowly.
public struct PageParts: Sendable {
    /// The list field, and the partial that shows each of its items.
    let list: String
    let partial: String
    /// How many items the list has on a page (`nil`: the single page of a kind); the page
    /// is made whole when its context lists another number.
    let count: @Sendable (AssessedGraph, String?) -> Int
    /// What each item's part reads, in the list's order (nil: each part reads what its
    /// page reads). Used only when the partial reads nothing of the page but its labels
    /// and site-wide fields (`TemplateScopes.partReadsOnlyItem`): a part is then made again
    /// only when its item's sources, or its piece of the frame, changed.
    var itemReads: (@Sendable (AssessedGraph, String?) -> ItemReads)? = nil

    /// How many items a page lists, and what the item at a place reads, worked out for one
    /// place at a time: a national site's report lists tens of thousands of items' sources.
    struct ItemReads: Sendable {
        let count: Int
        let of: @Sendable (Int) -> [ContentRead]
    }

    /// How the page template must show the list.
    var tag: String { "{{#\(list)}}{{> \(partial)}}{{/\(list)}}" }

    /// What the frame shows where an item's part goes: no template or content writes it.
    package static let marker = "\u{1}quarterly-part\u{1}"

    /// The frame's text between its markers, as `components(separatedBy: marker)` gives
    /// it; found byte by byte (Foundation's search took 35 million instructions for a
    /// large report's frame). The marker starts and ends with a control character, which
    /// never joins a neighbour into one Character, so a byte match is a Character match.
    package static func pieces(of frame: String) -> [String] {
        let marker = Array(Self.marker.utf8)
        var frame = frame
        return frame.withUTF8 { bytes in
            var pieces: [String] = []
            var start = 0
            var index = 0
            while index + marker.count <= bytes.count {
                if bytes[index] == marker[0], bytes[index..<index + marker.count].elementsEqual(marker) {
                    pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    index += marker.count
                    start = index
                } else {
                    index += 1
                }
            }
            pieces.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return pieces
        }
    }
}

/// An item of a list made in parts: a part works on a copy of its own, so that what the
/// part builds (the item's tables and commentary) goes when the part is written, and the
/// shared item, which the frame reads, is never changed by two parts at once.
protocol PartItem: AnyObject {
    func fresh() -> Any
}

/// One page made in parts: `part(i)` is the frame up to item `i` then item `i`'s part, and
/// the last is the frame's end. Joined, they are the page as its template renders it.
public final class PageInParts: @unchecked Sendable {
    /// The list's items and one: `part(_:)` takes 0 ..< count.
    public let count: Int
    private let renderer: SiteRenderer
    private let page: Page
    private let parts: PageParts
    // The context and frame are made once, by whichever part asks first: the context's
    // items are only read after that, and each part renders a copy of its item.
    private let lock = NSLock()
    private var made: Made?

    private struct Made {
        let context: PageContext
        let items: [Any]
        /// The frame cut at each item's part; nil when the page was made whole.
        let pieces: [String]?
        let whole: String
        /// Each item's sources, when parts read only their items and the list has as many.
        let itemReads: PageParts.ItemReads?
    }

    /// Whether a part depends on nothing of the page but its item and its piece of the
    /// frame (`PageParts.itemReads`, `TemplateScopes.partReadsOnlyItem`).
    private let readsOnlyItem: Bool

    init(_ page: Page, parts: PageParts, renderer: SiteRenderer) {
        self.page = page
        self.parts = parts
        self.renderer = renderer
        count = parts.count(renderer.graph, page.item) + 1
        readsOnlyItem = parts.itemReads != nil && renderer.templates.partReadsOnlyItem(page.kind.template)
    }

    /// What part `index` reads of its own, and the digest of its piece of the frame (the
    /// page whole, for the first part of a page made whole): nil when a part reads what
    /// its page reads. The last part, the frame's end, reads nothing of its own. Worked
    /// out for one part at a time.
    public func narrowed(_ index: Int) -> (reads: [ContentRead], shown: StableDigest)? {
        guard readsOnlyItem else { return nil }
        let made = madeOnce()
        guard let reads = made.itemReads else { return nil }
        let shown: StableDigest
        if let pieces = made.pieces {
            shown = StableDigest(pieces[index])
        } else {
            shown = StableDigest(index == 0 ? made.whole : "")
        }
        return (index < reads.count ? reads.of(index) : [], shown)
    }

    public func part(_ index: Int) -> String {
        let made = madeOnce()
        guard let pieces = made.pieces else { return index == 0 ? made.whole : "" }
        guard index < made.items.count else { return pieces[index] }
        let item = (made.items[index] as? any PartItem)?.fresh() ?? made.items[index]
        return pieces[index]
            + renderer.templates.renderPart(PartContext(page: made.context, item: item), partial: parts.partial)
    }

    /// Lets the context and frame go once every part is written: the build's job for the
    /// page holds this object to the end of the build, and a large quarter's context is
    /// megabytes. A part asked for afterwards makes them again.
    public func finished() {
        lock.withLock { made = nil }
    }

    private func madeOnce() -> Made {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let context = renderer.context(for: page)
        let items = context.child(named: parts.list) as? [Any] ?? []
        var pieces: [String]? = nil
        if items.count == count - 1, let frame = renderer.templates.renderFrame(context, template: page.kind.template) {
            let cut = PageParts.pieces(of: frame)
            if cut.count == count { pieces = cut }
        }
        let itemReads = readsOnlyItem ? parts.itemReads?(renderer.graph, page.item) : nil
        let made = Made(
            context: context, items: items, pieces: pieces,
            whole: pieces == nil ? renderer.templates.render(context, template: page.kind.template) : "",
            itemReads: itemReads.flatMap { $0.count == count - 1 ? $0 : nil })
        self.made = made
        return made
    }
}

/// What an item's part is rendered with: the page's context under the item, as inside
/// the page's `{{#list}}` (the list of one that the part's wrapper opens).
struct PartContext: MustacheParent {
    let page: PageContext
    let item: Any

    func child(named name: String) -> Any? {
        name == TemplateSet.partList ? [item] : page.child(named: name)
    }
}
