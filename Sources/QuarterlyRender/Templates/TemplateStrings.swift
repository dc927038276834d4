import Mustache
import QuarterlyModel

/// The catalogue's labels as templates read them: `{{t.nav.home}}` is the string `nav.home`
/// (escaped like any text). Only strings with nothing to fill in are here; sentences built
/// from figures come from the page's own fields. The template check refuses a `t.` name
/// the catalogue does not have.
final class TemplateStrings: MustacheParent, Sendable {
    private let children: [String: any Sendable]

    private init(_ children: [String: any Sendable]) { self.children = children }

    convenience init(_ catalogue: Catalogue) {
        var plain: [[Substring]: String] = [:]
        for key in catalogue.keys {
            if case .text(let pattern) = catalogue.entry(key), pattern.isPlain {
                plain[key.split(separator: ".")] = catalogue[key]
            }
        }
        self.init(Self.tree(plain))
    }

    private static func tree(_ entries: [[Substring]: String]) -> [String: any Sendable] {
        var leaves: [String: any Sendable] = [:]
        var groups: [String: [[Substring]: String]] = [:]
        for (path, words) in entries {
            guard let first = path.first else { continue }
            if path.count == 1 {
                leaves[String(first)] = words
            } else {
                groups[String(first), default: [:]][Array(path.dropFirst())] = words
            }
        }
        for (name, group) in groups where leaves[name] == nil {
            leaves[name] = TemplateStrings(tree(group))
        }
        return leaves
    }

    func child(named name: String) -> Any? { children[name] }

    /// The keys a template may name after `t.`: those with nothing to fill in.
    static func names(in catalogue: Catalogue) -> Set<String> {
        Set(
            catalogue.keys.filter {
                if case .text(let pattern) = catalogue.entry($0) { pattern.isPlain } else { false }
            })
    }
}
