import Foundation

/// How a cell's number format shows its number, so a figure reads in from a spreadsheet
/// as the officer saw it (and as Excel's own CSV export would write it): `80` formatted
/// `0.0` is `80.0`, `0.655` formatted `0%` is `66`, and a General number is shown to 15
/// significant digits, so a sum stored as 0.30000000000000004 is `0.3`.
package struct NumberFormat: Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        /// Excel's General: as many digits as needed, up to 15 significant.
        case general
        /// A fixed number of decimal places, with up to `optional` more shown when not zero.
        case decimals(Int, optional: Int)
        case date
    }

    package let kind: Kind
    /// Shown as a percentage: the number times 100 (the `%` itself is not part of the figure).
    let percent: Bool

    static let general = NumberFormat(kind: .general, percent: false)

    /// The built-in formats Excel and LibreOffice refer to by number.
    static func builtIn(_ id: Int) -> NumberFormat {
        switch id {
        case 1, 3, 37, 38: NumberFormat(kind: .decimals(0, optional: 0), percent: false)
        case 2, 4, 39, 40: NumberFormat(kind: .decimals(2, optional: 0), percent: false)
        case 9: NumberFormat(kind: .decimals(0, optional: 0), percent: true)
        case 10: NumberFormat(kind: .decimals(2, optional: 0), percent: true)
        case 14...22, 27...36, 45...47, 50...58: NumberFormat(kind: .date, percent: false)
        default: .general
        }
    }

    /// A format code such as `0.0`, `#,##0.00`, `0.0%`, `yyyy-mm-dd` or `General`.
    package init(code: String) {
        // The first section is for positive numbers (and all, when there is one); quoted
        // text, escaped characters and [colour] or [condition] brackets show no digits.
        var plain = ""
        var quoted = false
        var escaped = false
        var bracket = false
        for character in code {
            if escaped {
                escaped = false
            } else if quoted {
                if character == "\"" { quoted = false }
            } else if bracket {
                if character == "]" { bracket = false }
            } else if character == "\"" {
                quoted = true
            } else if character == "\\" || character == "_" || character == "*" {
                escaped = true
            } else if character == "[" {
                bracket = true
            } else if character == ";" {
                break
            } else {
                plain.append(character)
            }
        }
        let lower = plain.lowercased()
        percent = plain.contains("%")
        if lower.contains(where: { "ymdhs".contains($0) }), !lower.contains("general") {
            kind = .date
        } else if lower.contains("e+") || lower.contains("e-")
            || !plain.contains(where: { $0 == "0" || $0 == "#" || $0 == "?" })
        {
            kind = .general
        } else if let point = plain.firstIndex(of: ".") {
            let places = plain[plain.index(after: point)...].prefix { "0#?".contains($0) }
            let fixed = places.filter { $0 == "0" }.count
            kind = .decimals(fixed, optional: places.count - fixed)
        } else {
            kind = .decimals(0, optional: 0)
        }
    }

    init(kind: Kind, percent: Bool) {
        self.kind = kind
        self.percent = percent
    }

    /// The stored number (`<v>` text) as this format shows it, without `%` or thousands
    /// separators; nil when the text is not a number.
    package func shown(_ stored: String) -> String? {
        guard var number = Decimal(string: stored, locale: Locale(identifier: "en_US_POSIX")),
            Double(stored)?.isFinite == true
        else { return nil }
        if percent { number *= 100 }
        switch kind {
        case .general, .date:
            return Self.significant(number, digits: 15)
        case .decimals(let fixed, let optional):
            let rounded = Self.rounded(number, places: fixed + optional)
            return Self.text(rounded, minimumPlaces: fixed)
        }
    }

    static func rounded(_ number: Decimal, places: Int) -> Decimal {
        var value = number
        var result = Decimal()
        NSDecimalRound(&result, &value, places, .plain)
        return result
    }

    /// To `digits` significant digits, with no trailing zeros after the point.
    static func significant(_ number: Decimal, digits: Int) -> String {
        guard !number.isZero else { return "0" }
        let magnitude = Int(floor(log10(abs(NSDecimalNumber(decimal: number).doubleValue))))
        return text(rounded(number, places: max(0, digits - 1 - magnitude)), minimumPlaces: 0)
    }

    /// Plain digits (never an exponent), with at least `minimumPlaces` decimals.
    static func text(_ number: Decimal, minimumPlaces: Int) -> String {
        var digits = NSDecimalNumber(decimal: number).description(withLocale: Locale(identifier: "en_US_POSIX"))
        if digits == "-0" { digits = "0" }
        let places = digits.firstIndex(of: ".").map { digits.distance(from: $0, to: digits.endIndex) - 1 } ?? 0
        if places < minimumPlaces {
            digits += (places == 0 ? "." : "") + String(repeating: "0", count: minimumPlaces - places)
        }
        return digits
    }
}
