import QuarterlyModel

/// Published means frozen: each published quarter with a record (`published.yml`) must
/// still make the report it records. Each difference is reported at the content line that
/// gives the new value (the update's `value:`, the definition's `target:` or `title:`…);
/// a difference no line explains (a RAG that a rule now computes differently) is reported
/// at the quarter's `status:` line, since only a correction can accept it.
struct PublicationCheck {
    private struct Key: Hashable {
        let kind: ContentKind
        let quarter: QuarterID?
        let id: String
    }

    private let files: [Key: DecodedFile]
    /// The graph as the public site is built from it (drafts dropped).
    let published: AssessedGraph
    /// Every quarter's record, to tell whether an earlier figure changed.
    private let records: [QuarterID: PublishedReport]

    init(files: [DecodedFile], published: AssessedGraph, records: [PublishedReport]) {
        var index: [Key: DecodedFile] = [:]
        for file in files where file.item != nil {
            index[Key(kind: file.place.kind, quarter: file.place.quarter, id: file.place.id)] = file
        }
        self.files = index
        self.published = published
        self.records = Dictionary(records.map { ($0.quarter, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The report `record`'s quarter makes now, and how it differs from the record; nil
    /// when the quarter is not in the public graph (a draft).
    func compare(_ record: PublishedReport) -> (report: PublishedReport, differences: [ReportDifference])? {
        guard let quarter = published.quarter(record.quarter) else { return nil }
        let report = PublishedReport(quarter, in: published)
        return (report, report.differences(from: record))
    }

    /// One error per subject whose facts differ, at the line responsible.
    func diagnostics(_ differences: [ReportDifference], in quarter: QuarterID) -> [Diagnostic] {
        differences.map { difference in
            let cause = self.cause(of: difference, in: quarter)
            return Diagnostic(
                path: cause.path, position: cause.position, code: .publishedReportChanged,
                message: "this changes the published \(quarter.label) report: \(difference.description)",
                hint: cause.hint + " " + Self.correction(quarter))
        }
    }

    static func correction(_ quarter: QuarterID) -> String {
        "If the published report was wrong, record the change as a dated correction, which its page will show: `quarterly publish \(quarter.slug) --correction \"what was corrected and why\"`."
    }

    // MARK: Where a difference comes from

    private struct Cause {
        let path: String
        let position: TextPosition
        let hint: String
    }

    private static let undo = "A published report does not change: undo the edit."

    private func cause(of difference: ReportDifference, in quarter: QuarterID) -> Cause {
        let index = file(.quarter, quarter, quarter.slug)
        let fallback = Cause(
            path: index?.displayPath ?? "quarters/\(quarter.slug)/index.md",
            position: index?.positions["status"] ?? .start,
            hint:
                "No content line explains it: a measure's `polarity`, `tolerances` or kind, `site.yml`, or Quarterly's own rules changed how the report is made. Check the report as it would now be (`quarterly serve`); if it is wrong, undo that change."
        )
        switch difference.change {
        case .removed:
            return Cause(
                path: fallback.path, position: fallback.position,
                hint:
                    "Its update, outcome commentary or definition was deleted, or its plan years changed: restore it, or give its plan years (`first_year`, `last_year`) so it stays in \(quarter.financialYear)."
            )
        case .added:
            let kind: ContentKind =
                switch difference.subject {
                case .action: .actionUpdate
                case .measure: .measureUpdate
                default: .outcomeCommentary
                }
            let added = file(kind, quarter, difference.id) ?? file(.outcome, nil, difference.id)
            return Cause(
                path: added?.displayPath ?? fallback.path, position: .start,
                hint:
                    "It was not in the report as published: delete this file, or move it to a quarter not yet published."
            )
        case .changed(let facts):
            for change in facts {
                if let cause = cause(of: change, for: difference, in: quarter) { return cause }
            }
            return fallback
        }
    }

    /// The line that gives a fact's value now, with a hint for it; nil when no line does.
    private func cause(of change: FactChange, for difference: ReportDifference, in quarter: QuarterID) -> Cause? {
        let fact = change.fact
        let year = quarter.financialYear
        let id = difference.id
        /// A definition's line, which every quarter shares: its hint says how to keep the
        /// published value for this quarter (`kept`), by year or in the update.
        func shared(_ file: DecodedFile?, _ key: String, kept: Kept) -> Cause? {
            line(file, key, hint: Self.keeping(key, published: change.recorded, year: year, kept))
        }
        switch difference.subject {
        case .quarter:
            let index = file(.quarter, quarter, quarter.slug)
            switch fact {
            case .plan: return line(index, "plan") ?? line(file(.site, nil, ""), "title")
            case .introduction: return index.map { body($0) }
            default: return line(index, fact.rawValue) ?? line(index, "status")
            }
        case .outcome:
            let outcome = file(.outcome, nil, id)
            switch fact {
            case .ref: return line(outcome, "refs.\(year)") ?? shared(outcome, "ref", kept: .byYear("refs"))
            case .title: return line(outcome, "title")
            case .commentary: return file(.outcomeCommentary, quarter, id).map { body($0) }
            default: return nil
            }
        case .action, .measure:
            let isAction = difference.subject == .action
            let update = file(isAction ? .actionUpdate : .measureUpdate, quarter, id)
            let definition = file(isAction ? .action : .measure, nil, id)
            let noun = difference.subject.rawValue
            switch fact {
            case .ref:
                return line(update, "ref") ?? line(definition, "refs.\(year)")
                    ?? shared(definition, "ref", kept: .byYear("refs"))
            case .title: return line(update, "title") ?? shared(definition, "title", kept: .inUpdate(noun))
            case .milestone:
                return line(update, "milestone") ?? shared(definition, "milestone", kept: .inUpdate(noun))
            case .outcome:
                return line(definition, "outcomes.\(year)") ?? shared(definition, "outcome", kept: .byYear("outcomes"))
            case .unit: return line(definition, "unit") ?? definition.map { at($0, .start) }
            case .value, .display, .period: return line(update, fact.rawValue) ?? update.map { at($0, .start) }
            case .target:
                if let stated = line(update, "target") { return stated }
                return line(definition, "targets.\(year)") ?? shared(definition, "target", kept: .byYear("targets"))
            case .rag: return line(update, "rag")
            case .direction:
                if let stated = line(update, "direction") { return stated }
                return earlierUpdate(of: difference.subject, id, in: quarter)
            case .section: return line(update, "section") ?? line(update, "rag")
            case .commentary: return update.map { body($0) }
            default: return nil
            }
        }
    }

    /// The earlier update a computed direction is now worked out from (its figure, or an
    /// action's RAG), unless that quarter's record shows it unchanged: then no line explains it.
    private func earlierUpdate(of subject: ReportSubject, _ id: String, in quarter: QuarterID) -> Cause? {
        let earlier: QuarterID?
        let key: ReportFact
        let now: (QuarterID) -> String?
        if subject == .action {
            earlier = published.actionUpdate(id, in: quarter)?.previous?.quarter
            key = .rag
            now = { published.actionUpdate(id, in: $0)?.rag.label }
        } else {
            earlier = published.measureUpdate(id, in: quarter)?.computedDirection?.comparedWith
            key = .value
            now = { published.measureUpdate(id, in: $0)?.value?.text }
        }
        guard let earlier, let update = file(subject == .action ? .actionUpdate : .measureUpdate, earlier, id) else {
            return nil
        }
        if let recorded = records[earlier]?.entry(subject, id)?.facts[key], recorded == now(earlier) { return nil }
        return line(update, key.rawValue)
    }

    private func file(_ kind: ContentKind, _ quarter: QuarterID?, _ id: String) -> DecodedFile? {
        files[Key(kind: kind, quarter: quarter, id: id)]
    }

    /// `key`'s line in `file`, when written there. A key under a year (`targets.2019/20`)
    /// gives the value for that plan year only.
    private func line(_ file: DecodedFile?, _ key: String, hint: String? = nil) -> Cause? {
        guard let file, let position = file.positions[key] else { return nil }
        let shown =
            hint ?? (key.contains(".") ? "\(Self.undo) This line gives the value for one plan year only." : Self.undo)
        return at(file, position, hint: shown)
    }

    /// Where a definition's value can be kept for the years or quarters already published.
    private enum Kept {
        /// Under a key by year: `targets`, `refs`, `outcomes`.
        case byYear(String)
        /// In each published quarter's update (an action's or a measure's).
        case inUpdate(String)
    }

    /// The hint for a definition's key, with the value to keep for `year` when the record gives it.
    private static func keeping(_ key: String, published: String?, year: String, _ kept: Kept) -> String {
        // A pro-rata target is a part of the year's: the year's own target is not in the record.
        let value = published.flatMap { $0.hasSuffix(")") ? nil : written($0) }
        switch kept {
        case .byYear(let byYear):
            let example = value.map { ", e.g. `\(year): \($0)` for this report's year" } ?? ""
            return
                "\(undo) This `\(key)` applies to every year `\(byYear):` does not name: to change it from one year on, keep the published one for the years it applied under `\(byYear):`\(example) (see Plans by year in content-format.md)."
        case .inUpdate(let noun):
            let example = value.map { " (`\(key): \($0)`)" } ?? ""
            return
                "\(undo) This \(noun)'s `\(key)` applies to every quarter that does not give its own: to change it for later quarters only, give the published one in each published quarter's update\(example)."
        }
    }

    /// A value as an officer would type it after `key: `: quoted only when YAML needs it.
    private static func written(_ value: String) -> String {
        let plain = value.unicodeScalars.allSatisfy {
            ($0.properties.isAlphabetic || $0.properties.numericType != nil || " .,/'()–-".unicodeScalars.contains($0))
        }
        let startsPlainly = value.first?.isLetter == true || value.first?.isNumber == true
        return plain && startsPlainly && value.lowercased() != "null" ? value : YAMLText.quoted(value)
    }

    private func body(_ file: DecodedFile) -> Cause {
        at(file, file.bodyPosition, hint: Self.undo)
    }

    private func at(_ file: DecodedFile, _ position: TextPosition, hint: String = undo) -> Cause {
        Cause(path: file.displayPath, position: position, hint: hint)
    }
}
