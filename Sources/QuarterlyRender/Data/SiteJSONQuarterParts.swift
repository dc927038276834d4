import QuarterlyModel

/// A quarter's part of site.json, itself in parts: a quarter holds every update of its
/// items, megabytes at 10,000 files, and an edit changes one of them. Its frame (every
/// member but its lists of updates) and each run of its lists' items are parts of their
/// own, each run reading only its items, so the build makes again only the run with the
/// edited update (and the frame, which is small). The bytes are those of the quarter
/// written whole (`SiteJSONTests` and the build cache's tests compare them).
extension SiteJSON {
    /// The quarter's members that list its updates, in the order the document writes
    /// them (its keys sorted).
    enum QuarterList: String, CaseIterable, Sendable {
        case actionUpdates = "action_updates"
        case measureUpdates = "measure_updates"
        case outcomeCommentary = "outcome_commentary"
        case riskUpdates = "risk_updates"
    }

    /// One item of a quarter's list: what it reads and its JSON, made when asked for.
    struct ListItem: Sendable {
        let reads: [ContentRead]
        let json: @Sendable () -> JSONValue
    }

    /// How many items a run holds: small enough that an edit makes few again, large
    /// enough that the parts stay few (a part is a line of the cache's manifest).
    package static let itemsPerRun = 32

    func listItems(_ list: QuarterList, in quarter: QuarterID) -> [ListItem] {
        // Listed by id, each maker holding the graph and the id: an update is looked up
        // only when its run is made, and a maker holding its item and update (dozens of
        // fields) cost hundreds of bytes for each of 10,000 updates.
        let (graph, commentary) = (graph, commentary)
        switch list {
        case .actionUpdates:
            return graph.actionIDs(in: quarter).map { id in
                ListItem(reads: ContentRead.item(.action, id, in: graph, through: quarter)) {
                    Self.actionUpdate.json(
                        ActionUpdateRow(
                            action: graph.action(id)!, update: graph.actionUpdate(id, in: quarter)!,
                            commentary: commentary))
                }
            }
        case .measureUpdates:
            let update: @Sendable (String) -> JSONValue = { [self] id in measureUpdate(id, in: quarter)! }
            return graph.measureIDs(in: quarter).map { id in
                ListItem(reads: ContentRead.item(.measure, id, in: graph, through: quarter)) { update(id) }
            }
        case .riskUpdates:
            return graph.risks.compactMap { risk in
                let id = risk.id
                guard graph.riskUpdate(id, in: quarter) != nil else { return nil }
                return ListItem(reads: ContentRead.risk(id, in: graph)) {
                    Self.riskUpdate.json(
                        RiskUpdateRow(
                            risk: graph.risk(id)!, update: graph.riskUpdate(id, in: quarter)!, key: graph.site.riskKey))
                }
            }
        case .outcomeCommentary:
            return graph.outcomes.compactMap { outcome in
                let id = outcome.id
                guard graph.commentary(on: id, in: quarter) != nil else { return nil }
                return ListItem(reads: [.item(.outcome, id, through: quarter)]) {
                    Self.commentary.json(
                        CommentaryRow(outcome: graph.outcome(id)!, notes: graph.commentary(on: id, in: quarter)!))
                }
            }
        }
    }

    /// The quarter as parts: `opening` (what comes before it in the quarters' list), its
    /// frame up to its first list's first item, each run of items, the frame between
    /// lists, and the frame after its last item.
    func quarterSegments(_ quarter: Quarter, opening: String) -> [OutputSegment] {
        let lists = QuarterList.allCases.map { ($0, listItems($0, in: quarter.id)) }.filter { !$0.1.isEmpty }
        let row = QuarterRow(json: self, quarter: quarter)
        let frame = OnDemand { Self.frame(of: row, around: lists.map(\.0)) }
        // The frame reads what the whole quarter did: it is small, and says which lists are empty.
        let frameReads: [ContentRead] = [.quartersThrough(quarter.id)]
        var segments = [OutputSegment(reads: frameReads) { Array(opening.utf8) + frame.get[0] }]
        for (index, (_, items)) in lists.enumerated() {
            // Items of a list sit at indent 4: the quarter is at 2, its members at 3.
            segments += Self.runs(of: items, indent: 4)
            segments.append(OutputSegment(reads: frameReads) { frame.get[index + 1] })
        }
        return segments
    }

    /// The quarter written with a marker as the one item of each of `lists`, cut at the
    /// markers: the pieces of the quarter around its lists' items.
    private static func frame(of row: QuarterRow, around lists: [QuarterList]) -> [[UInt8]] {
        var entries: [String: JSONValue] = [:]
        for member in quarter.members where QuarterList(rawValue: member.name) == nil {
            if let value = member.value(row) { entries[member.name] = value }
        }
        for list in QuarterList.allCases { entries[list.rawValue] = .array([]) }
        return cut(entries, around: lists.map(\.rawValue), indent: 2)
    }

    /// A list's items in runs of `itemsPerRun`, each a part reading only its items, as
    /// they are written at `indent` (their list's, plus one).
    static func runs(of items: [ListItem], indent: Int) -> [OutputSegment] {
        let separator = Array(",\n".utf8) + Array(repeating: UInt8(ascii: " "), count: 2 * indent)
        return stride(from: 0, to: items.count, by: itemsPerRun).map { start in
            let run = items[start..<min(start + itemsPerRun, items.count)]
            // The run keeps its items' makers, not their reads (the run's reads hold them).
            let makers = run.map(\.json)
            return OutputSegment(reads: run.flatMap(\.reads)) {
                var bytes: [UInt8] = []
                for (offset, json) in makers.enumerated() {
                    if start + offset > 0 { bytes += separator }
                    bytes += json().bytes(indent: indent)
                }
                return bytes
            }
        }
    }

    /// `entries` written as an object at `indent` with a marker as the one item of each of
    /// `lists` (members in the order the object writes them: keys sorted), cut at the
    /// markers: the pieces around the lists' items.
    static func cut(_ entries: [String: JSONValue], around lists: [String], indent: Int) -> [[UInt8]] {
        var entries = entries
        var markers: [[UInt8]] = []
        for (index, list) in lists.enumerated() {
            // A control character no content may hold (`ControlCharacters`).
            let marker = "\u{1}list\(index)\u{1}"
            entries[list] = .array([.string(marker)])
            var written: [UInt8] = []
            JSONValue.write(string: marker, into: &written)
            markers.append(written)
        }
        let bytes = JSONValue.object(entries).bytes(indent: indent)
        var pieces: [[UInt8]] = []
        var from = bytes.startIndex
        for marker in markers {
            let range = bytes[from...].firstRange(of: marker)!
            pieces.append(Array(bytes[from..<range.lowerBound]))
            from = range.upperBound
        }
        pieces.append(Array(bytes[from...]))
        return pieces
    }
}
