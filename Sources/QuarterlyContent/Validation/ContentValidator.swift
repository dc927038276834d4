import QuarterlyModel

/// The result of checking the whole content graph: a graph only when there are no errors.
public struct ValidationResult: Sendable {
    public let graph: ContentGraph?
    /// The graph with statuses computed (`ContentGraph.assessed()`), drafts included: the
    /// status warnings come from it, so a build with nothing to drop need not compute it again.
    public var assessed: AssessedGraph? = nil
    /// Every error and warning, in reading order.
    public let diagnostics: [Diagnostic]
    /// With `publishing`, and no errors: the report it would record.
    public var publication: Publication? = nil
}

/// Step two: checks that hold across files — references resolve, outcomes form a
/// tree, refs are unique within a quarter — and assembles the `ContentGraph`.
public enum ContentValidator {
    /// - Parameters:
    ///   - today: the date published quarters must have ended by (a parameter so tests are fixed in time).
    ///   - publishing: a quarter to check as `quarterly publish` would publish it.
    ///   - statuses: the statuses of the last load (`quarterly serve`), reused for each item
    ///     whose files are unchanged.
    ///   - structures: the graph's structure of the last load, reused while the files that
    ///     define items are unchanged.
    public static func validate(
        _ loaded: LoadedContent, today: CalendarDate = .today, publishing: Publishing? = nil,
        statuses: StatusMemo? = nil, reports: ReportMemo? = nil, checks: CheckMemo? = nil,
        structures: StructureMemo? = nil
    ) -> ValidationResult {
        var site: SiteConfig?
        var outcomes: [Outcome] = []
        var actions: [Action] = []
        var measures: [Measure] = []
        var quarters: [Quarter] = []
        var actionUpdates: [ActionUpdate] = []
        var measureUpdates: [MeasureUpdate] = []
        var commentary: [OutcomeCommentary] = []
        var risks: [Risk] = []
        var riskUpdates: [RiskUpdate] = []
        var stated: Quarter?
        // Each file's kind names its item's type: one cast a file, not one per type tried
        // (a preview reload's 3%).
        for file in loaded.files {
            let item = file.item
            switch file.place.kind {
            case .site: site = item as? SiteConfig ?? site
            case .outcome: (item as? Outcome).map { outcomes.append($0) }
            case .action: (item as? Action).map { actions.append($0) }
            case .measure: (item as? Measure).map { measures.append($0) }
            case .quarter:
                guard let value = item as? Quarter else { continue }
                guard let publishing, value.id == publishing.quarter else {
                    quarters.append(value)
                    continue
                }
                stated = value
                quarters.append(publishing.applied(to: value))
            case .actionUpdate: (item as? ActionUpdate).map { actionUpdates.append($0) }
            case .measureUpdate: (item as? MeasureUpdate).map { measureUpdates.append($0) }
            case .outcomeCommentary: (item as? OutcomeCommentary).map { commentary.append($0) }
            case .risk: (item as? Risk).map { risks.append($0) }
            case .riskUpdate: (item as? RiskUpdate).map { riskUpdates.append($0) }
            }
        }

        var diagnostics = loaded.diagnostics
        // The graph and its statuses on one core, the checks of the files on the other:
        // neither reads the other's results (a reload of a large site waits on both). Each
        // works out its own memo's key, a hash of every file.
        let (built, checked) = inParallel(
            {
                [
                    site, outcomes, actions, measures, quarters, actionUpdates, measureUpdates, commentary, risks,
                    riskUpdates
                ] in
                // The items that were read whole: with errors elsewhere they still have statuses
                // worth warning about, so an officer sees every problem in one `check`.
                site.map {
                    let structure = structures.flatMap { memo in
                        structureKey(of: loaded, quarters: quarters).map { (memo, $0) }
                    }
                    let graph = ContentGraph(
                        site: $0, outcomes: outcomes, actions: actions, measures: measures, quarters: quarters,
                        actionUpdates: actionUpdates, measureUpdates: measureUpdates, outcomeCommentary: commentary,
                        risks: risks, riskUpdates: riskUpdates, structure: structure)
                    let digests =
                        statuses == nil
                        ? [:]
                        : Dictionary(
                            loaded.files.compactMap { file in file.digest.map { (file.relativePath, $0) } },
                            uniquingKeysWith: { first, _ in first })
                    return (graph: graph, assessed: graph.assessed(memo: statuses, digests: digests))
                }
            },
            { [site, outcomes, actions, measures, quarters] in
                // A reload after an edit to commentary alone finds what the last one found.
                let key = publishing == nil ? checks.flatMap { _ in CheckMemo.key(of: loaded, today: today) } : nil
                let known = key.flatMap { checks?.known($0) }
                if let known {
                    return (key: key, known: Optional(known), structure: known.structure, others: known.others)
                }
                return (
                    key: key, known: nil,
                    structure: checkReferences(loaded.files) + checkOutcomeCycles(outcomes, files: loaded.files),
                    others: checkDuplicateRefs(loaded.files, actions: actions, measures: measures)
                        + checkComparators(loaded.files, measures: measures)
                        + checkPublishedQuarters(loaded.files, quarters: quarters, today: today)
                        + checkRecordedQuarters(loaded, quarters: quarters)
                        + checkMeasureKinds(loaded.files, measures: measures)
                        + fractionWarnings(loaded.files, measures: measures)
                        + (site.map { checkPeriodEnds(loaded.files, site: $0) } ?? [])
                )
            })
        let (key, known) = (checked.key, checked.known)
        diagnostics += checked.structure
        // Plan years mean something only once every outcome named exists and the outcomes form a tree.
        let planYears =
            known?.planYears
            ?? (checked.structure.isEmpty
                ? checkPlanYears(
                    loaded.files, outcomes: outcomes, actions: actions, measures: measures,
                    plan: built.map { built in { built.graph.plan(inYear: $0) } }) : [])
        diagnostics += planYears
        diagnostics += checked.others
        if known == nil, let key {
            checks?.keep(.init(structure: checked.structure, others: checked.others, planYears: planYears), key: key)
        }

        guard let (graph, assessed) = built else {
            return ValidationResult(graph: nil, diagnostics: diagnostics.sortedForReading())
        }
        diagnostics += statusWarnings(assessed.findings, files: loaded.files)
        // Reports are compared once the content is otherwise sound: a file with errors
        // would only show as items missing from every report.
        var publication: Publication? = nil
        if diagnostics.errors.isEmpty {
            // The graph without drafts, and the index of files, only when a record must be compared.
            let memo = loaded.records.isEmpty ? nil : reports.map { ($0, ReportMemo.keys(of: loaded)) }
            let records = loaded.records.filter { $0.quarter != publishing?.quarter }
            let known = records.map { record in
                memo.flatMap { memo in memo.1[record.quarter].flatMap { memo.0.known(record.quarter, key: $0) } }
            }
            let needed = publishing != nil || known.contains { $0 == nil }
            let published =
                !needed
                ? assessed.graph : graph.containsDrafts ? graph.publishedOnly().assessed().graph : assessed.graph
            let check = PublicationCheck(
                files: needed ? loaded.files : [], published: published, records: loaded.records.compactMap(\.report))
            // Each record is compared on its own (a report lists every item of its quarter).
            let compared = zip(records, known).map { $0 }.parallelMap { record, known in
                if let known { return known }
                guard let report = record.report, let compared = check.compare(report) else { return [Diagnostic]() }
                let found = check.diagnostics(compared.differences, in: record.quarter)
                if let (memo, keys) = memo, let key = keys[record.quarter] {
                    memo.keep(record.quarter, key: key, found: found)
                }
                return found
            }
            diagnostics += compared.joined()
            if let publishing, let stated, let quarter = published.quarter(publishing.quarter) {
                let recorded = loaded.records.first { $0.quarter == publishing.quarter }?.report
                let report = PublishedReport(quarter, in: published)
                let differences = recorded.map { report.differences(from: $0) } ?? []
                publication = Publication(
                    stated: stated, quarter: quarter, report: report, recorded: recorded, differences: differences,
                    problems: check.diagnostics(differences, in: quarter.id))
            }
        }
        guard diagnostics.errors.isEmpty else {
            return ValidationResult(graph: nil, diagnostics: diagnostics.sortedForReading(), publication: publication)
        }
        return ValidationResult(
            graph: graph, assessed: assessed.graph, diagnostics: diagnostics.sortedForReading(),
            publication: publication)
    }

