import QuarterlyModel

/// Turns the content graph into chart inputs and their words: the charts themselves
/// know nothing of measures or quarters beyond numbers, labels and RAG marks.
struct ChartModels {
    let graph: AssessedGraph
    let words: Catalogue

    /// "Q2" over "2019/20", the year given only where it changes so that labels never crowd.
    func axisLabels(_ quarters: [QuarterID]) -> [(String, String)] {
        quarters.enumerated().map { index, quarter in
            let newYear = index == 0 || quarters[index - 1].startYear != quarter.startYear
            return (
                words.text("chart.quarterAxis", ["number": .text(String(quarter.number))]),
                newYear ? quarter.financialYear : ""
            )
        }
    }

    /// Every quarter from the measure's first report to its last, gaps included.
    func span(_ quarters: [QuarterID]) -> [QuarterID] {
        guard let first = quarters.min(), let last = quarters.max() else { return [] }
        return QuarterID.sequence(from: first, to: last)
    }

    func trend(for measure: Measure) -> TrendChart? {
        let history = graph.measureHistory(measure.id)
        guard history.contains(where: { $0.value != nil }) else { return nil }
        let axis = span(history.map(\.quarter))
        let byQuarter = Dictionary(history.map { ($0.quarter, $0) }, uniquingKeysWith: { a, _ in a })
        let unit = measure.unit
        // The target each quarter's figure is judged against (pro rata for a running total);
        // none where the figure is not judged against it, such as a quarter's figure against
        // a whole year's target, so no point is set against a target for another period.
        let targets: [Target?] =
            !measure.polarity.isJudged
            ? axis.map { _ in nil }
            : axis.map { quarter in
                let applied =
                    byQuarter[quarter].map(\.appliedTarget)
                    ?? MeasureTargetRule.applied(
                        stated: nil, plan: measure.target(in: quarter), quarter: quarter, cumulative: measure.cumulative
                    )
                return applied.flatMap {
                    MeasureTargetRule.judges($0, annualTarget: measure.annualTarget) ? $0.target : nil
                }
            }
        var chart = TrendChart(
            id: "trend-\(measure.id)",
            title: words.text("chart.trendTitle", ["ref": .text(measure.ref), "title": .text(measure.title)]),
            description: trendDescription(measure, history: history),
            quarters: axisLabels(axis),
            values: axis.map { byQuarter[$0]?.value?.value },
            rags: axis.map { byQuarter[$0]?.rag },
            // A target for the whole year is not drawn against quarterly figures.
            targets: targets.map { $0?.low.value },
            baseline: measure.baseline?.value,
            comparators: measure.comparators.map { name in
                TrendChart.Series(
                    name: name,
                    values: axis.map { quarter in
                        byQuarter[quarter]?.comparators.first { $0.name == name }?.value.value
                    })
            },
            unit: unit, words: words)
        if targets.contains(where: { $0?.isRange == true }) {
            chart.targetTops = targets.map { $0?.isRange == true ? $0?.high.value : nil }
        }
        if let period = measure.baselinePeriod {
            chart.baselineLabel = words.text("chart.baselineOf", ["period": .text(period)])
        }
        chart.figuresOnly = axis.map { graph.quarter($0)?.isFiguresOnly ?? false }
        chart.valueName = Self.shortName(graph.site.organisation)
        return chart
    }

    /// "Cumbria County Council" → "Cumbria": short enough to label a line.
    static func shortName(_ organisation: String) -> String? {
        for suffix in [" County Council", " City Council", " Borough Council", " District Council", " Council"]
        where organisation.hasSuffix(suffix) {
            return String(organisation.dropLast(suffix.count))
        }
        return organisation.count <= 16 ? organisation : nil
    }

