import QuarterlyModel

/// `/risks/` (the register and heat map for the latest quarter with scores) and
/// `/risks/<id>/` (one risk, its scores over time and its commentary).
struct RiskPages {
    let fragments: Fragments
    var graph: AssessedGraph { fragments.graph }
    var key: RiskKey { graph.site.riskKey }

    func register() -> PageContent<UntypedBody> {
        var model: ViewModel = ["hasRisks": !graph.risks.isEmpty]
        if let quarter = graph.latestRiskQuarter {
            let rows: [ViewModel] = graph.risks.compactMap { risk in
                guard let update = graph.riskUpdate(risk.id, in: quarter) else { return nil }
                return [
                    "ref": risk.ref, "title": risk.title, "url": fragments.links.risk(risk.id),
                    "kind": risk.kind == .risk ? "Risk" : "Opportunity",
                    "owner": risk.owner ?? "–", "score": scoreText(update.inherent, kind: risk.kind),
                    "residual": scoreText(update.residual, kind: risk.kind),
                    "band": update.current.flatMap { key.band(for: $0.score)?.name } ?? "–",
                    "direction": fragments.direction(update.direction),
                ]
            }
            var placed: [String: [String]] = [:]
            var unplaced: [ViewModel] = []
            for risk in graph.risks {
                guard let update = graph.riskUpdate(risk.id, in: quarter) else { continue }
                let score =
                    (update.residual?.likelihood != nil ? update.residual : nil)
                    ?? (update.inherent?.likelihood != nil ? update.inherent : nil)
                if let score, let l = score.likelihood, let i = score.impact {
                    placed["\(l)-\(i)", default: []].append(risk.ref)
                } else {
                    unplaced.append(["ref": risk.ref, "url": fragments.links.risk(risk.id)])
                }
            }
            var cells: [RiskHeatMap.Cell] = []
            var cellRows: [ViewModel] = []
            for impact in (1...5).reversed() {
                var row: [ViewModel] = []
                for likelihood in 1...5 {
                    let score = likelihood * impact
                    let refs = placed["\(likelihood)-\(impact)"] ?? []
                    let band = key.band(for: score)?.name ?? ""
                    cells.append(
                        .init(
                            likelihood: likelihood, impact: impact, band: band, bandIndex: key.band(index: score) ?? 0,
                            refs: refs))
                    row.append([
                        "text": refs.isEmpty ? "–" : refs.joined(separator: ", "), "band": band, "score": score,
                    ])
                }
                cellRows.append(["impact": "\(impact) \(key.impact[impact - 1])", "cells": row])
            }
            let count = placed.values.map(\.count).reduce(0, +)
            let map = RiskHeatMap(
                id: "heat-map", title: "Risks by likelihood and impact, \(quarter.label)",
                description:
                    "\(count) risks placed on the 5 by 5 grid by their residual likelihood and impact (inherent where no residual is given). "
                    + placed.sorted { $0.key < $1.key }.map {
                        "\($0.value.joined(separator: ", ")) at likelihood \($0.key.split(separator: "-")[0]), impact \($0.key.split(separator: "-")[1])"
                    }.joined(separator: "; ") + ".",
                likelihoodWords: key.likelihood, impactWords: key.impact, cells: cells)
            model["latest"] =
                [
                    "label": quarter.label, "rows": rows, "svg": map.svg.markup, "cellRows": cellRows,
                    "likelihoods": key.likelihood.enumerated().map {
                        ["word": "\($0.offset + 1) \($0.element)"] as ViewModel
                    },
                    "unplaced": unplaced, "hasUnplaced": !unplaced.isEmpty,
                    "bands": key.bands.enumerated().map { index, band -> ViewModel in
                        let upper = index + 1 < key.bands.count ? key.bands[index + 1].from - 1 : 25
                        return ["name": band.name, "range": "\(band.from)–\(upper)"]
                    },
                ] as ViewModel
        }
        return PageContent(
            body: UntypedBody(model), title: "Risk and opportunity register", current: "Risks", section: "risks",
            description: "\(graph.site.organisation)'s corporate risks and opportunities, scored on a 5 by 5 key.")
    }

