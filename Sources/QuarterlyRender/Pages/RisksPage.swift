import QuarterlyModel

/// `/risks/`: the register and heat map for the latest quarter with scores.
final class RisksPage: TemplateContext {
    let hasRisks: Bool
    let latest: RiskRegister?

    init(fragments: Fragments) {
        let graph = fragments.graph
        hasRisks = !graph.risks.isEmpty
        latest = graph.latestRiskQuarter.map { RiskRegister($0, fragments: fragments) }
    }

    static func content(_ fragments: Fragments) -> PageContent<RisksPage> {
        let words = fragments.words
        return PageContent(
            body: RisksPage(fragments: fragments), title: words["risks.title"], current: words["nav.risks"],
            section: "risks",
            description: words.text(
                "risks.description", ["organisation": .text(fragments.graph.site.organisation)]))
    }

    static let fields = FieldTable<RisksPage>([
        .flag("hasRisks", "Whether the site has risks.") { $0.hasRisks },
        .context("latest", "The register at the latest quarter with scores, when there is one.") { $0.latest },
    ])
}

/// The register at one quarter: every risk's scores, and the heat map with its table.
final class RiskRegister: TemplateContext {
    let label: String
    let intro: String
    let caption: String
    let heatMapCaption: String
    let rows: [RiskRow]
    let svg: String
    let phoneSVG: String
    let cellRows: [HeatRow]
    let likelihoods: [Word]
    let unplaced: [RefLink]
    let placedCount: Int
    let bands: [BandRange]
    let embed: ChartEmbed

    init(_ quarter: QuarterID, fragments: Fragments) {
        let graph = fragments.graph
        let words = fragments.words
        let scores = RiskScores(key: graph.site.riskKey, words: words)
        let key = scores.key
        label = words.text(quarter.name)
        intro = words.text("risks.intro", ["quarter": .text(label)])
        caption = words.text("risks.caption", ["quarter": .text(label)])
        let reported = graph.risks.compactMap { risk in graph.riskUpdate(risk.id, in: quarter).map { (risk, $0) } }
        rows = reported.map { risk, update in
            RiskRow(
                ref: risk.ref, title: risk.title, url: fragments.links.url(.risk, risk.id),
                kind: scores.kindWord(risk.kind), owner: risk.owner ?? "–",
                score: scores.text(update.inherent, kind: risk.kind),
                residual: scores.text(update.residual, kind: risk.kind),
                band: update.current.flatMap { key.band(for: $0.score)?.name } ?? "–", direction: .of(update))
        }
        let placement = fragments.charts.riskPlacement(in: quarter)
        let placed = placement.placed
        unplaced = placement.unplaced.map { RefLink(ref: $0.ref, url: fragments.links.url(.risk, $0.id)) }
        var cellRows: [HeatRow] = []
        for impact in (1...5).reversed() {
            var row: [HeatCell] = []
            for likelihood in 1...5 {
                let score = likelihood * impact
                let refs = placed["\(likelihood)-\(impact)"] ?? []
                row.append(
                    HeatCell(
                        likelihood: scores.step(likelihood, of: key.likelihood),
                        text: refs.isEmpty ? "–" : refs.joined(separator: ", "), band: key.band(for: score)?.name ?? "",
                        score: score))
            }
            cellRows.append(HeatRow(impact: scores.step(impact, of: key.impact), cells: row))
        }
        self.cellRows = cellRows
        placedCount = placed.values.map(\.count).reduce(0, +)
        let chart = fragments.chartFiles.heatMap(in: quarter)
        svg = chart.svg.markup
        phoneSVG = chart.phoneSVG.markup
        embed = ChartEmbed(chart, links: fragments.links, site: graph.site)
        likelihoods = (1...5).map { Word(word: scores.step($0, of: key.likelihood)) }
        let bands = key.bands.enumerated().map { index, band in
            let upper = index + 1 < key.bands.count ? key.bands[index + 1].from - 1 : 25
            return BandRange(name: band.name, range: "\(band.from)–\(upper)")
        }
        self.bands = bands
        heatMapCaption = words.text(
            "risks.heatMapCaption",
            [
                "bands": .text(
                    bands.map { words.text("risks.bandRange", ["name": .text($0.name), "range": .text($0.range)]) }
                        .joined(separator: "; "))
            ])
    }

