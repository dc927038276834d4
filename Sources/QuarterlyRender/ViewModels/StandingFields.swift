import QuarterlyModel

/// What a status table shows of a row that was not reported that quarter, in words:
/// "Complete" and "in Quarter 3 2019/20", "Not in the 2021/22 plan", "Not reported in
/// Quarter 4 2019/20". Every field is always present, true or false.
enum StandingFields {
    static func fields<Row>(_ standing: @escaping @Sendable (Row) -> ReportStanding) -> [TemplateField<Row>] {
        [
            .flag("isReported", "Whether it was reported that quarter (its direction is shown only then).") {
                standing($0) == .reported
            },
            .flag("hasRAG", "Whether its RAG is shown: when reported, or Complete in an earlier quarter.") {
                switch standing($0) {
                case .reported, .completed: true
                case .notInPlan, .notReported: false
                }
            },
            .text("standing", "Where it stands when not reported that quarter, in words, or nothing.") {
                words(standing($0))
            },
            .flag("hasStanding", "Whether there are such words.") { standing($0) != .reported },
        ]
    }

    static func words(_ standing: ReportStanding) -> String {
        switch standing {
        case .reported: ""
        case .completed(let quarter): "in \(quarter.label)"
        case .notInPlan(let year): "Not in the \(year) plan"
        case .notReported(let quarter): "Not reported in \(quarter.label)"
        }
    }
}
