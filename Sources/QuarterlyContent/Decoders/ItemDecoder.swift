import QuarterlyModel

/// Each kind of file read through its item's field set (`Measure.fields`…). What is left
/// per kind is only what the keys do not say: the id and quarter its place gives, where
/// the body goes, and the definition an update's file name refers to.
enum ItemDecoder {
    /// - Parameters:
    ///   - document: the front matter (or `site.yml`), nil when there is none.
    ///   - report: collects the problems, positions and references; its path is the file's.
    static func decode(
        _ place: ContentPlace, document: ParsedValue?, report: FieldReport, body: String, bodyFirstLine: Int,
        sourcePath: String, financialYearStart: Int
    ) -> DecodedFile {
        if let definition = place.kind.definition {
            report.refer(to: definition, id: place.id, at: .start, field: "file name")
        }
        MarkdownLimits.check(body, firstLine: bodyFirstLine, report: report)
        let id = place.id
        // Every quarterly kind's place has its quarter folder's quarter.
        let quarter = { place.quarter! }
        switch place.kind {
        case .site:
            return decoded(SiteConfig(), document, report)
        case .outcome:
            var outcome = Outcome(id: id, sourcePath: sourcePath)
            outcome.description = body
            return decoded(outcome, document, report)
        case .action:
            var action = Action(id: id, sourcePath: sourcePath)
            action.description = body
            return decoded(action, document, report)
        case .measure:
            var measure = Measure(id: id, sourcePath: sourcePath)
            measure.description = body
            return decoded(measure, document, report)
        case .risk:
            var risk = Risk(id: id, sourcePath: sourcePath)
            risk.description = body
            return decoded(risk, document, report)
        case .quarter:
            var index = Quarter(id: quarter(), financialYearStart: financialYearStart, sourcePath: sourcePath)
            index.introduction = body
            return decoded(index, document, report)
        case .actionUpdate:
            var update = ActionUpdate(actionID: id, quarter: quarter(), sourcePath: sourcePath)
            update.commentary = body
            return decoded(update, document, report, review: \.review)
        case .measureUpdate:
            var update = MeasureUpdate(measureID: id, quarter: quarter(), sourcePath: sourcePath)
            update.commentary = body
            return decoded(update, document, report, review: \.review)
        case .riskUpdate:
            var update = RiskUpdate(riskID: id, quarter: quarter(), sourcePath: sourcePath)
            update.commentary = body
            return decoded(update, document, report)
        case .outcomeCommentary:
            var commentary = OutcomeCommentary(outcomeID: id, quarter: quarter(), sourcePath: sourcePath)
            CommentarySections.split(body, firstLine: bodyFirstLine, into: &commentary, report: report)
            return decoded(commentary, document, report)
        }
    }

    /// Reads the keys into `blank`; the item is kept only when every required key was read.
    private static func decoded<Item: ContentItem>(
        _ blank: Item, _ document: ParsedValue?, _ report: FieldReport, review: KeyPath<Item, String?>? = nil
    ) -> DecodedFile {
        var item = blank
        let complete = Item.fields.decode(document, into: &item, report: report)
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