    // MARK: Checks

    /// Every id named in a file (or by an update's file name) is defined.
    static func checkReferences(_ files: [DecodedFile]) -> [Diagnostic] {
        var defined: [ContentKind: Set<String>] = [:]
        // A definition with errors of its own still exists: its updates are not orphans.
        for file in files where !file.place.kind.isQuarterly && file.place.kind != .site {
            defined[file.place.kind, default: []].insert(file.place.id)
        }
        var problems: [Diagnostic] = []
        for reference in files.flatMap(\.references) where defined[reference.target]?.contains(reference.id) != true {
            let code: DiagnosticCode =
                switch reference.target {
                case .outcome: .undefinedOutcome
                case .action: .undefinedAction
                case .measure: .undefinedMeasure
                default: .undefinedRisk
                }
            let (folder, noun) = (reference.target.folder ?? "", reference.target.noun)
            let byFileName = reference.field == "file name"
            let suggestion = Suggestion.closest(to: reference.id, among: (defined[reference.target] ?? []).sorted())
            let message =
                byFileName
                ? "update for \(noun) `\(reference.id)`, which is not defined"
                : "`\(reference.field)` names \(noun) `\(reference.id)`, which is not defined"
            let hint =
                (suggestion.map { "Did you mean `\($0)`? " } ?? "")
                + "Define it in \(folder)/\(reference.id).md, or correct the " + (byFileName ? "file name." : "id.")
            problems.append(
                Diagnostic(path: reference.path, position: reference.position, code: code, message: message, hint: hint)
            )
        }
        return problems
    }

