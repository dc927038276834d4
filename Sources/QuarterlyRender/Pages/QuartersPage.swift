import QuarterlyModel

/// `/quarters/`: every quarter's report, newest first.
struct QuartersPage {
    let fragments: Fragments

    func content() -> PageContent {
        let graph = fragments.graph
        let rows: [ViewModel] = graph.quarters.reversed().map { quarter in
            var row: ViewModel = [
                "label": quarter.id.label, "url": fragments.links.quarter(quarter.id),
                "periodEnd": quarter.periodEnd.long, "status": quarter.isDraft ? "Draft" : "Published",
                "isDraft": quarter.isDraft,
            ]
            row["published"] = quarter.published?.long ?? "Not yet"
            row["meeting"] = quarter.meeting ?? ""
            return row
        }
        return PageContent(
            model: ["quarters": rows, "hasQuarters": !rows.isEmpty],
            title: "Quarterly reports", current: "Quarterly reports", section: "quarters")
    }
}
