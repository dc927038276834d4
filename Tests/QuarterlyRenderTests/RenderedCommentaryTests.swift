import QuarterlyMarkdown
import QuarterlyModel
import QuarterlyRender
import Testing

/// `RenderedCommentary` renders an update's commentary once for every place that shows
/// it, and each place still gets what rendering the text there would give.
@Suite struct RenderedCommentaryTests {
    static let quarter = QuarterID("2019-20-q2")!
    static let long = String(repeating: "A sentence of *commentary*, long enough to be kept. ", count: 12)

    @Test(arguments: [
        // No heading: one rendering serves every level.
        (long + "\n", [4, 6, 3], 1),
        // A heading moves with the level: a level other than the kept one is rendered again.
        ("## Progress\n\n" + long, [4, 6, 3], 1),
        // Trimmed first, as every place shows it: four spaces would make it code.
        ("    " + long, [6, 4], 1),
        // A short text renders in microseconds: it is rendered in each place, not kept.
        ("Short *text*.\n", [4, 6], 0),
    ])
    func eachPlaceGetsTheHTMLRenderingThereGives(text: String, levels: [Int], kept: Int) {
        let rendered = RenderedCommentary()
        for level in levels + levels.reversed() {
            #expect(
                rendered.html(text, of: .actionUpdate, "a", in: Self.quarter, headingLevel: level)
                    == Markdown.html(text.trimmed(), headingLevel: level), "level \(level)")
        }
        #expect(rendered.keptCount == kept)
    }

    @Test func anotherTextUnderTheSameUpdateIsRenderedAsItIs() {
        let rendered = RenderedCommentary()
        let edited = Self.long + "\n\nAnd one more paragraph."
        #expect(
            rendered.html(Self.long, of: .measureUpdate, "m", in: Self.quarter, headingLevel: 4)
                == Markdown.html(Self.long, headingLevel: 4))
        #expect(
            rendered.html(edited, of: .measureUpdate, "m", in: Self.quarter, headingLevel: 4)
                == Markdown.html(edited, headingLevel: 4))
    }

    @Test func updatesAreKeptApartByKindItemAndQuarter() {
        let rendered = RenderedCommentary()
        let later = QuarterID("2019-20-q3")!
        let texts = ["first", "second", "third", "fourth"].map { $0 + " " + Self.long }
        let keys: [(ContentKind, String, QuarterID)] = [
            (.actionUpdate, "a", Self.quarter), (.measureUpdate, "a", Self.quarter), (.actionUpdate, "b", Self.quarter),
            (.actionUpdate, "a", later),
        ]
        for (text, key) in zip(texts, keys) {
            _ = rendered.html(text, of: key.0, key.1, in: key.2, headingLevel: 4)
        }
        for (text, key) in zip(texts, keys) {
            #expect(
                rendered.html(text, of: key.0, key.1, in: key.2, headingLevel: 4)
                    == Markdown.html(text, headingLevel: 4))
        }
        #expect(rendered.keptCount == 4)
    }
}
