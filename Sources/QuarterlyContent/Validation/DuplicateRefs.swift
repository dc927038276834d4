import QuarterlyModel

/// Within one quarter, no two actions (or two measures) may carry the same ref. A clash
/// is reported once, where the ref was written: an update's own `ref:` line when it gave
/// one, else the definition's `ref` (or its `refs:` entry for that year), naming the
/// other file that has it.
extension ContentValidator {
    /// Where an item's ref in one quarter was written.
    private struct RefOrigin: Hashable {
        let path: String
        let position: TextPosition
        /// An update's own `ref:` (rather than its definition's).
        let inUpdate: Bool

        static func == (a: RefOrigin, b: RefOrigin) -> Bool {
            a.path == b.path && a.position == b.position && a.inUpdate == b.inUpdate
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(path)
            hasher.combine(position.line)
            hasher.combine(position.column)
        }
    }

    static func checkDuplicateRefs(_ files: [DecodedFile], actions: [Action], measures: [Measure]) -> [Diagnostic] {
        let actionIndex = Dictionary(actions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let measureIndex = Dictionary(measures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let definitions = Dictionary(
            files.filter { $0.place.kind == .action || $0.place.kind == .measure }.map {
                ("\($0.place.kind.rawValue)|\($0.place.id)", $0)
            }, uniquingKeysWith: { a, _ in a })

        /// (noun, quarter, ref) → each item with that ref, in reading order.
        var claims: [String: [(id: String, origin: RefOrigin)]] = [:]
        var order: [String] = []
        var details: [String: (noun: String, quarter: QuarterID, ref: String)] = [:]
        for file in files {
            let noun: String
            let id: String
            let quarter: QuarterID
            let stated: String?
            let planRef: (year: String?, ref: String)?
            switch file.item {
            case let update as ActionUpdate:
                let action = actionIndex[update.actionID]
                (noun, id, quarter, stated) = ("action", update.actionID, update.quarter, update.ref)
                planRef = action.map { (year($0.refsByYear, update.quarter), $0.ref(in: update.quarter)) }
            case let update as MeasureUpdate:
                let measure = measureIndex[update.measureID]
                (noun, id, quarter, stated) = ("measure", update.measureID, update.quarter, update.ref)
                planRef = measure.map { (year($0.refsByYear, update.quarter), $0.ref(in: update.quarter)) }
            default: continue
            }
            let origin: RefOrigin
            let ref: String
            if let stated {
                (ref, origin) = (
                    stated,
                    RefOrigin(path: file.displayPath, position: file.positions["ref"] ?? .start, inUpdate: true)
                )
            } else if let planRef, let definition = definitions["\(noun)|\(id)"] {
                let key = planRef.year.map { "refs.\($0)" } ?? "ref"
                (ref, origin) = (
                    planRef.ref,
                    RefOrigin(
                        path: definition.displayPath, position: definition.positions[key] ?? .start, inUpdate: false)
                )
            } else {
                continue
            }
            let key = "\(noun)|\(quarter)|\(ref)"
            if claims[key] == nil {
                order.append(key)
                details[key] = (noun, quarter, ref)
            }
            claims[key, default: []].append((id, origin))
        }

        // Each clash between two places is reported once, with the quarters it affects.
        var clashes:
            [RefOrigin: (other: (id: String, path: String), noun: String, ref: String, quarters: [QuarterID])] =
                [:]
        var reported: [RefOrigin] = []
        for key in order {
            guard let items = claims[key], Set(items.map(\.id)).count > 1, let (noun, quarter, ref) = details[key]
            else { continue }
            // The place that introduced the clash: an update's own ref before a definition's; else the later file.
            let sorted = items.sorted { a, b in
                a.origin.inUpdate != b.origin.inUpdate ? a.origin.inUpdate : a.origin.path > b.origin.path
            }
            let (blamed, other) = (sorted[0], sorted.first { $0.id != sorted[0].id }!)
            if clashes[blamed.origin] == nil {
                reported.append(blamed.origin)
                clashes[blamed.origin] = ((other.id, other.origin.path), noun, ref, [])
            }
            clashes[blamed.origin]?.quarters.append(quarter)
        }
        return reported.map { origin in
            let clash = clashes[origin]!
            let quarters = clash.quarters.sorted()
            let when =
                quarters.count == 1
                ? quarters[0].label
                : "\(quarters[0].label) and \(quarters.count - 1) later quarter\(quarters.count == 2 ? "" : "s")"
            return Diagnostic(
                path: origin.path, position: origin.position, code: .duplicateRef,
                message:
                    "ref `\(clash.ref)` is also the ref of \(clash.noun) `\(clash.other.id)` (\(clash.other.path)) in \(when)",
                hint: origin.inUpdate
                    ? "Each \(clash.noun) needs its own ref within a quarter: correct this update's `ref`, or remove it to use the definition's."
                    : "Each \(clash.noun) needs its own ref within a quarter: give one of the two definitions another ref, or in `refs:` the ref it had in that year's plan."
            )
        }
    }

    /// The financial year whose `refs:` entry gives the ref in `quarter`, if one does.
    private static func year(_ refs: [String: String], _ quarter: QuarterID) -> String? {
        refs[quarter.financialYear] == nil ? nil : quarter.financialYear
    }
}
