import QuarterlyModel

/// A figure as a JSON number with the digits the officer wrote: `80.0` stays `80.0`, so a
/// reader sees the precision the council published. JSON's grammar is stricter than a
/// content figure's, so only what it forbids is rewritten: a leading `+`, leading zeros,
/// and a bare decimal point (`+05.` is written `5`, `.5` is `0.5`). The value is the same.
package enum ExactNumber {
    package static func json(_ text: String) -> JSONValue {
        .number(jsonText(text))
    }

    package static func jsonText(_ text: String) -> String {
        var digits = Substring(text)
        var sign = ""
        if let first = digits.first, first == "-" || first == "+" {
            if first == "-" { sign = "-" }
            digits = digits.dropFirst()
        }
        let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var whole = parts.first.map { $0.drop { $0 == "0" } } ?? ""
        if whole.isEmpty { whole = "0" }
        let fraction = parts.count > 1 ? parts[1] : ""
        let number = String(whole) + (fraction.isEmpty ? "" : "." + fraction)
        // -0 is a JSON number, but a figure written `-0` means nothing less than 0.
        return number.allSatisfy({ $0 == "0" || $0 == "." }) ? number : sign + number
    }
}

extension Figure: JSONConvertible {
    /// The figure as written (see `ExactNumber`).
    var json: JSONValue { ExactNumber.json(text) }
}
