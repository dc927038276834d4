import Foundation

/// A day in the calendar, without time zones: reports are dated, not timed.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.daysIn(month: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `yyyy-mm-dd` exactly.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func lastDay(ofMonth month: Int, year: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: daysIn(month: month, year: year))!
    }

    public static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December",
    ]

    /// Today in UTC: close enough for "has this quarter ended yet?".
    public static var today: CalendarDate {
        let days = Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))
        return CalendarDate(daysSinceEpoch: days)
    }

    /// The civil date `days` after 1970-01-01 (Howard Hinnant's days-to-civil algorithm).
    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)!
    }

    /// 2019-09-30
    public var iso: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// 30 September 2019
    public var long: String { "\(day) \(CalendarDate.monthNames[month - 1]) \(year)" }

    /// "12 November 2019" as a reader sees it (`date.long`, month names `month.1`…`month.12`).
    public var name: Message {
        Message(
            "date.long",
            ["day": .text(String(day)), "month": .message(Message("month.\(month)")), "year": .text(String(year))])
    }

    public var description: String { iso }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