    /// The chart in words: first and last value, the target, the latest status and direction.
    func trendDescription(_ measure: Measure, history: [AssessedMeasureUpdate]) -> String {
        let unit = measure.unit
        let valued = history.filter { $0.value != nil }
        guard let first = valued.first, let last = valued.last, let lastValue = last.value else {
            return words["chart.noValues"]
        }
        var parts: [Message] = []
        if valued.count == 1 {
            parts.append(
                Message(
                    "chart.oneValue",
                    ["value": .text(unit.format(lastValue.text)), "quarter": .message(last.quarter.name)]
                ))
        } else {
            parts.append(
                Message(
                    "chart.values",
                    [
                        "count": .count(valued.count), "first": .text(unit.format(first.value!.text)),
                        "firstQuarter": .message(first.quarter.name), "last": .text(unit.format(lastValue.text)),
                        "lastQuarter": .message(last.quarter.name),
                    ]))
        }
        if let applied = last.appliedTarget {
            parts.append(
                Message(
                    "chart.targetIn",
                    ["target": .message(applied.short(unit)), "year": .text(last.quarter.financialYear)]))
        }
        if let baseline = measure.baseline {
            let value = unit.format(baseline.text)
            parts.append(
                measure.baselinePeriod.map {
                    Message("chart.baselineValueOf", ["value": .text(value), "period": .text($0)])
                } ?? Message("chart.baselineValue", ["value": .text(value)]))
        }
        let status: MessageArgument = .message(last.rag?.name ?? Message("rag.noneInSentence"))
        parts.append(
            last.direction.map {
                Message(
                    "chart.latestStatusDirection",
                    ["status": status, "direction": .message(Message("directionInSentence." + $0.rawValue))])
            } ?? Message("chart.latestStatus", ["status": status]))
        if history.count > valued.count {
            parts.append(Message("chart.withoutValue", ["count": .count(history.count - valued.count)]))
        }
        let figuresOnly = valued.filter { graph.quarter($0.quarter)?.isFiguresOnly ?? false }.map(\.quarter.name)
        if !figuresOnly.isEmpty {
            parts.append(Message("chart.figuresOnly", ["quarters": .list(figuresOnly)]))
        }
        return parts.map { words.text($0) }.joined(separator: " ")
    }

    func timeline(for action: Action) -> RAGTimelineChart? {
        let history = graph.actionHistory(action.id)
        guard !history.isEmpty else { return nil }
        let axis = span(history.map(\.quarter))
        let byQuarter = Dictionary(history.map { ($0.quarter, $0) }, uniquingKeysWith: { a, _ in a })
        let statuses = history.map {
            Message("chart.statusIn", ["status": .message($0.rag.name), "quarter": .message($0.quarter.name)])
        }
        return RAGTimelineChart(
            id: "timeline-\(action.id)",
            title: words.text("chart.timelineTitle", ["ref": .text(action.ref), "title": .text(action.title)]),
            description: words.text(
                "chart.timelineDescription",
                [
                    "count": .count(history.count),
                    "statuses": .text(statuses.map { words.text($0) }.joined(separator: ", ")),
                ]),
            quarters: axisLabels(axis), rags: axis.map { byQuarter[$0]?.rag },
            reported: axis.map { byQuarter[$0] != nil }, words: words)
    }

    /// A measure's last eight reported values up to `quarter`, for a table row. Evenly
    /// spaced: at word size the shape of recent change matters more than gaps.
    func sparkline(for measure: Measure, upTo quarter: QuarterID?, idPrefix: String) -> String? {
        let valued = graph.measureHistory(measure.id)
            .filter { quarter == nil || $0.quarter <= quarter! }
            .compactMap { update in update.value.map { (update, $0) } }
            .suffix(8)
        guard let (first, firstValue) = valued.first, let (last, lastValue) = valued.last else { return nil }
        let unit = measure.unit
        let title = words.text(
            "chart.sparklineTitle",
            [
                "ref": .text(last.ref(for: measure)), "first": .text(unit.format(firstValue.text)),
                "firstQuarter": .message(first.quarter.shortName), "last": .text(unit.format(lastValue.text)),
                "lastQuarter": .message(last.quarter.shortName),
            ])
        let figures = valued.map {
            words.text(
                "chart.valueIn", ["value": .text(unit.format($0.1.text)), "quarter": .message($0.0.quarter.shortName)])
        }
        return Sparkline(
            id: "\(idPrefix)-\(measure.id)", title: title,
            description: words.text("chart.sentence", ["parts": .text(figures.joined(separator: ", "))]),
            values: valued.map { $0.1.value }, lastRAG: last.rag
        ).svg?.markup
    }

