import QuarterlyModel
import Synchronization

/// The rules of a site's stylesheet that style one chart: its custom properties
/// (`:root`), its font, and every rule (outside `@media`) whose selectors name only
/// classes the chart uses. So a council's restyled colours reach its embedded charts
/// too, and nothing else of the page comes with them.
///
/// The site's stylesheet is parsed once (`init`) and filtered for each chart
/// (`rules(for:)`): parsing it again for every one of a large site's chart files was a
/// sixth of its build.
package struct ChartStylesheet: Sendable {
    /// A top-level rule: its text when every chart carries it (`:root`, the font), or
    /// its selectors, each with the classes it names, and its declarations.
    private enum Rule: Sendable {
        case always(String)
        case filtered(selectors: [(selector: String, classes: Set<String>)], body: String)
    }

    private let parsed: [Rule]
    /// The rules for each set of classes asked for: a site's charts use a handful of sets.
    private let chosen = Memo()

    private final class Memo: Sendable {
        let rules = Mutex<[Set<String>: String]>([:])
    }

    package init(_ css: String) {
        parsed = Self.topLevelRules(Self.withoutComments(css)).compactMap { prelude, body in
            let selectors = prelude.split(separator: ",").map { String($0).trimmed() }
            if selectors == [":root"] { return .always(":root { \(body) }") }
            if selectors == ["body"] {
                let font = body.split(separator: ";").map { String($0).trimmed() }.filter {
                    $0.hasPrefix("font-family") || $0.hasPrefix("color")
                }
                return font.isEmpty ? nil : .always("svg { \(font.joined(separator: "; ")); }")
            }
            return .filtered(selectors: selectors.map { ($0, Self.classNames(in: $0)) }, body: body)
        }
    }

    package static func rules(for classes: Set<String>, in css: String) -> String {
        ChartStylesheet(css).rules(for: classes)
    }

    package func rules(for classes: Set<String>) -> String {
        if let known = chosen.rules.withLock({ $0[classes] }) { return known }
        let text = parsed.compactMap { rule -> String? in
            switch rule {
            case .always(let text): return text
            case .filtered(let selectors, let body):
                let kept = selectors.filter { !$0.classes.isEmpty && $0.classes.isSubset(of: classes) }.map(\.selector)
                return kept.isEmpty ? nil : "\(kept.joined(separator: ", ")) { \(body) }"
            }
        }.joined(separator: "\n")
        chosen.rules.withLock { $0[classes] = text }
        return text
    }

    /// `.chart .line.value` → chart, line, value.
    static func classNames(in selector: String) -> Set<String> {
        var names = Set<String>()
        var current: String?
        for character in selector {
            if character == "." {
                if let name = current, !name.isEmpty { names.insert(name) }
                current = ""
            } else if current != nil, character.isLetter || character.isNumber || character == "-" || character == "_" {
                current! += String(character)
            } else {
                if let name = current, !name.isEmpty { names.insert(name) }
                current = nil
            }
        }
        if let name = current, !name.isEmpty { names.insert(name) }
        return names
    }

    static func withoutComments(_ css: String) -> String {
        var out = ""
        var rest = Substring(css)
        while let start = rest.range(of: "/*") {
            out += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].range(of: "*/") else { return out }
            rest = rest[end.upperBound...]
        }
        return out + rest
    }

    /// Each top-level `selectors { declarations }`, skipping at-rules and their blocks.
    static func topLevelRules(_ css: String) -> [(String, String)] {
        var rules: [(String, String)] = []
        var prelude = ""
        var body = ""
        var depth = 0
        var skipping = false
        for character in css {
            switch character {
            case "{":
                depth += 1
                if depth == 1 {
                    skipping = prelude.trimmed().hasPrefix("@")
                } else if !skipping {
                    body.append(character)
                }
            case "}":
                depth -= 1
                if depth == 0 {
                    if !skipping { rules.append((prelude.trimmed(), body.trimmed())) }
                    (prelude, body, skipping) = ("", "", false)
                } else if depth < 0 {
                    depth = 0
                } else if !skipping {
                    body.append(character)
                }
            case ";" where depth == 0:
                // `@import …;` and other statement at-rules.
                prelude = ""
            default:
                if depth == 0 { prelude.append(character) } else if !skipping { body.append(character) }
            }
        }
        return rules
    }
}
