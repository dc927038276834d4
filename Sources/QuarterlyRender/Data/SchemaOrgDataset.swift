import QuarterlyModel

/// A dataset as schema.org `Dataset` markup (JSON-LD) for the page that shows it, so
/// search engines' dataset search finds it: the same description as the DCAT catalogue's.
struct SchemaOrgDataset {
    let dataset: DatasetDescription
    let site: SiteConfig
    let links: Links
    /// The words of the catalogue's name: the page's language.
    let words: Catalogue

    func address(_ path: String) -> String { (links.origin ?? "") + path }

    var document: JSONValue {
        let publisher: JSONValue = .object([
            "@type": .string("GovernmentOrganization"), "name": .string(site.organisation),
            "url": .string(address(links.home)),
        ])
        var entry: [String: JSONValue] = [
            "@context": .string("https://schema.org"),
            "@type": .string("Dataset"),
            "@id": .string(address(dataset.address)),
            "name": .string(dataset.title),
            "description": .string(dataset.description),
            "url": .string(address(dataset.landingPage ?? dataset.address)),
            "license": .string(site.licence.url),
            "isAccessibleForFree": .bool(true),
            "inLanguage": .string(site.language),
            "creator": publisher,
            "publisher": publisher,
            "temporalCoverage": .string("\(dataset.start.iso)/\(dataset.end.iso)"),
            "keywords": .array(dataset.keywords.map(JSONValue.string)),
            "includedInDataCatalog": .object([
                "@type": .string("DataCatalog"),
                "name": .string(words.text("data.catalogue.title", ["title": .text(site.title)])),
                "url": .string(address(links.url(of: .catalogue))),
            ]),
            "distribution": .array(
                dataset.distributions.map {
                    .object([
                        "@type": .string("DataDownload"), "name": .string($0.title),
                        "encodingFormat": .string($0.format.mediaType),
                        "contentUrl": .string(address(links.url(of: $0.file))),
                    ])
                }),
        ]
        if let modified = dataset.modified { entry["dateModified"] = .string(modified.iso) }
        return .object(entry)
    }

    /// The markup's text, safe inside a `<script>` element: `<` is written `\u003c`
    /// (JSON allows it), so no text in it can end the element.
    var scriptText: String {
        let data = document.data
        guard data.contains(UInt8(ascii: "<")) else { return String(decoding: data, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(data.count + 16)
        for byte in data {
            if byte == UInt8(ascii: "<") { out.append(contentsOf: "\\u003c".utf8) } else { out.append(byte) }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// What the `dataset` partial shows on a page that offers a dataset: its spreadsheet,
/// when it has one, the catalogue, and its schema.org markup.
final class DatasetMarkup: TemplateContext {
    let markup: SchemaOrgDataset
    let links: Links
    let spreadsheet: LabelledLink?
    let spreadsheetSentence: HTMLBlock?
    let catalogueSentence: String

    /// - Parameter spreadsheet: the spreadsheet to offer beside it, if any.
    init(_ dataset: DatasetDescription, spreadsheet: LabelledLink?, site: SiteConfig, links: Links, words: Catalogue) {
        markup = SchemaOrgDataset(dataset: dataset, site: site, links: links, words: words)
        self.spreadsheet = spreadsheet
        self.links = links
        spreadsheetSentence = spreadsheet.map { file in
            let link = "<a href=\"\(HTMLText.escape(file.url))\" download>\(HTMLText.escape(file.label))</a>"
            return HTMLBlock(html: words.linkedSentence("dataset.spreadsheet", ["link": .markup(link)]))
        }
        catalogueSentence = words.linkedSentence(
            "dataset.catalogue", ["link": words.link(links.url(of: .catalogue), "dataset.catalogueLink")])
    }

    static let fields = FieldTable<DatasetMarkup>([
        .context("spreadsheet", "A spreadsheet of its data, when there is one.") { $0.spreadsheet },
        .text("catalogue", "The site's data catalogue (DCAT, JSON-LD).") { $0.links.url(of: .catalogue) },
        .context(
            "spreadsheetSentence", "\"As a spreadsheet: …\" with its link, when there is one (`dataset.spreadsheet`)."
        ) {
            $0.spreadsheetSentence
        },
        .html("catalogueSentence", "Where data catalogues harvest the datasets, with its link (`dataset.catalogue`).") {
            $0.catalogueSentence
        },
        .html("jsonLD", "Its schema.org Dataset markup, for a `<script type=\"application/ld+json\">`.") {
            $0.markup.scriptText
        },
    ])
}
