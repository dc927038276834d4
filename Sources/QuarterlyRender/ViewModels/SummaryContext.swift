import Foundation
import QuarterlyModel

/// A report's summary, for `partials/summary`: the counts in words, a RAG bar for actions
/// and one for measures, and short lists of concerns and improvements, each item linked.
/// Lists with nothing in them are left out.
final class SummaryContext: TemplateContext {
    let heading: String
    let sentences: [TextValue]
    let bars: [SummaryBar]
    let concerns: [SummaryList]
    let improvements: [SummaryList]

    /// How many items each list shows, so the summary reads in half a minute; the rest are
    /// counted ("and 8 more").
    static let listLength = 3

    /// - Parameters:
    ///   - id: prefixes the bars' ids, unique on the page.
    ///   - more: where the full list of concerns is, when the page does not show it itself.
    init(_ summary: ReportSummary, heading: String, id: String, more: LabelledLink?, fragments: Fragments) {
        self.heading = heading
        sentences = summary.sentences.map { TextValue(text: fragments.words.text($0)) }
        let words = fragments.words
        let quarter = MessageArgument.message(summary.quarter.name)
        bars = [("actions", summary.actions), ("measures", summary.measures)].compactMap { noun, count in
            SummaryBar(
                RAGBar(
                    id: "\(id)-\(noun)", title: words.text("summary.\(noun)Bar", ["quarter": quarter]),
                    description: words.text(
                        "summary.\(noun)BarText", ["count": .count(count.total), "statuses": .message(count.words)]),
                    count: count),
                caption: words.text("summary.\(noun)Caption", ["count": .count(count.total)]))
        }
        let entry = { (item: ReportedItem) in SummaryEntry(item, in: summary.quarter, fragments: fragments) }
        let list = { (key: String, headingKey: String, items: [ReportedItem], more: LabelledLink?) in
            SummaryList(key: key, heading: words[headingKey], items: items, entry: entry, more: more, words: words)
        }
        concerns = [
            list("off-track", "summary.offTrack", summary.offTrack, more),
            list("worse", "summary.worse", summary.declining, more),
            list("furthest", "summary.furthest", summary.furthestFromTarget, nil),
        ].compactMap { $0 }
        improvements = [list("improved", "summary.improved", summary.improving, nil)].compactMap { $0 }
    }

    static let fields = FieldTable<SummaryContext>([
        .text("heading", "The summary's heading, e.g. \"Quarter 1 2021/22 in brief\" (`summary.heading`).") {
            $0.heading
        },
        .list("sentences", "The counts in words, one sentence for actions and one for measures (when there are any).") {
            $0.sentences
        },
        .list("bars", "A bar of actions and one of measures by RAG status, each with its legend.") { $0.bars },
        .list("concerns", "Off track (Red), got worse (Declining), furthest from target: those with any items.") {
            $0.concerns
        },
        .flag("hasConcerns", "Whether there are any.") { !$0.concerns.isEmpty },
        .list("improvements", "Improved (Improving): when any item improved.") { $0.improvements },
        .flag("hasImprovements", "Whether there are any.") { !$0.improvements.isEmpty },
    ])
}

/// A bar of items by RAG status and its legend: each status's texture, word, shape and count.
final class SummaryBar: TemplateContext {
    let caption: String
    let svg: String
    let legend: [SummaryLegendEntry]

    /// Nil when there are no items.
    init?(_ bar: RAGBar, caption: String) {
        guard let svg = bar.svg else { return nil }
        self.caption = caption
        self.svg = svg.markup
        legend = bar.present.map {
            SummaryLegendEntry(swatch: bar.swatch($0).markup, rag: .of($0), count: bar.count.count(of: $0))
        }
    }

    static let fields = FieldTable<SummaryBar>([
        .text("caption", "e.g. \"Actions: 50\" (`summary.actionsCaption`, `summary.measuresCaption`).") { $0.caption },
        .html("svg", "The bar: one textured segment per status, stretching to the width it is given.") { $0.svg },
        .list("legend", "Each status in the bar, in its order.") { $0.legend },
    ])
}

/// One status in a bar's legend.
final class SummaryLegendEntry: TemplateContext {
    let swatch: String
    let rag: RAGTag
    let count: Int

    init(swatch: String, rag: RAGTag, count: Int) {
        self.swatch = swatch
        self.rag = rag
        self.count = count
    }

    static let fields = FieldTable<SummaryLegendEntry>([
        .html("swatch", "A square of the status's colour and texture, as in the bar.") { $0.swatch },
        .context("rag", "The status: its word and shape.") { $0.rag },
        .number("count", "How many items are at it.") { $0.count },
    ])
}

/// One short list of a summary: its first few items, and how many more there are.
final class SummaryList: TemplateContext {
    let key: String
    let heading: String
    let items: [SummaryEntry]
    let more: SummaryMore?

