import ArgumentParser
import QuarterlyAuthoring
import QuarterlyModel

struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Publish a quarter: record what its report shows, so it cannot change silently.",
        discussion: """
            Writes quarters/QUARTER/published.yml and sets `status: published` (and `published:`) in \
            its index.md. From then on `check` and `build` fail when the content would change that \
            report. To accept a change to a published report, publish it again with --correction.
            """)

    @Argument(help: "The quarter, e.g. 2019-20-q2.") var quarter: String
    @Option(name: .long, help: "The content folder.") var content = "content"
    @Option(
        name: .long,
        help:
            "Accept the changes to an already published report, saying what was corrected and why (shown on its page)."
    ) var correction: String?
    @Option(name: .long, help: "The date of publication or correction, yyyy-mm-dd (default: today).") var date: String?

    func run() throws {
        let id = try QuarterArgument.parse(quarter)
        var day = CalendarDate.today
        if let date {
            guard let parsed = CalendarDate(iso: date) else {
                throw ValidationError("`\(date)` is not a date: write it yyyy-mm-dd, e.g. 2019-12-05")
            }
            day = parsed
        }
        let publication: QuarterPublication
        do {
            publication = try QuarterPublication(
                quarter: id, contentDirectory: content, date: day, correction: correction,
                datesPublishedQuarter: date != nil && correction == nil)
        } catch {
            for item in error.diagnostics { Console.error(item.description) }
            Console.error("\(id.label) was not published; nothing was written.")
            throw ContentErrors()
        }
        do { try publication.write(into: content) } catch {
            Console.error("error: \(error)")
            Console.error("\(id.label) was not published; nothing was written.")
            throw ContentErrors()
        }
        switch publication.kind {
        case .unchanged:
            print("\(id.label) is already published and its report is unchanged: nothing to write.")
            return
        case .published:
            print("Published \(id.label): its report is recorded.")
        case .corrected:
            print("Corrected \(id.label) on \(day.long): \(correction ?? "")")
            for difference in publication.differences { print("  \(difference.description)") }
        }
        for file in publication.files { print("  \(content)/\(file.path)") }
        print("Commit these files. From now on `quarterly check` fails if the content would change this report.")
    }
}
