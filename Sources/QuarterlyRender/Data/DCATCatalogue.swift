import QuarterlyModel

/// `/data/catalog.jsonld`: the site's datasets as a DCAT catalogue in JSON-LD, which
/// data.gov.uk and open-data portals harvest: each dataset with its publisher, licence,
/// temporal coverage, landing page and distributions (each file with its media type).
package struct DCATCatalogue {
    let graph: AssessedGraph
    let links: Links
    /// The words of its titles and descriptions: the site's language.
    let words: Catalogue

    package init(graph: AssessedGraph, links: Links, words: Catalogue) {
        self.graph = graph
        self.links = links
        self.words = words
    }

    static let context: JSONValue = .object([
        "dcat": .string("http://www.w3.org/ns/dcat#"),
        "dct": .string("http://purl.org/dc/terms/"),
        "foaf": .string("http://xmlns.com/foaf/0.1/"),
        "vcard": .string("http://www.w3.org/2006/vcard/ns#"),
        "xsd": .string("http://www.w3.org/2001/XMLSchema#"),
    ])

    /// Absolute when the site's host is known.
    func address(_ path: String) -> String { (links.origin ?? "") + path }

    /// A page or file of the site, by its address.
    func reference(_ path: String) -> JSONValue { Self.reference(absolute: address(path)) }

    static func reference(absolute url: String) -> JSONValue { .object(["@id": .string(url)]) }

    static func date(_ date: CalendarDate) -> JSONValue {
        .object(["@value": .string(date.iso), "@type": .string("xsd:date")])
    }

    package var document: JSONValue {
        var catalogue = frame
        let datasets = SiteDatasets(graph: graph, links: links, words: words)
        catalogue[Self.datasets] = .array(datasets.all.map(dataset))
        return .object(catalogue)
    }

    /// The catalogue as `document` writes it, in parts: its frame, then its datasets in
    /// runs, each made as it is written (at scale a dataset per measure: megabytes held
    /// whole as a tree, then as bytes).
    package var segments: [OutputSegment] {
        let catalogue = self
        let datasets = SiteDatasets(graph: graph, links: links, words: words)
        let graph = graph
        let items =
            datasets.siteWide.map { one in SiteJSON.ListItem(reads: []) { catalogue.dataset(one) } }
            + datasets.measureIDs.map { id in
                SiteJSON.ListItem(reads: []) { catalogue.dataset(datasets.measure(graph.measure(id)!)!) }
            }
        // The datasets sit in the document's top-level list, at indent 2.
        let pieces = OnDemand { SiteJSON.cut(catalogue.frame, around: [Self.datasets], indent: 0) }
        return [OutputSegment(reads: []) { pieces.get[0] }] + SiteJSON.runs(of: items, indent: 2) + [
            OutputSegment(reads: []) { pieces.get[1] }
        ]
    }

    private static let datasets = "dcat:dataset"

    /// Every member of the catalogue but its datasets.
    private var frame: [String: JSONValue] {
        let site = graph.site
        var catalogue: [String: JSONValue] = [
            "@context": Self.context,
            "@id": .string(address(links.url(of: .catalogue))),
            "@type": .string("dcat:Catalog"),
            "dct:title": .string(words.text("data.catalogue.title", ["title": .text(site.title)])),
            "dct:description": .string(
                words.text(
                    "data.catalogue.description",
                    ["title": .text(site.title), "organisation": .text(site.organisation)])),
            "dct:publisher": publisher,
            "dct:license": Self.reference(absolute: site.licence.url),
            "dct:language": .string(site.language),
            "foaf:homepage": reference(links.home),
        ]
        if let modified = graph.quarters.map(\.reportDate).max() { catalogue["dct:modified"] = Self.date(modified) }
        return catalogue
    }

    var publisher: JSONValue {
        .object(["@type": .string("foaf:Organization"), "foaf:name": .string(graph.site.organisation)])
    }

    func dataset(_ dataset: DatasetDescription) -> JSONValue {
        var entry: [String: JSONValue] = [
            "@id": .string(address(dataset.address)),
            "@type": .string("dcat:Dataset"),
            "dct:title": .string(dataset.title),
            "dct:description": .string(dataset.description),
            "dct:publisher": publisher,
            "dct:license": Self.reference(absolute: graph.site.licence.url),
            "dct:temporal": .object([
                "@type": .string("dct:PeriodOfTime"), "dcat:startDate": Self.date(dataset.start),
                "dcat:endDate": Self.date(dataset.end),
            ]),
            "dcat:keyword": .array(dataset.keywords.map(JSONValue.string)),
            "dcat:distribution": .array(
                dataset.distributions.map { distribution in
                    .object([
                        "@type": .string("dcat:Distribution"),
                        "dct:title": .string(distribution.title),
                        "dcat:downloadURL": reference(links.url(of: distribution.file)),
                        "dcat:accessURL": reference(links.url(of: distribution.file)),
                        "dcat:mediaType": Self.reference(
                            absolute: "https://www.iana.org/assignments/media-types/" + distribution.format.mediaType),
                        "dct:format": .string(distribution.format.rawValue),
                        "dct:license": Self.reference(absolute: graph.site.licence.url),
                    ])
                }),
        ]
        if let page = dataset.landingPage { entry["dcat:landingPage"] = reference(page) }
        if let modified = dataset.modified { entry["dct:modified"] = Self.date(modified) }
        return .object(entry)
    }
}
