import QuarterlyModel

/// `tolerances:` in `site.yml` and in a measure: the same keys and the same rules.
enum ToleranceDecoder {
    static let keys = ["green", "amber", "basis"]

    /// Reads `tolerances` under `fields`, starting from `defaults` for keys left out.
    static func decode(_ fields: Fields, defaults: Tolerances) -> Tolerances? {
        guard let nested = fields.nested("tolerances") else { return nil }
        let green = nested.figure("green")?.decimal ?? defaults.green
        let amber = nested.figure("amber")?.decimal ?? defaults.amber
        let basis = nested.word("basis", as: ToleranceBasis.self) ?? defaults.basis
        if green < 0 || amber < green {
            fields.report(
                .invalidValue, at: fields.position(ofValue: "tolerances"),
                "tolerances must satisfy 0 ≤ green ≤ amber (got green \(green), amber \(amber))",
                hint: "The reference key is `green: 5` and `amber: 10` (percent off target).")
        }
        nested.finish(allowed: keys)
        fields.absorb(nested)
        return Tolerances(green: green, amber: amber, basis: basis)
    }
}
