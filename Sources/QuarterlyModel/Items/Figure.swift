import Foundation

/// A number from content, kept with the digits as the officer wrote them, so that
/// `65.0` is shown as `65.0` and `1.10` never becomes `1.1`.
public struct Figure: Hashable, Sendable {
    public let value: Double
    public let text: String
    /// The exact decimal the text names: RAG edges are compared on this, so that
    /// 90.25 against 95 is exactly 5% off and never 5.000000001%.
    public let decimal: Decimal

    public init?(text: String) {
        let trimmed = text.trimmed()
        guard let value = Double(trimmed), value.isFinite,
            trimmed.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" || $0 == "+" })
        else { return nil }
        self.value = value
        self.text = trimmed
        // No locale: the text is digits, a point and a sign, and a locale's separator would
        // be looked up (in ICU's data) for every figure.
        self.decimal = Decimal(string: trimmed) ?? Decimal(value)
    }
}
