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
        // Places in the arrays, not copies of the items: this runs while the whole content
        // is held, at a large site's peak of memory.
        let actionIndex = Dictionary(actions.indices.map { (actions[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        let measureIndex = Dictionary(measures.indices.map { (measures[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        var actionFiles: [String: Int] = [:]
        var measureFiles: [String: Int] = [:]
        for (index, file) in files.enumerated() {
            switch file.place.kind {
            case .action: if actionFiles[file.place.id] == nil { actionFiles[file.place.id] = index }
            case .measure: if measureFiles[file.place.id] == nil { measureFiles[file.place.id] = index }
            default: break
            }
        }

        /// Who claims a ref: the item, and the file and line that give it (worked out
        /// only for the refs claimed twice: most never are).
        struct Claim {
            let id: String
            let file: Int
            /// The update's own `ref:`; else the definition's, for `year`'s `refs:` entry if set.
            let inUpdate: Bool
            let year: String?

            func origin(in files: [DecodedFile]) -> RefOrigin {
                let file = files[file]
                let key = inUpdate ? "ref" : year.map { "refs.\($0)" } ?? "ref"
                return RefOrigin(path: file.displayPath, position: file.positions[key] ?? .start, inUpdate: inUpdate)
            }
        }
        struct ClaimKey: Hashable {
            let isAction: Bool
            let quarter: QuarterID
            let ref: String
        }
        /// (noun, quarter, ref) → the first item with that ref, and its place in reading
        /// order; the others with it, in reading order (most refs have none).
        var firstClaims: [ClaimKey: (claim: Claim, order: Int)] = [:]
        var laterClaims: [ClaimKey: [Claim]] = [:]
        for (index, file) in files.enumerated() {
            let isAction: Bool
            let id: String
            let quarter: QuarterID
            let stated: String?
            let planRef: (year: String?, ref: String)?
            switch file.place.kind {
            case .actionUpdate:
                guard let update = file.item as? ActionUpdate else { continue }
                (isAction, id, quarter, stated) = (true, update.actionID, update.quarter, update.ref)
                planRef = actionIndex[update.actionID].map {
                    (year(actions[$0].refsByYear, update.quarter), actions[$0].ref(in: update.quarter))
                }
            case .measureUpdate:
                guard let update = file.item as? MeasureUpdate else { continue }
                (isAction, id, quarter, stated) = (false, update.measureID, update.quarter, update.ref)
                planRef = measureIndex[update.measureID].map {
                    (year(measures[$0].refsByYear, update.quarter), measures[$0].ref(in: update.quarter))
                }
            default: continue
            }
            let claim: Claim
            let ref: String
            if let stated {
                (ref, claim) = (stated, Claim(id: id, file: index, inUpdate: true, year: nil))
            } else if let planRef, let definition = (isAction ? actionFiles : measureFiles)[id] {
                (ref, claim) = (planRef.ref, Claim(id: id, file: definition, inUpdate: false, year: planRef.year))
            } else {
                continue
            }
            let key = ClaimKey(isAction: isAction, quarter: quarter, ref: ref)
            if firstClaims[key] == nil {
                firstClaims[key] = (claim, firstClaims.count)
            } else {
                laterClaims[key, default: []].append(claim)
            }
        }
        // The refs claimed more than once, in the order each was first claimed.
        let order = laterClaims.keys.sorted { firstClaims[$0]!.order < firstClaims[$1]!.order }
        var details: [ClaimKey: (noun: String, quarter: QuarterID, ref: String)] = [:]
        var originClaims: [ClaimKey: [(id: String, origin: RefOrigin)]] = [:]
        for key in order {
            guard let first = firstClaims[key]?.claim, let later = laterClaims[key] else { continue }
            let items = [first] + later
            guard Set(items.map(\.id)).count > 1 else { continue }
            details[key] = (key.isAction ? "action" : "measure", key.quarter, key.ref)
            originClaims[key] = items.map { ($0.id, $0.origin(in: files)) }
        }

        // Each clash between two places is reported once, with the quarters it affects.
        var clashes:
            [RefOrigin: (other: (id: String, path: String), noun: String, ref: String, quarters: [QuarterID])] =
                [:]
        var reported: [RefOrigin] = []
        for key in order {
            guard let items = originClaims[key], let (noun, quarter, ref) = details[key] else { continue }
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
