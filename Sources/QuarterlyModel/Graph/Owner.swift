import Foundation

/// Who answers for an item: an action's lead officer and portfolio holder, a measure's
/// directorate. The views by owner group a report's items by these.
public struct Owner: Sendable, Hashable {
    public enum Role: String, Sendable, CaseIterable {
        case directorate
        case portfolioHolder = "portfolio holder"
        case leadOfficer = "lead officer"

        /// "Lead officer": how a page names the role (`role.leadOfficer`).
        public var name: Message { Message("role." + key) }
        /// "Lead officers" (`role.leadOfficers`).
        public var plural: Message { Message("role." + key + "s") }

        private var key: String {
            switch self {
            case .directorate: "directorate"
            case .portfolioHolder: "portfolioHolder"
            case .leadOfficer: "leadOfficer"
            }
        }
    }

    public let role: Role
    /// As the content writes it: a role ("Assistant Director – Highways and Transport"),
    /// a Cabinet member, a directorate.
    public let name: String

    public init(_ role: Role, _ name: String) {
        self.role = role
        self.name = name
    }

    /// The names in an owner field: several are separated by semicolons.
    public static func names(in field: String?) -> [String] {
        guard let field, !field.isEmpty else { return [] }
        // Most fields name one owner with nothing to trim: asked for every item of a report.
        if !field.utf8.contains(UInt8(ascii: ";")), let first = field.unicodeScalars.first,
            let last = field.unicodeScalars.last, !CharacterSet.whitespaces.contains(first),
            !CharacterSet.whitespaces.contains(last)
        {
            return [field]
        }
        return field.split(separator: ";").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// The owner's address segment: `assistant-director-highways-and-transport`.
    /// Apostrophes are dropped (`childrens`), anything else that is not a letter or digit
    /// separates words.
    public static func slug(_ name: String) -> String {
        let words = name.lowercased().filter { $0 != "'" && $0 != "’" }
            .split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.joined(separator: "-")
    }
}

extension Action {
    /// Its lead officers, then its portfolio holders.
    public var owners: [Owner] {
        Owner.names(in: leadOfficer).map { Owner(.leadOfficer, $0) }
            + Owner.names(in: portfolioHolder).map { Owner(.portfolioHolder, $0) }
    }
}

extension Measure {
    /// Its directorate.
    public var owners: [Owner] { Owner.names(in: directorate).map { Owner(.directorate, $0) } }
}

/// One owner's items in a report: everything they answer for in any role. Owners whose
/// names make the same address are one owner.
public struct OwnerItems: Sendable {
    public let slug: String
    /// As first written.
    public let name: String
    /// The roles they have, in `Owner.Role` order.
    public let roles: [Owner.Role]
    /// In the report's order.
    public let items: [ReportedItem]
}

extension AssessedGraph {
    /// The owners of the items reported in `quarter`: directorates, then portfolio holders,
    /// then lead officers, each by name.
    public func owners(in quarter: QuarterID) -> [OwnerItems] {
        ownersMemo.value(for: quarter) { computeOwners(in: quarter) }
    }

    private func computeOwners(in quarter: QuarterID) -> [OwnerItems] {
        var names: [String: String] = [:]
        var roles: [String: Set<Owner.Role>] = [:]
        var items: [String: [ReportedItem]] = [:]
        // A few names own thousands of items: each is made a slug once.
        var slugOfName: [String: String] = [:]
        for item in reportedItems(in: quarter) {
            var slugs: Set<String> = []
            for owner in item.owners {
                let slug = slugOfName[owner.name] ?? Owner.slug(owner.name)
                slugOfName[owner.name] = slug
                guard !slug.isEmpty else { continue }
                names[slug] = min(names[slug] ?? owner.name, owner.name)
                roles[slug, default: []].insert(owner.role)
                if slugs.insert(slug).inserted { items[slug, default: []].append(item) }
            }
        }
        let ordered = Owner.Role.allCases.flatMap { role in
            names.filter { roles[$0.key]!.contains(role) }.sorted { $0.value < $1.value }.map(\.key)
        }
        var seen: Set<String> = []
        return ordered.filter { seen.insert($0).inserted }.map { slug in
            OwnerItems(
                slug: slug, name: names[slug]!, roles: Owner.Role.allCases.filter { roles[slug]!.contains($0) },
                items: items[slug]!)
        }
    }

    /// Whether any item reported in `quarter` names an owner.
    public func hasOwners(in quarter: QuarterID) -> Bool {
        // Asked by every page's navigation, so on each preview reload: the first item that
        // names one settles it, where the owners' list (made when a page shows it) reads
        // every item of the report.
        var named = false
        visitReportedItems(in: quarter) { item in
            named = item.owners.contains { !Owner.slug($0.name).isEmpty }
            return named ? .stop : .next
        }
        return named
    }
}
