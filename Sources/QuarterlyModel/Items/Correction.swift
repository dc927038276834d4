/// A change made to a report after it was published, with when and why: the quarter's
/// page shows each one ("Corrected on 12 January 2020: …"), as GOV.UK pages do.
/// `quarterly publish QUARTER --correction "reason"` writes it and records the report again.
public struct Correction: Sendable, Equatable {
    public var date: CalendarDate
    public var reason = ""

    public init(date: CalendarDate, reason: String) {
        self.date = date
        self.reason = reason
    }

    public static let fields = FieldSet<Correction>(
        blank: Correction(date: CalendarDate(year: 2000, month: 1, day: 1)!, reason: ""),
        [
            Field("date", \.date, .date, "When the report was corrected.", required: true, openData: "date"),
            Field(
                "reason", \.reason, .text, "What was corrected and why, in a sentence, as the page shows it.",
                required: true, example: "The figure for M1.10 was 68, not 65.", openData: "reason"),
        ])
}
