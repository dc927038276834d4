/// The plural forms a language's words take by number (the Unicode CLDR categories).
/// English has `one` and `other`; Welsh all six: 0 cathod, 1 gath, 2 gath, 3 chath,
/// 6 chath, 4 cath.
public enum PluralCategory: String, CaseIterable, Sendable {
    case zero, one, two, few, many, other

    /// The CLDR cardinal rule for whole numbers in `language` (`en`, `cy`, `en-GB`…);
    /// languages not listed take English's.
    public static func of(_ number: Int, language: String) -> PluralCategory {
        switch LanguageCode.primary(language) {
        case "cy":
            switch abs(number) {
            case 0: .zero
            case 1: .one
            case 2: .two
            case 3: .few
            case 6: .many
            default: .other
            }
        default:
            abs(number) == 1 ? .one : .other
        }
    }

    /// The categories `language` uses, for checking a strings file.
    public static func used(by language: String) -> Set<PluralCategory> {
        switch LanguageCode.primary(language) {
        case "cy": Set(allCases)
        default: [.one, .other]
        }
    }
}

/// Language codes as site.yml and strings files write them (`en-GB`, `cy`).
public enum LanguageCode {
    /// `en-GB` → `en`.
    public static func primary(_ code: String) -> String {
        String(code.lowercased().split(separator: "-").first ?? "")
    }
}
