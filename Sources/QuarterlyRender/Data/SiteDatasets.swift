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
/// model as JSON, each quarter's report and each measure's history.
struct SiteDatasets {
    let graph: AssessedGraph
    let links: Links

    var all: [DatasetDescription] {
        ([measures, actions, risks, model].compactMap { $0 }) + graph.quarters.map { quarter($0.id) }
            + graph.measures.compactMap(measure)
    }

    private var site: SiteConfig { graph.site }
    private var newest: CalendarDate? { graph.quarters.map(\.reportDate).max() }

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
                address: links.url(of: .measuresCSV), title: "\(site.title): measures by quarter",
                description:
                    "Every performance measure of \(site.organisation)'s \(site.title) in every quarter reported: value, target, RAG status and direction of travel, with who gave each status.",
                landingPage: links.url(.trends), start: start, end: end, modified: newest,
                keywords: ["performance", "key performance indicators", "council plan"],
                distributions: [
                    DistributionDescription(title: "Measures by quarter (CSV)", file: .measuresCSV, format: .csv),
                    DistributionDescription(
                        title: "Measures by quarter (spreadsheet)", file: .measuresWorkbook, format: .xlsx),
                ])
        }
    }

    var actions: DatasetDescription? {
        span(graph.quarters.filter { !graph.actionUpdates(in: $0.id).isEmpty }.map(\.id)).map { start, end in
            DatasetDescription(
                address: links.url(of: .actionsCSV), title: "\(site.title): actions by quarter",
                description:
                    "Every action of \(site.organisation)'s \(site.title) in every quarter reported: milestone, RAG status and direction of travel.",
                landingPage: links.url(.trends), start: start, end: end, modified: newest,
                keywords: ["performance", "council plan", "actions"],
                distributions: [
                    DistributionDescription(title: "Actions by quarter (CSV)", file: .actionsCSV, format: .csv)
                ])
        }
    }

    var risks: DatasetDescription? {
        span(graph.risks.flatMap { graph.riskHistory($0.id).map(\.quarter) }).map { start, end in
            DatasetDescription(
                address: links.url(of: .risksCSV), title: "\(site.title): risk and opportunity register by quarter",
                description:
                    "\(site.organisation)'s corporate risks and opportunities, each quarter's likelihood, impact and score before and after mitigation.",
                landingPage: links.url(.risks), start: start, end: end, modified: newest,
                keywords: ["risk register", "corporate risk"],
                distributions: [
                    DistributionDescription(title: "Risks by quarter (CSV)", file: .risksCSV, format: .csv)
                ])
        }
    }

    var model: DatasetDescription? {
        span(graph.quarters.map(\.id)).map { start, end in
            DatasetDescription(
                address: links.url(of: .siteJSON), title: "\(site.title): the whole plan and every report",
                description:
                    "Every outcome, action, measure and risk of \(site.organisation)'s \(site.title), and every quarterly update with its commentary, as one JSON document with its JSON Schema.",
                landingPage: links.home, start: start, end: end, modified: newest,
                keywords: ["performance", "council plan"],
                distributions: [DistributionDescription(title: "The whole site (JSON)", file: .siteJSON, format: .json)]
            )
        }
    }

    func quarter(_ id: QuarterID) -> DatasetDescription {
        let quarter = graph.quarter(id)
        return DatasetDescription(
            address: links.url(.quarter, id.slug), title: "\(site.title): \(id.label) progress report",
            description:
                "\(site.organisation)'s progress report for \(id.label) (to \(periodEnd(id).long)): each measure's value, target and status, and each action's status.",
            landingPage: links.url(.quarter, id.slug), start: start(of: id), end: periodEnd(id),
            modified: quarter?.isDraft == false ? quarter?.reportDate : nil,
            keywords: ["performance", "quarterly report", id.label],
            distributions: [
                DistributionDescription(title: "Measures, \(id.label) (CSV)", file: .quarterMeasures(id), format: .csv),
                DistributionDescription(title: "Actions, \(id.label) (CSV)", file: .quarterActions(id), format: .csv),
                DistributionDescription(
                    title: "\(id.label) report (spreadsheet)", file: .quarterWorkbook(id), format: .xlsx),
            ])
    }

    func measure(_ measure: Measure) -> DatasetDescription? {
        let history = graph.measureHistory(measure.id)
        return span(history.map(\.quarter)).map { start, end in
            DatasetDescription(
                address: links.url(.measure, measure.id), title: "\(measure.ref) \(measure.title): values by quarter",
                description:
                    "\(site.organisation)'s measure \(measure.ref), \(measure.title): its value, target, RAG status and direction of travel in every quarter reported."
                    + (measure.source.map { " Source: \($0)." } ?? ""),
                landingPage: links.url(.measure, measure.id), start: start, end: end,
                modified: history.compactMap { graph.quarter($0.quarter)?.reportDate }.max(),
                keywords: ["performance", "key performance indicators"] + (measure.directorate.map { [$0] } ?? []),
                distributions: [
                    DistributionDescription(
                        title: "\(measure.ref) by quarter (CSV)", file: .measureCSV(measure.id), format: .csv),
                    DistributionDescription(
                        title: "\(measure.ref) by quarter (JSON)", file: .measureJSON(measure.id), format: .json),
                ])
        }
    }
}
