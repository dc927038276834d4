import QuarterlyMarkdown
import QuarterlyModel
import Synchronization

/// Each update's commentary rendered once per build for every place that shows it: its
/// item's page, its quarter's report, site.json and a measure's own JSON file. Rendering
/// it in each place was a fifth of the CPU of a build whose commentary runs to paragraphs.
///
/// Kept by update, not by text (hashing every text in full cost more than it saved, when
/// this was tried keyed by text), and used only while the update's text is the one that
/// was rendered. HTML made for one heading level serves another only when the text has
/// no heading, where the levels make no difference.
public final class RenderedCommentary: Sendable {
    private struct Key: Hashable {
        let kind: ContentKind
        let id: String
        let quarter: QuarterID
    }

    private struct Entry {
        /// The text as the model holds it: the same storage, so comparing is one check.
        let source: String
        let html: String
        let headingLevel: Int
        let hasHeadings: Bool
    }

    private let made = Mutex<[Key: Entry]>([:])

    /// Texts shorter than this are rendered in each place: a few sentences render in
    /// microseconds. Keeping every text of 10,000 updates of a few sentences each saved
    /// no measurable time and added 3 MiB to the build's peak memory.
    static let keptFrom = 512

    public init() {}

    /// The update's commentary (`source`, trimmed first, as every place shows it) as HTML
    /// with its headings at `headingLevel`.
    package func html(_ source: String, of kind: ContentKind, _ id: String, in quarter: QuarterID, headingLevel: Int)
        -> String
    {
        guard source.utf8.count >= Self.keptFrom else {
            return Markdown.html(source.trimmed(), headingLevel: headingLevel)
        }
        let key = Key(kind: kind, id: id, quarter: quarter)
        if let entry = made.withLock({ $0[key] }), entry.source == source,
            entry.headingLevel == headingLevel || !entry.hasHeadings
        {
            return entry.html
        }
        // Rendered outside the lock: two threads may each render one text once, the same.
        let (html, hasHeadings) = Markdown.render(source.trimmed(), headingLevel: headingLevel)
        made.withLock { made in
            if made[key] == nil {
                made[key] = Entry(source: source, html: html, headingLevel: headingLevel, hasHeadings: hasHeadings)
            }
        }
        return html
    }

    /// How many texts are kept.
    package var keptCount: Int { made.withLock { $0.count } }

    func html(of update: AssessedActionUpdate, headingLevel: Int) -> String {
        html(update.commentary, of: .actionUpdate, update.actionID, in: update.quarter, headingLevel: headingLevel)
    }

    func html(of update: AssessedMeasureUpdate, headingLevel: Int) -> String {
        html(update.commentary, of: .measureUpdate, update.measureID, in: update.quarter, headingLevel: headingLevel)
    }
}
