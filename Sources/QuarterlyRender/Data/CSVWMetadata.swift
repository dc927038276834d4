import QuarterlyModel

/// CSV on the Web metadata (W3C tabular metadata), written beside every CSV file as
/// `<file>-metadata.json`, where CSVW processors look for it: the table's title,
/// publisher, licence and source, and each column's name, title, datatype and meaning.
struct CSVWMetadata {
    let file: SiteFile
    let title: String
    let columns: [ColumnDescription]
    /// The columns that together name one row.
    let primaryKey: [String]

    func document(site: SiteConfig, links: Links) -> JSONValue {
        let fileName = String(file.path.split(separator: "/").last ?? "")
        let columns: [JSONValue] = columns.map { column in
            // `titles` must include the header as written, which is how a validator
            // matches the file to its columns; the title for people comes with it.
            let titles: JSONValue =
                column.title == column.name ? .string(column.name) : [column.name, column.title].json
            return .object([
                "name": .string(column.name), "titles": titles, "datatype": .string(column.type.rawValue),
                "dc:description": .string(column.description),
            ])
        }
        return .object([
            "@context": .array([.string("http://www.w3.org/ns/csvw"), .object(["@language": .string(site.language)])]),
            "url": .string(fileName),
            "dc:title": .string(title),
            "dc:publisher": .string(site.organisation),
            "dc:license": .object(["@id": .string(site.licence.url)]),
            "dc:source": .string((links.origin ?? "") + links.home),
            "tableSchema": .object([
                "columns": .array(columns), "primaryKey": primaryKey.json,
            ]),
        ])
    }
}

extension SiteFile {
    /// Where a CSV file's CSVW metadata is written: beside it, as CSVW processors look for it.
    public var metadata: SiteFile { SiteFile(path: path + "-metadata.json") }
}
