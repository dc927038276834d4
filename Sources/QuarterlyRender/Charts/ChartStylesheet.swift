import QuarterlyModel

/// The rules of a site's stylesheet that style one chart: its custom properties
/// (`:root`), its font, and every rule (outside `@media`) whose selectors name only
/// classes the chart uses. So a council's restyled colours reach its embedded charts
/// too, and nothing else of the page comes with them.
enum ChartStylesheet {
    static func rules(for classes: Set<String>, in css: String) -> String {
        var out: [String] = []
        for (prelude, body) in topLevelRules(withoutComments(css)) {
            let selectors = prelude.split(separator: ",").map { String($0).trimmed() }
            if selectors == [":root"] {
                out.append(":root { \(body) }")
            } else if selectors == ["body"] {
                let font = body.split(separator: ";").map { String($0).trimmed() }.filter {
                    $0.hasPrefix("font-family") || $0.hasPrefix("color")
                }
                if !font.isEmpty { out.append("svg { \(font.joined(separator: "; ")); }") }
            } else {
                let kept = selectors.filter { selector in
                    let named = classNames(in: selector)
                    return !named.isEmpty && named.isSubset(of: classes)
                }
                if !kept.isEmpty { out.append("\(kept.joined(separator: ", ")) { \(body) }") }
            }
        }
        return out.joined(separator: "\n")
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
