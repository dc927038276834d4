/// `2019/20`: the label of a UK financial year, as content names plan years.
public enum FinancialYear {
    /// A year and the next year's last two digits.
    public static func isLabel(_ text: String) -> Bool {
        startYear(of: text) != nil
    }

    /// 2019 for `2019/20`; nil for anything that is not a financial year's label.
    public static func startYear(of text: String) -> Int? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let first = Int(parts[0]), let second = Int(parts[1]), (first + 1) % 100 == second
        else { return nil }
        return first
    }
}
