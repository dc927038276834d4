import QuarterlyModel

/// What a status table shows of a row that was not reported that quarter, in words:
/// "Complete" and "in Quarter 3 2019/20", "Not in the 2021/22 plan", "Not reported in
/// Quarter 4 2019/20" (`standing.*`). Every field is always present, true or false.
enum StandingFields {
    /// - Parameter words: the row's standing in words (`words(_:in:)`), worked out when the
    ///   row is made.
    static func fields<Row>(
        _ standing: @escaping @Sendable (Row) -> ReportStanding, words: @escaping @Sendable (Row) -> String
    ) -> [TemplateField<Row>] {
        [
            .flag("isReported", "Whether it was reported that quarter (its direction is shown only then).") {
                standing($0) == .reported
            },
            .flag("hasRAG", "Whether its RAG is shown: when reported, or Complete in an earlier quarter.") {
                showsRAG(standing($0))
            },
            .text("standing", "Where it stands when not reported that quarter, in words, or nothing.") { words($0) },
            .flag("hasStanding", "Whether there are such words.") { standing($0) != .reported },
        ]
    }

    /// Whether a row with this standing shows a RAG: when reported, or Complete earlier.
    static func showsRAG(_ standing: ReportStanding) -> Bool {
        switch standing {
        case .reported, .completed: true
        case .notInPlan, .notReported: false
        }
    }

    static func words(_ standing: ReportStanding, in words: Catalogue) -> String {
        switch standing {
        case .reported: ""
        case .completed(let quarter): words.text("standing.completedIn", ["quarter": .message(quarter.name)])
        case .notInPlan(let year): words.text("standing.notInPlan", ["year": .text(year)])
        case .notReported(let quarter): words.text("standing.notReported", ["quarter": .message(quarter.name)])
        }
    }
}