    /// A risk's score by quarter (residual where given), when it has more than one.
    func scores(for risk: Risk) -> TrendChart? {
        let history = graph.riskHistory(risk.id)
        guard history.count > 1, let first = history.first, let last = history.last else { return nil }
        let axis = QuarterID.sequence(from: first.quarter, to: last.quarter)
        let byQuarter = Dictionary(history.map { ($0.quarter, $0) }, uniquingKeysWith: { a, _ in a })
        return TrendChart(
            id: "risk-\(risk.id)",
            title: words.text("chart.riskTitle", ["ref": .text(risk.ref), "title": .text(risk.title)]),
            description: words.text(
                "chart.riskDescription",
                [
                    "first": .text(String(first.current?.score ?? 0)), "firstQuarter": .message(first.quarter.name),
                    "last": .text(String(last.current?.score ?? 0)), "lastQuarter": .message(last.quarter.name),
                ]),
            quarters: axisLabels(axis),
            values: axis.map { (byQuarter[$0]?.current?.score).map(Double.init) },
            rags: axis.map { _ in nil }, targets: axis.map { _ in nil }, unit: .score, words: words)
    }

    /// Where each risk scored in `quarter` sits on the 5×5 grid ("likelihood-impact" → refs):
    /// by its residual likelihood and impact, else its inherent ones; and those given a
    /// score alone, which have no place on it.
    func riskPlacement(in quarter: QuarterID) -> (placed: [String: [String]], unplaced: [Risk]) {
        var placed: [String: [String]] = [:]
        var unplaced: [Risk] = []
        for risk in graph.risks {
            guard let update = graph.riskUpdate(risk.id, in: quarter) else { continue }
            let score =
                (update.residual?.likelihood != nil ? update.residual : nil)
                ?? (update.inherent?.likelihood != nil ? update.inherent : nil)
            if let score, let l = score.likelihood, let i = score.impact {
                placed["\(l)-\(i)", default: []].append(risk.ref)
            } else {
                unplaced.append(risk)
            }
        }
        return (placed, unplaced)
    }

    /// The heat map of the risks scored in `quarter`.
    func heatMap(in quarter: QuarterID) -> RiskHeatMap {
        let key = graph.site.riskKey.inWords(words)
        let placed = riskPlacement(in: quarter).placed
        var cells: [RiskHeatMap.Cell] = []
        for impact in (1...5).reversed() {
            for likelihood in 1...5 {
                let score = likelihood * impact
                cells.append(
                    .init(
                        likelihood: likelihood, impact: impact, band: key.band(for: score)?.name ?? "",
                        bandIndex: key.band(index: score) ?? 0, refs: placed["\(likelihood)-\(impact)"] ?? []))
            }
        }
        let count = placed.values.map(\.count).reduce(0, +)
        return RiskHeatMap(
            id: "heat-map", title: words.text("chart.heatMapTitle", ["quarter": .message(quarter.name)]),
            description: words.text(
                "chart.heatMapDescription",
                [
                    "count": .count(count),
                    "places": .text(
                        placed.sorted { $0.key < $1.key }.map {
                            words.text(
                                "chart.heatMapPlace",
                                [
                                    "refs": .text($0.value.joined(separator: ", ")),
                                    "likelihood": .text(String($0.key.split(separator: "-")[0])),
                                    "impact": .text(String($0.key.split(separator: "-")[1])),
                                ])
                        }.joined(separator: "; ")),
                ]),
            likelihoodWords: key.likelihood, impactWords: key.impact, cells: cells, words: words)
    }

    /// Stacked bars of RAG counts per quarter, with a description naming the latest split.
    func distribution(id: String, title: String, counts: [(QuarterID, RAGCount)]) -> RAGDistributionChart? {
        guard let (lastQuarter, last) = counts.last, counts.contains(where: { $0.1.total > 0 }) else { return nil }
        return RAGDistributionChart(
            id: id, title: title,
            description: words.text(
                "chart.distributionDescription",
                [
                    "count": .count(counts.count), "quarter": .message(lastQuarter.name),
                    "split": .message(last.total == 0 ? Message("chart.nothingReported") : last.words),
                ]),
            quarters: axisLabels(counts.map(\.0)), counts: counts.map(\.1), words: words)
    }
}
