import QuarterlyModel

/// A dataset the site publishes, described once for the DCAT catalogue (`data/catalog.jsonld`)
/// and for the schema.org markup on its page: what it is, when it covers, and each file
/// it comes as.
struct DatasetDescription: Sendable {
    /// Its address on the site: the page it is shown on, else its main file.
    let address: String
    let title: String
    let description: String
    let landingPage: String?
    let start: CalendarDate
    let end: CalendarDate
    /// When its newest report was published (or corrected).
    let modified: CalendarDate?
    let keywords: [String]
    let distributions: [DistributionDescription]
}

struct DistributionDescription: Sendable {
    let title: String
    let file: SiteFile
    let format: DataFormat
}

/// The formats the open data comes in, with their media types (IANA).
enum DataFormat: String, Sendable {
    case csv = "CSV"
    case json = "JSON"
    case xlsx = "XLSX"

    var mediaType: String {
        switch self {
        case .csv: "text/csv"
        case .json: "application/json"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
    }
}

/// Every dataset of a site: the whole measures, actions and risks tables, the whole
/// model as JSON, each quarter's report and each measure's history. Their titles,
/// descriptions and keywords are in the site's language (`data.dataset.*`, `data.keyword.*`).
struct SiteDatasets {
    let graph: AssessedGraph
    let links: Links
    let words: Catalogue

    var all: [DatasetDescription] {
        siteWide + measureIDs.map { measure(graph.measure($0)!)! }
    }

    /// The datasets of the whole site and of each quarter: every one but the measures'.
    var siteWide: [DatasetDescription] {
        ([measures, actions, risks, model].compactMap { $0 }) + graph.quarters.map { quarter($0.id) }
    }

    /// The measures that are datasets (those with a history), in order, without describing
    /// them: a catalogue at scale makes each description only as it writes it.
    var measureIDs: [String] {
        graph.measures.map(\.id).filter { !graph.measureHistory($0).isEmpty }
    }

    private var site: SiteConfig { graph.site }
    private var newest: CalendarDate? { graph.quarters.map(\.reportDate).max() }

    /// The site's title and organisation, which most of the datasets' words name.
    private var named: [String: MessageArgument] {
        ["title": .text(site.title), "organisation": .text(site.organisation)]
    }

    private func text(_ key: String, _ arguments: [String: MessageArgument] = [:]) -> String {
        words.text("data.dataset." + key, named.merging(arguments) { _, new in new })
    }

    private func keywords(_ keys: [String]) -> [String] { keys.map { words["data.keyword." + $0] } }

    /// From the start of the first quarter to the end of the last, when there are any.
    private func span(_ quarters: [QuarterID]) -> (CalendarDate, CalendarDate)? {
        guard let first = quarters.min(), let last = quarters.max() else { return nil }
        return (start(of: first), periodEnd(last))
    }

    func start(of quarter: QuarterID) -> CalendarDate {
        let previous = quarter.previous.periodEnd(financialYearStart: site.financialYearStart)
        return previous.month == 12
            ? CalendarDate(year: previous.year + 1, month: 1, day: 1)!
            : CalendarDate(year: previous.year, month: previous.month + 1, day: 1)!
    }

    private func periodEnd(_ quarter: QuarterID) -> CalendarDate {
        graph.quarter(quarter)?.periodEnd ?? quarter.periodEnd(financialYearStart: site.financialYearStart)
    }

    var measures: DatasetDescription? {
        span(graph.quarters.filter { !graph.measureUpdates(in: $0.id).isEmpty }.map(\.id)).map { start, end in
            DatasetDescription(
                address: links.url(of: .measuresCSV), title: text("measures.title"),
                description: text("measures.description"),
                landingPage: links.url(.trends), start: start, end: end, modified: newest,
                keywords: keywords(["performance", "kpi", "councilPlan"]),
                distributions: [
                    DistributionDescription(title: text("measures.csv"), file: .measuresCSV, format: .csv),
                    DistributionDescription(
                        title: text("measures.spreadsheet"), file: .measuresWorkbook, format: .xlsx),
                ])
        }
    }

