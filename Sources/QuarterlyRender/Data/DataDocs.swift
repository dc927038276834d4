import QuarterlyModel

/// docs/data.md's column tables, made from the tables' declarations (`DataColumn`) and
/// their words in the English catalogue, so the documentation, the CSVW metadata and the
/// spreadsheets' notes say the same.
public enum DataDocs {
    /// - Parameter words: the built-in English catalogue.
    public static func markdown(words: Catalogue) -> String {
        let fixed = DataTables.fixedMeasureColumns.count
        let measures = DataTable.withRegistryColumns("measures", \.measure, DataTables.fixedMeasureColumns)
            .descriptions(words)
        // For officers, not a site's readers: one row for every comparator column.
        let comparators = ColumnDescription(
            name: "comparator_<name>", title: "the comparator's name", type: .decimal,
            description:
                "One column per comparator the site's measures declare (`comparators:` in a measure's file), in the order they are first declared, named in lower case with `_` for spaces and punctuation (`comparator_england`, `comparator_statistical_neighbours`): the update's figure for it; empty when none."
        )
        return [
            section("measures.csv", Array(measures.prefix(fixed)) + [comparators] + measures.dropFirst(fixed)),
            section("actions.csv", DataTables.actionTable.descriptions(words)),
            section("risks.csv", DataTables.riskTable.descriptions(words)),
        ].joined(separator: "\n")
    }

    static func section(_ file: String, _ columns: [ColumnDescription]) -> String {
        "### `\(file)`\n\n| column | title | type | meaning |\n|---|---|---|---|\n"
            + columns.map { "| `\($0.name)` | \($0.title) | \($0.type.rawValue) | \($0.description) |\n" }.joined()
    }
}
