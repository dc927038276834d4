/// A quarter of a UK-style financial year, named in content as `2019-20-q2`.
///
/// The financial year starts in `SiteConfig.financialYearStart` (April by default),
/// so Quarter 2 2019/20 ends on 30 September 2019.
public struct QuarterID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The calendar year in which the financial year starts (2019 for 2019/20).
    public let startYear: Int
    /// 1 to 4.
    public let number: Int

    public init?(startYear: Int, number: Int) {
        guard (1...4).contains(number), (1000...9998).contains(startYear) else { return nil }
        self.startYear = startYear
        self.number = number
    }

    /// Why a folder name is not a quarter, for the error hint.
    public enum NameProblem: Error, Equatable, Sendable {
        case shape
        case yearsNotConsecutive
        case quarterOutOfRange
    }

    public static func parse(_ text: String) -> Result<QuarterID, NameProblem> {
        // yyyy-yy-qN
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts[2].first == "q",
            let first = Int(parts[0]), let second = Int(parts[1]),
            parts[0].allSatisfy(\.isASCII), parts[1].allSatisfy(\.isASCII),
            let number = Int(parts[2].dropFirst())
        else {
            return .failure(.shape)
        }
        guard (first + 1) % 100 == second else { return .failure(.yearsNotConsecutive) }
        guard let id = QuarterID(startYear: first, number: number) else {
            return .failure(.quarterOutOfRange)
        }
        return .success(id)
    }

    public init?(_ text: String) {
        guard case .success(let id) = QuarterID.parse(text) else { return nil }
        self = id
    }

    /// `2019-20-q2`: the folder name and URL segment.
    public var slug: String { "\(startYear)-\(twoDigits((startYear + 1) % 100))-q\(number)" }
    public var description: String { slug }

    /// `2019/20`
    public var financialYear: String { "\(startYear)/\(twoDigits((startYear + 1) % 100))" }

    /// `Quarter 2 2019/20`
    public var label: String { "Quarter \(number) \(financialYear)" }

    /// `Q2 2019/20`
    public var shortLabel: String { "Q\(number) \(financialYear)" }

    /// "Quarter 2 2019/20" as a reader sees it (`quarter.name`); `label` is for messages
    /// to officers.
    public var name: Message {
        Message("quarter.name", ["number": .text(String(number)), "year": .text(financialYear)])
    }

    /// "Q2 2019/20" as a reader sees it (`quarter.shortName`), where space is short.
    public var shortName: Message {
        Message("quarter.shortName", ["number": .text(String(number)), "year": .text(financialYear)])
    }

    /// The last day of the quarter for a financial year starting in `firstMonth` (1–12).
    public func periodEnd(financialYearStart firstMonth: Int) -> CalendarDate {
        // Months since January of startYear, zero-based, of the quarter's last month.
        let lastMonthIndex = (firstMonth - 1) + number * 3 - 1
        let year = startYear + lastMonthIndex / 12
        let month = lastMonthIndex % 12 + 1
        return CalendarDate.lastDay(ofMonth: month, year: year)
    }

    public var previous: QuarterID {
        number == 1
            ? QuarterID(startYear: startYear - 1, number: 4)! : QuarterID(startYear: startYear, number: number - 1)!
    }

    public var next: QuarterID {
        number == 4
            ? QuarterID(startYear: startYear + 1, number: 1)! : QuarterID(startYear: startYear, number: number + 1)!
    }

    /// Every quarter from `first` to `last` inclusive, so that charts show missing
    /// quarters as gaps instead of closing them up.
    public static func sequence(from first: QuarterID, to last: QuarterID) -> [QuarterID] {
        var quarters: [QuarterID] = []
        var current = first
        while current <= last {
            quarters.append(current)
            current = current.next
        }
        return quarters
    }

    public var sameQuarterLastYear: QuarterID { QuarterID(startYear: startYear - 1, number: number)! }

    public static func < (a: QuarterID, b: QuarterID) -> Bool {
        (a.startYear, a.number) < (b.startYear, b.number)
    }

    private func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