    var actions: DatasetDescription? {
        span(graph.quarters.filter { !graph.actionUpdates(in: $0.id).isEmpty }.map(\.id)).map { start, end in
            DatasetDescription(
                address: links.url(of: .actionsCSV), title: text("actions.title"),
                description: text("actions.description"),
                landingPage: links.url(.trends), start: start, end: end, modified: newest,
                keywords: keywords(["performance", "councilPlan", "actions"]),
                distributions: [
                    DistributionDescription(title: text("actions.csv"), file: .actionsCSV, format: .csv)
                ])
        }
    }

    var risks: DatasetDescription? {
        span(graph.risks.flatMap { graph.riskHistory($0.id).map(\.quarter) }).map { start, end in
            DatasetDescription(
                address: links.url(of: .risksCSV), title: text("risks.title"),
                description: text("risks.description"),
                landingPage: links.url(.risks), start: start, end: end, modified: newest,
                keywords: keywords(["riskRegister", "corporateRisk"]),
                distributions: [
                    DistributionDescription(title: text("risks.csv"), file: .risksCSV, format: .csv)
                ])
        }
    }

    var model: DatasetDescription? {
        span(graph.quarters.map(\.id)).map { start, end in
            DatasetDescription(
                address: links.url(of: .siteJSON), title: text("model.title"),
                description: text("model.description"),
                landingPage: links.home, start: start, end: end, modified: newest,
                keywords: keywords(["performance", "councilPlan"]),
                distributions: [DistributionDescription(title: text("model.json"), file: .siteJSON, format: .json)]
            )
        }
    }

    func quarter(_ id: QuarterID) -> DatasetDescription {
        let quarter = graph.quarter(id)
        let named: [String: MessageArgument] = ["quarter": .message(id.name)]
        return DatasetDescription(
            address: links.url(.quarter, id.slug), title: text("quarter.title", named),
            description: text(
                "quarter.description", named.merging(["date": .message(periodEnd(id).name)]) { a, _ in a }),
            landingPage: links.url(.quarter, id.slug), start: start(of: id), end: periodEnd(id),
            modified: quarter?.isDraft == false ? quarter?.reportDate : nil,
            keywords: keywords(["performance", "quarterlyReport"]) + [words.text(id.name)],
            distributions: [
                DistributionDescription(
                    title: text("quarter.measuresCSV", named), file: .quarterMeasures(id), format: .csv),
                DistributionDescription(
                    title: text("quarter.actionsCSV", named), file: .quarterActions(id), format: .csv),
                DistributionDescription(
                    title: text("quarter.spreadsheet", named), file: .quarterWorkbook(id), format: .xlsx),
            ])
    }

    func measure(_ measure: Measure) -> DatasetDescription? {
        let history = graph.measureHistory(measure.id)
        let named: [String: MessageArgument] = ["ref": .text(measure.ref), "measure": .text(measure.title)]
        return span(history.map(\.quarter)).map { start, end in
            DatasetDescription(
                address: links.url(.measure, measure.id), title: text("measure.title", named),
                description: text("measure.description", named)
                    + (measure.source.map { " " + text("measure.source", ["source": .text($0)]) } ?? ""),
                landingPage: links.url(.measure, measure.id), start: start, end: end,
                modified: history.compactMap { graph.quarter($0.quarter)?.reportDate }.max(),
                keywords: keywords(["performance", "kpi"]) + (measure.directorate.map { [$0] } ?? []),
                distributions: [
                    DistributionDescription(
                        title: text("measure.csv", named), file: .measureCSV(measure.id), format: .csv),
                    DistributionDescription(
                        title: text("measure.json", named), file: .measureJSON(measure.id), format: .json),
                ])
        }
    }
}
