import QuarterlyModel

/// Each kind of file read through its item's field set (`Measure.fields`…). What is left
/// per kind is only what the keys do not say: the id and quarter its place gives, where
/// the body goes, and the definition an update's file name refers to.
enum ItemDecoder {
    /// - Parameters:
    ///   - document: the front matter (or `site.yml`), nil when there is none.
    ///   - report: collects the problems, positions and references; its path is the file's.
    ///   - base: for a translation, the item of the file it translates: its words are
    ///     replaced, everything else is kept, and only translated keys may be given.
    static func decode(
        _ place: ContentPlace, document: ParsedValue?, report: FieldReport, body: String, bodyFirstLine: Int,
        sourcePath: String, financialYearStart: Int, base: (any ContentItem)? = nil
    ) -> DecodedFile {
        if let definition = place.kind.definition, base == nil {
            report.refer(to: definition, id: place.id, at: .start, field: "file name")
        }
        let id = place.id
        // Every quarterly kind's place has its quarter folder's quarter.
        let quarter = { place.quarter! }
        switch place.kind {
        case .site:
            return decoded(base as? SiteConfig ?? SiteConfig(), document, report, translating: base != nil)
        case .outcome:
            var outcome = base as? Outcome ?? Outcome(id: id, sourcePath: sourcePath)
            outcome.description = body
            return decoded(outcome, document, report, translating: base != nil)
        case .action:
            var action = base as? Action ?? Action(id: id, sourcePath: sourcePath)
            action.description = body
            return decoded(action, document, report, translating: base != nil)
        case .measure:
            var measure = base as? Measure ?? Measure(id: id, sourcePath: sourcePath)
            measure.description = body
            return decoded(measure, document, report, translating: base != nil)
        case .risk:
            var risk = base as? Risk ?? Risk(id: id, sourcePath: sourcePath)
            risk.description = body
            return decoded(risk, document, report, translating: base != nil)
        case .quarter:
            var index =
                base as? Quarter
                ?? Quarter(id: quarter(), financialYearStart: financialYearStart, sourcePath: sourcePath)
            index.introduction = body
            return decoded(index, document, report, translating: base != nil)
        case .actionUpdate:
            var update = base as? ActionUpdate ?? ActionUpdate(actionID: id, quarter: quarter(), sourcePath: sourcePath)
            update.commentary = body
            return decoded(update, document, report, review: \.review, translating: base != nil)
        case .measureUpdate:
            var update =
                base as? MeasureUpdate ?? MeasureUpdate(measureID: id, quarter: quarter(), sourcePath: sourcePath)
            update.commentary = body
            return decoded(update, document, report, review: \.review, translating: base != nil)
        case .riskUpdate:
            var update = base as? RiskUpdate ?? RiskUpdate(riskID: id, quarter: quarter(), sourcePath: sourcePath)
            update.commentary = body
            return decoded(update, document, report, translating: base != nil)
        case .outcomeCommentary:
            var commentary =
                base as? OutcomeCommentary
                ?? OutcomeCommentary(outcomeID: id, quarter: quarter(), sourcePath: sourcePath)
            CommentarySections.split(body, firstLine: bodyFirstLine, into: &commentary, report: report)
            return decoded(commentary, document, report, translating: base != nil)
        }
    }

    /// Reads the keys into `blank`; the item is kept only when every required key was read.
    private static func decoded<Item: ContentItem>(
        _ blank: Item, _ document: ParsedValue?, _ report: FieldReport, review: KeyPath<Item, String?>? = nil,
        translating: Bool
    ) -> DecodedFile {
        var item = blank
        let complete = (translating ? Item.fields.translation : Item.fields).decode(
            document, into: &item, report: report)
        var file = DecodedFile(
            item: complete ? item : nil, references: report.references, positions: report.positions,
            diagnostics: report.diagnostics)
        // A note left empty or written wrongly still marks the update for review.
        if let review, let position = report.positions["review"] {
            file.reviewNote = (item[keyPath: review] ?? "", position)
        }
        return file
    }
}