    static let fields = FieldTable<RiskRegister>([
        .text("label", "The quarter.") { $0.label },
        .text("intro", "What the register shows, as at the quarter (`risks.intro`).") { $0.intro },
        .text("caption", "The register table's caption (`risks.caption`).") { $0.caption },
        .text(
            "heatMapCaption",
            "The heat map's caption, with each rating's scores (`risks.heatMapCaption`, `risks.bandRange`)."
        ) {
            $0.heatMapCaption
        },
        .list("rows", "Every risk and opportunity scored that quarter.") { $0.rows },
        .html("svg", "The heat map.") { $0.svg },
        .html("phoneSVG", "The heat map drawn for a phone (scores and counts), class `chart-phone`.") { $0.phoneSVG },
        .context("embed", "The heat map as a file of its own and how to show it elsewhere (partials/use-chart).") {
            $0.embed
        },
        .list("bands", "The key's ratings and their score ranges.") { $0.bands },
        .list("unplaced", "Risks given a score but no likelihood and impact, so not on the map.") { $0.unplaced },
        .flag("hasUnplaced", "Whether there are any.") { !$0.unplaced.isEmpty },
        .flag(
            "hasGrid",
            "Whether any risk has a likelihood and impact to place it on the heat map; without one the map would be empty, so the page says why instead."
        ) { $0.placedCount > 0 },
        .list("likelihoods", "The likelihood words, for the columns of the heat map's table.") { $0.likelihoods },
        .list("cellRows", "The heat map as a table: one row per impact, highest first.") { $0.cellRows },
    ])
}

/// One risk or opportunity in the register.
final class RiskRow: TemplateContext {
    let ref, title, url, kind, owner, score, residual, band: String
    let direction: DirectionTag

    init(
        ref: String, title: String, url: String, kind: String, owner: String, score: String, residual: String,
        band: String, direction: DirectionTag
    ) {
        (self.ref, self.title, self.url, self.kind, self.owner) = (ref, title, url, kind, owner)
        (self.score, self.residual, self.band, self.direction) = (score, residual, band, direction)
    }

    static let fields = FieldTable<RiskRow>([
        .text("ref", "Its ref, e.g. CR1.") { $0.ref },
        .text("title", "Its title.") { $0.title },
        .text("url", "Its page's address.") { $0.url },
        .text("kind", "Risk or Opportunity.") { $0.kind },
        .text("owner", "Its owner, or –.") { $0.owner },
        .text("score", "Its score before mitigation, e.g. \"16 (Likely × Major)\", or –.") { $0.score },
        .text("residual", "Its score after mitigation, or –.") { $0.residual },
        .text("band", "Its current score's rating on the key, or –.") { $0.band },
        .context("direction", "Its direction of travel.") { $0.direction },
    ])
}

/// One impact's row of the heat map's table.
final class HeatRow: TemplateContext {
    let impact: String
    let cells: [HeatCell]

    init(impact: String, cells: [HeatCell]) {
        self.impact = impact
        self.cells = cells
    }

    static let fields = FieldTable<HeatRow>([
        .text("impact", "The impact, e.g. \"4 Major\".") { $0.impact },
        .list("cells", "One per likelihood, 1 to 5.") { $0.cells },
    ])
}

/// One cell of the heat map's table.
final class HeatCell: TemplateContext {
    let likelihood: String
    let text: String
    let band: String
    let score: Int

    init(likelihood: String, text: String, band: String, score: Int) {
        self.likelihood = likelihood
        self.text = text
        self.band = band
        self.score = score
    }

    static let fields = FieldTable<HeatCell>([
        .text("likelihood", "Its column's likelihood, e.g. \"4 Likely\" (a stacked row's label on a phone).") {
            $0.likelihood
        },
        .text("text", "The refs of the risks in the cell, or –.") { $0.text },
        .text("band", "The cell's rating on the key.") { $0.band },
        .number("score", "Likelihood times impact.") { $0.score },
    ])
}

/// A word or a short phrase, e.g. a likelihood on the key.
struct Word: TemplateContext {
    let word: String

    static let fields = FieldTable<Word>([.text("word", "e.g. \"4 Likely\".") { $0.word }])
}

/// A link named by a ref.
final class RefLink: TemplateContext {
    let ref: String
    let url: String

    init(ref: String, url: String) {
        self.ref = ref
        self.url = url
    }

    static let fields = FieldTable<RefLink>([
        .text("ref", "The ref.") { $0.ref },
        .text("url", "Its page's address.") { $0.url },
    ])
}

/// A rating on the risk key and the scores it covers.
final class BandRange: TemplateContext {
    let name: String
    let range: String

    init(name: String, range: String) {
        self.name = name
        self.range = range
    }

    static let fields = FieldTable<BandRange>([
        .text("name", "The rating, e.g. High.") { $0.name },
        .text("range", "Its scores, e.g. \"15–25\".") { $0.range },
    ])
}
