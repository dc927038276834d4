import QuarterlyModel

/// measures.csv's comparator columns: one per comparison series the site's measures
/// declare (England, statistical neighbours…), holding each update's figure for it.
package enum ComparatorColumns {
    static func columns(_ names: [String]) -> [DataColumn<DataTables.MeasureRow>] {
        var used = Set<String>()
        return names.map { name in
            var column = "comparator_" + slug(name)
            // Two names that differ only in punctuation still get a column each.
            var suffix = 2
            while !used.insert(column).inserted {
                column = "comparator_\(slug(name))_\(suffix)"
                suffix += 1
            }
            // Its title is the comparator's name, as the measures write it.
            let words = ColumnWords(
                title: Message("data.comparator.title", ["name": .text(name)]),
                description: Message("data.comparator.description", ["name": .text(name)]))
            return DataColumn(column, .decimal, words: words) { row in
                row.update.comparators.first { $0.name == name }?.value.text ?? ""
            }
        }
    }

    /// `Statistical neighbours` → `statistical_neighbours`: a CSV on the Web column name.
    package static func slug(_ name: String) -> String {
        var out = ""
        for character in name.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                out.append(character)
            } else if !out.isEmpty, out.last != "_" {
                out.append("_")
            }
        }
        while out.last == "_" { out.removeLast() }
        return out.isEmpty ? "series" : out
    }
}
