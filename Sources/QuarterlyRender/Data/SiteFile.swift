import QuarterlyModel

/// A file of the site other than a page or an asset, and where it is written, relative
/// to the output folder. `DataFiles` and the build write each one there; `Links` links
/// to it from the pages.
public struct SiteFile: Sendable, Hashable {
    public let path: String

    public static let siteJSON = SiteFile(path: "data/site.json")
    public static let siteSchema = SiteFile(path: "data/site.schema.json")
    public static let measuresCSV = SiteFile(path: "data/measures.csv")
    public static let actionsCSV = SiteFile(path: "data/actions.csv")
    public static let risksCSV = SiteFile(path: "data/risks.csv")
    /// The DCAT catalogue of the site's datasets (JSON-LD).
    public static let catalogue = SiteFile(path: "data/catalog.jsonld")
    /// Every measure's history as a spreadsheet.
    public static let measuresWorkbook = SiteFile(path: "data/measures.xlsx")
    public static let feed = SiteFile(path: "feed.xml")
    public static let sitemap = SiteFile(path: "sitemap.xml")
    public static let robots = SiteFile(path: "robots.txt")

    /// One measure's values by quarter.
    public static func measureCSV(_ id: String) -> SiteFile { SiteFile(path: "measures/\(id).csv") }
    public static func measureJSON(_ id: String) -> SiteFile { SiteFile(path: "measures/\(id).json") }

    /// One quarter's measures and actions.
    public static func quarterMeasures(_ quarter: QuarterID) -> SiteFile {
        SiteFile(path: "quarters/\(quarter.slug)/measures.csv")
    }

    public static func quarterActions(_ quarter: QuarterID) -> SiteFile {
        SiteFile(path: "quarters/\(quarter.slug)/actions.csv")
    }

    /// A published quarter's report printed to PDF, when the build could print it.
    public static func quarterReport(_ quarter: QuarterID) -> SiteFile {
        SiteFile(path: "quarters/\(quarter.slug)/report.pdf")
    }

    /// One quarter's report as a spreadsheet, named for the quarter so the saved file says which.
    public static func quarterWorkbook(_ quarter: QuarterID) -> SiteFile {
        SiteFile(path: "quarters/\(quarter.slug)/\(quarter.slug).xlsx")
    }
}