    /// Nil when the list would be empty. Only the items shown are made entries (a national
    /// report has thousands off track).
    init?(
        key: String, heading: String, items all: [ReportedItem], entry: (ReportedItem) -> SummaryEntry,
        more link: LabelledLink?, words: Catalogue
    ) {
        guard !all.isEmpty else { return nil }
        self.key = key
        self.heading = heading
        items = all.prefix(SummaryContext.listLength).map(entry)
        let rest = all.count - items.count
        more = rest > 0 ? SummaryMore(count: rest, link: link, words: words) : nil
    }

    static let fields = FieldTable<SummaryList>([
        .text("key", "off-track, worse, furthest or improved: for anchors and the stylesheet.") { $0.key },
        .text("heading", "e.g. \"Off track (Red)\" (`summary.offTrack`, `.worse`, `.furthest`, `.improved`).") {
            $0.heading
        },
        .number("count", "How many items the list has in all.") { $0.items.count + ($0.more?.count ?? 0) },
        .list("items", "Its first three items.") { $0.items },
        .context("more", "How many more there are, when there are.") { $0.more },
    ])
}

/// "and 8 more", with where to find them.
final class SummaryMore: TemplateContext {
    let count: Int
    let link: LabelledLink?
    let sentence: String

    init(count: Int, link: LabelledLink?, words: Catalogue) {
        self.count = count
        self.link = link
        sentence =
            if let link {
                words.linkedSentence(
                    "summary.moreElsewhere", ["count": .count(count), "link": .link(link.url, words: link.label)])
            } else {
                words.linkedSentence("summary.more", ["count": .count(count)])
            }
    }

    static let fields = FieldTable<SummaryMore>([
        .number("count", "How many more.") { $0.count },
        .context("link", "The page that lists them all, when it is not this one.") { $0.link },
        .html(
            "sentence",
            "\"And 8 more.\" (`summary.more`), or with the link to them all (`summary.moreElsewhere`)."
        ) { $0.sentence },
    ])
}

/// An item in a summary's list: its ref and title linked to its page, its status, and
/// for a measure short of its target, by how much.
final class SummaryEntry: TemplateContext {
    let kind: String
    let ref: String
    let title: String
    let url: String
    let rag: RAGTag
    let direction: DirectionTag
    let shortfall: TextValue?

    init(_ item: ReportedItem, in quarter: QuarterID, fragments: Fragments) {
        let graph = fragments.graph
        ref = item.ref
        title = item.title
        switch item.kind {
        case .action:
            kind = fragments.words["common.action"]
            url = fragments.links.url(.action, item.id)
            let update = graph.actionUpdate(item.id, in: quarter)
            rag = update.map(RAGTag.of) ?? .of(item.rag)
            direction = update.map(DirectionTag.of) ?? .of(item.direction)
        case .measure:
            kind = fragments.words["common.measure"]
            url = fragments.links.url(.measure, item.id)
            let update = graph.measureUpdate(item.id, in: quarter)
            rag = update.map(RAGTag.of) ?? .of(item.rag)
            direction = update.map(DirectionTag.of) ?? .of(item.direction)
        }
        shortfall = item.shortfall.map {
            TextValue(text: fragments.words.text("summary.shortfall", ["percent": .text(Self.percent($0))]))
        }
    }

    /// A shortfall to one decimal place: 22.4.
    static func percent(_ value: Decimal) -> String { MeasureRAGRule.text(value.roundedForDisplay) }

    static let fields = FieldTable<SummaryEntry>([
        .text("kind", "Action or Measure (`common.action`, `common.measure`).") { $0.kind },
        .text("ref", "Its ref in the report's plan.") { $0.ref },
        .text("title", "Its title then.") { $0.title },
        .text("url", "Its page's address.") { $0.url },
        .context("rag", "Its RAG status.") { $0.rag },
        .context("direction", "Its direction of travel.") { $0.direction },
        .context(
            "shortfall",
            "How far short of its target a measure is, e.g. \"22.4% short of target\" (`summary.shortfall`)."
        ) {
            $0.shortfall
        },
    ])
}

extension Decimal {
    /// One decimal place.
    fileprivate var roundedForDisplay: Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, 1, .plain)
        return result
    }
}

extension Fragments {
    /// A report's summary for its own page or the home page: concerns beyond the first few
    /// are on the page by exception, which is about the latest report only.
    func summary(of quarter: QuarterID) -> SummaryContext {
        let more =
            quarter == graph.latestReport?.id
            ? LabelledLink(label: words["summary.moreLink"], url: links.url(.exceptions)) : nil
        return SummaryContext(
            graph.summary(of: quarter), heading: words.text("summary.heading", ["quarter": .message(quarter.name)]),
            id: "summary", more: more, fragments: self)
    }
}