    /// Following `parent` from any outcome must reach a top-level outcome.
    static func checkOutcomeCycles(_ outcomes: [Outcome], files: [DecodedFile]) -> [Diagnostic] {
        let parents = Dictionary(outcomes.map { ($0.id, $0.parentID) }, uniquingKeysWith: { a, _ in a })
        var parentReference: [String: ContentReference] = [:]
        for file in files where file.place.kind == .outcome {
            if let reference = file.references.first(where: { $0.field == "parent" }) {
                parentReference[file.place.id] = reference
            }
        }
        var problems: [Diagnostic] = []
        for outcome in outcomes {
            var path = [outcome.id]
            var current = outcome.parentID
            while let id = current {
                path.append(id)
                if id == outcome.id {
                    let reference = parentReference[outcome.id]
                    problems.append(
                        Diagnostic(
                            path: reference?.path ?? outcome.sourcePath, position: reference?.position ?? .start,
                            code: .outcomeCycle,
                            message: "outcome `\(outcome.id)` is its own ancestor: " + path.joined(separator: " → "),
                            hint: "Outcomes form a tree: remove or change one `parent` in this loop."))
                    break
                }
                // A loop that does not pass through this outcome is reported by its own members.
                if path.dropLast().contains(id) { break }
                current = parents[id] ?? nil
            }
        }
        return problems
    }

    /// Comparator names in an update must be declared by the measure (catches typos).
    static func checkComparators(_ files: [DecodedFile], measures: [Measure]) -> [Diagnostic] {
        let declared = Dictionary(measures.map { ($0.id, $0.comparators) }, uniquingKeysWith: { a, _ in a })
        var problems: [Diagnostic] = []
        for file in files {
            guard let update = file.item as? MeasureUpdate, let names = declared[update.measureID] else { continue }
            for name in update.comparators.map(\.name) where !names.contains(name) {
                let position = file.positions["comparators.\(name)"] ?? .start
                let suggestion = Suggestion.closest(to: name, among: names)
                problems.append(
                    Diagnostic(
                        path: file.displayPath, position: position, code: .undeclaredComparator,
                        message: "comparator `\(name)` is not declared by measure `\(update.measureID)`",
                        hint: (suggestion.map { "Did you mean `\($0)`? " } ?? "")
                            + "List it under `comparators:` in measures/\(update.measureID).md."))
            }
        }
        return problems
    }

