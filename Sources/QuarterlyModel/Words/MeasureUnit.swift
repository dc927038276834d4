/// How a measure's values are expressed and shown.
public enum MeasureUnit: String, ContentWord {
    case percent, count, number, days, gbp, score
    case ratePer1000 = "rate-per-1000"
    case ratePer10000 = "rate-per-10000"
    case ratePer100000 = "rate-per-100000"

    /// "Percentage" (`unit.percent`).
    public var name: Message { name(in: "unit") }

    /// The units a running total for the year so far can be in (`cumulative: true`): a
    /// part of the year's target is then a part of the total.
    public static let totals: [MeasureUnit] = [.count, .number, .gbp, .days]

    /// The figure as a reader sees it: `65` → `65%`, `1848` → `£1,848`.
    public func format(_ text: String) -> String {
        switch self {
        case .percent: return text + "%"
        case .gbp:
            if text.hasPrefix("-") { return "-£" + Self.groupThousands(String(text.dropFirst())) }
            return "£" + Self.groupThousands(text)
        case .days: return text + " days"
        case .count, .number, .ratePer1000, .ratePer10000, .ratePer100000:
            return Self.groupThousands(text)
        case .score: return text
        }
    }

    /// 10000 → 10,000; keeps the decimals and sign as written.
    static func groupThousands(_ text: String) -> String {
        // Most figures are short: five bytes at least before there is anything to group.
        guard text.utf8.count > 4 else { return text }
        var sign = ""
        var digits = Substring(text)
        if digits.first == "-" || digits.first == "+" { sign = String(digits.removeFirst()) }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = parts[0]
        guard whole.count > 4, whole.allSatisfy(\.isNumber) else { return text }
        var grouped = ""
        for (index, character) in whole.enumerated() {
            if index > 0 && (whole.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return sign + grouped + fraction
    }
}