    func content(for risk: Risk) -> PageContent<UntypedBody> {
        let history = graph.riskHistory(risk.id)
        var model: ViewModel = [
            "ref": risk.ref, "title": risk.title, "kind": risk.kind == .risk ? "Risk" : "Opportunity",
            "details": [("Category", risk.category), ("Owner", risk.owner)].compactMap { term, value in
                value.map { ["term": term, "value": $0] as ViewModel }
            },
            "consequences": risk.consequences.map { ["text": $0] as ViewModel },
            "controls": risk.controls.map { ["text": $0] as ViewModel },
            "mitigations": risk.mitigations.map { ["text": $0] as ViewModel },
            "mitigationsHeading": risk.kind == .risk ? "Mitigating actions" : "Maximising actions",
            "consequencesHeading": risk.kind == .risk ? "Possible consequences" : "Possible benefits",
            "hasConsequences": !risk.consequences.isEmpty, "hasControls": !risk.controls.isEmpty,
            "hasMitigations": !risk.mitigations.isEmpty,
            "linked": risk.actionIDs.compactMap(graph.action).map {
                ["ref": $0.ref, "title": $0.title, "url": fragments.links.action($0.id), "kind": "Action"] as ViewModel
            }
                + risk.measureIDs.compactMap(graph.measure).map {
                    ["ref": $0.ref, "title": $0.title, "url": fragments.links.measure($0.id), "kind": "Measure"]
                        as ViewModel
                },
            "history": history.reversed().map { update -> ViewModel in
                var row: ViewModel = [
                    "quarter": update.quarter.label, "score": scoreText(update.inherent, kind: risk.kind),
                    "residual": scoreText(update.residual, kind: risk.kind),
                    "direction": fragments.direction(update.direction),
                ]
                if let html = fragments.markdown(update.commentary, headingLevel: 4) { row["commentary"] = html }
                return row
            },
            "hasHistory": !history.isEmpty,
        ]
        model["hasLinked"] = !((model["linked"] as? [ViewModel]) ?? []).isEmpty
        if let html = fragments.markdown(risk.description, headingLevel: 3) { model["description"] = html }
        if history.count > 1, let first = history.first, let last = history.last {
            let axis = QuarterID.sequence(from: first.quarter, to: last.quarter)
            let byQuarter = Dictionary(history.map { ($0.quarter, $0) }, uniquingKeysWith: { a, _ in a })
            let chart = TrendChart(
                id: "risk-\(risk.id)", title: "\(risk.ref) \(risk.title): score by quarter",
                description:
                    "Score from \(first.current?.score ?? 0) in \(first.quarter.label) to \(last.current?.score ?? 0) in \(last.quarter.label).",
                quarters: ChartModels.axisLabels(axis),
                values: axis.map { (byQuarter[$0]?.current?.score).map(Double.init) },
                rags: axis.map { _ in nil }, targets: axis.map { _ in nil }, unit: .score)
            model["chart"] = ["svg": chart.svg.markup] as ViewModel
        }
        return PageContent(
            body: UntypedBody(model), title: "\(risk.ref) \(risk.title)",
            crumbs: [Crumb(label: "Risks", url: fragments.links.url(.risks))],
            current: risk.ref, section: "risks", sourcePath: risk.sourcePath)
    }

    /// "16 (Likely × Major)", or the score alone.
    func scoreText(_ score: RiskScore?, kind: RiskKind) -> String {
        guard let score else { return "–" }
        guard let l = score.likelihood, let i = score.impact else { return "\(score.score)" }
        let impactWords = kind == .risk ? key.impact : key.opportunityImpact
        return "\(score.score) (\(key.likelihood[l - 1]) × \(impactWords[i - 1]))"
    }
}

extension Fragments {
    /// What action and measure pages share: the linked risks and, when the item was
    /// renumbered, its refs in each plan ("2019/20: M1.10; 2021/22: M2.13").
    func addRisksAndRefs(of itemID: String, refs: [RefPeriod], to model: inout ViewModel) {
        let risks = linkedRisks(itemID)
        if !risks.isEmpty { model["linkedRisks"] = ["items": risks] as ViewModel }
        if refs.count > 1 {
            model["refHistory"] = ["text": refs.map { "\($0.years): \($0.ref)" }.joined(separator: "; ")] as ViewModel
        }
    }

    /// The risks linked to an action or measure, with their latest scores, for its page.
    func linkedRisks(_ itemID: String) -> [ViewModel] {
        let pages = RiskPages(fragments: self)
        return graph.risks(linkedTo: itemID).map { risk in
            let latest = graph.riskHistory(risk.id).last
            var row: ViewModel = [
                "ref": risk.ref, "title": risk.title, "url": links.risk(risk.id),
                "score": pages.scoreText(latest?.current, kind: risk.kind),
            ]
            if let latest { row["quarter"] = ["text": latest.quarter.label] as ViewModel }
            return row
        }
    }
}
