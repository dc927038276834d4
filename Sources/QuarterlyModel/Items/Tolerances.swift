import Foundation

/// How far off target a measure may be and still be Green or Amber.
///
/// Kept as exact decimals so that the edges of the key are exact: with the reference
/// key, exactly 5% off is Green and exactly 10% off is Amber.
public struct Tolerances: Sendable, Equatable {
    public var green: Decimal
    public var amber: Decimal
    public var basis: ToleranceBasis

    public init(green: Decimal, amber: Decimal, basis: ToleranceBasis = .percent) {
        self.green = green
        self.amber = amber
        self.basis = basis
    }

    /// The reports' key: green on target or within 5%, amber 5–10% off, red beyond.
    public static let referenceKey = Tolerances(green: 5, amber: 10)

    /// A key left out takes the reference key's value.
    public static let fields = FieldSet<Tolerances>(
        blank: .referenceKey,
        [
            Field(
                "green", \.green, .decimal, "A measure within this distance of its target (or better) is Green.",
                openData: "green"),
            Field("amber", \.amber, .decimal, "Within this distance it is Amber; further off, Red.", openData: "amber"),
            Field(
                "basis", \.basis, .word(ToleranceBasis.self),
                "Whether the tolerances are percentages of the target or amounts in the measure's units.",
                openData: "basis"),
        ],
        check: { tolerances, check in
            guard tolerances.green < 0 || tolerances.amber < tolerances.green else { return }
            check.report(
                .invalidValue, at: check.position,
                "tolerances must satisfy 0 ≤ green ≤ amber (got green \(tolerances.green), amber \(tolerances.amber))",
                hint: "The reference key is `green: 5` and `amber: 10` (percent off target).")
        })
}

/// Whether tolerances are a percentage of the target or a distance in the measure's own units.
///
/// Percent suits most measures; scores that sit near or below zero (Progress 8) need
/// `absolute`, because a percentage of a target of 0 or -0.03 says little.
public enum ToleranceBasis: String, ContentWord {
    case percent, absolute
}