    /// A published quarter must be over, and none of its updates may still be waiting
    /// for review: what the public reads has been looked at by a person.
    static func checkPublishedQuarters(_ files: [DecodedFile], quarters: [Quarter], today: CalendarDate) -> [Diagnostic]
    {
        let published = Dictionary(quarters.filter { !$0.isDraft }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var problems: [Diagnostic] = []
        for file in files {
            guard let id = file.place.quarter else { continue }
            switch file.place.kind {
            case .quarter:
                guard let quarter = published[id], quarter.periodEnd > today else { continue }
                problems.append(
                    Diagnostic(
                        path: file.displayPath, position: file.positions["status"] ?? .start,
                        code: .futureQuarter,
                        message:
                            "\(id.label) is published but its period ends on \(quarter.periodEnd.long), which is in the future",
                        hint:
                            "Keep `status: draft` until the quarter is over and the report approved; check the folder name's years."
                    ))
            case .actionUpdate, .measureUpdate:
                guard published[id] != nil, let review = file.reviewNote else { continue }
                problems.append(
                    Diagnostic(
                        path: file.displayPath, position: review.position, code: .unreviewedUpdate,
                        message:
                            "this update is still marked for review (`review: \(review.note)`) in a published quarter",
                        hint:
                            "Check the figures, status and commentary, then delete the `review:` line; or set the quarter back to `status: draft`."
                    ))
            default: continue
            }
        }
        return problems
    }

    /// A quarter with a publication record was published: setting it back to a draft would
    /// take its report off the site without a word.
    static func checkRecordedQuarters(_ loaded: LoadedContent, quarters: [Quarter]) -> [Diagnostic] {
        let drafts = Set(quarters.filter(\.isDraft).map(\.id))
        let indexes = Dictionary(
            loaded.files.filter { $0.place.kind == .quarter }.map { ($0.place.quarter, $0) },
            uniquingKeysWith: { a, _ in a })
        return loaded.records.filter { drafts.contains($0.quarter) }.map { record in
            let index = indexes[record.quarter]
            return Diagnostic(
                path: index?.displayPath ?? record.displayPath, position: index?.positions["status"] ?? .start,
                code: .recordedQuarterIsDraft,
                message:
                    "\(record.quarter.label) was published (\(PublicationRecordFile.name) records its report) but is now a draft",
                hint:
                    "Set `status: published` again. To withdraw a published report, delete \(record.displayPath) too, and say why in the commit."
            )
        }
    }

    /// A quarter's `period_end` must fall within the quarter its folder names: a date in
    /// another quarter is a typo in the date or in the folder's name.
    static func checkPeriodEnds(_ files: [DecodedFile], site: SiteConfig) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for file in files {
            guard let quarter = file.item as? Quarter, let position = file.positions["period_end"] else { continue }
            let last = quarter.id.periodEnd(financialYearStart: site.financialYearStart)
            let before = quarter.id.previous.periodEnd(financialYearStart: site.financialYearStart)
            guard quarter.periodEnd > last || quarter.periodEnd <= before else { continue }
            let first = CalendarDate(year: before.year + before.month / 12, month: before.month % 12 + 1, day: 1)!
            problems.append(
                Diagnostic(
                    path: file.displayPath, position: position, code: .periodEndOutsideQuarter,
                    message:
                        "`period_end: \(quarter.periodEnd.iso)` is outside \(quarter.id.label), which runs from \(first.long) to \(last.long)",
                    hint:
                        "Give the last day the report covers within the quarter (usually `period_end: \(last.iso)`, or leave it out), or check the folder's name."
                ))
        }
        return problems
    }

    /// The status rules' findings as warnings, placed on the `rag` or `direction` line.
    static func statusWarnings(_ findings: [StatusFinding], files: [DecodedFile]) -> [Diagnostic] {
        guard !findings.isEmpty else { return [] }
        func updatePath(_ file: DecodedFile) -> String? {
            switch file.item {
            case let update as MeasureUpdate: update.sourcePath
            case let update as ActionUpdate: update.sourcePath
            default: nil
            }
        }
        // An update's source path is its file's: only the files a finding names are looked
        // into (indexing every update cost a copy of each, a tenth of a preview reload),
        // and every file only when one is not found so.
        let named = Set(findings.map(\.sourcePath))
        var byPath: [String: DecodedFile] = [:]
        for file in files where named.contains(file.relativePath) {
            if let path = updatePath(file), byPath[path] == nil { byPath[path] = file }
        }
        if byPath.count < named.count {
            byPath = Dictionary(
                files.compactMap { file in updatePath(file).map { ($0, file) } }, uniquingKeysWith: { a, _ in a })
        }
        return findings.map { finding in
            let file = byPath[finding.sourcePath]
            let (key, code): (String, DiagnosticCode) =
                switch finding.kind {
                case .overrideWithoutReason: ("rag", .ragOverrideWithoutReason)
                case .directionContradicts: ("direction", .directionContradictsFigures)
                }
            return Diagnostic(
                path: file?.displayPath ?? finding.sourcePath, position: file?.positions[key] ?? .start,
                severity: .warning, code: code, message: finding.message, hint: finding.hint)
        }
    }

    /// What the graph's structure depends on: the text of every file that defines an item
    /// (and of site.yml, which dates them), and which quarters there are; nil when a file
    /// was not read whole.
    static func structureKey(of loaded: LoadedContent, quarters: [Quarter]) -> StableDigest? {
        var hasher = StableHasher()
        for file in loaded.files {
            switch file.place.kind {
            case .site, .outcome, .action, .measure, .risk:
                guard file.hasItem else { continue }
                guard let digest = file.digest else { return nil }
                hasher.combine(file.relativePath)
                hasher.combine(digest)
            default: continue
            }
        }
        for quarter in quarters { hasher.combine(quarter.id.description) }
        return hasher.finalize()
    }
}
