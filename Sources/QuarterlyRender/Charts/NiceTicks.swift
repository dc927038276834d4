import Foundation

/// Axis ticks at "nice" numbers (1, 2, 2.5 or 5 times a power of ten) that cover
/// the data, so axes read 0, 20, 40… rather than 0, 17.3, 34.6….
public struct NiceTicks: Sendable, Equatable {
    public let values: [Double]
    public let step: Double

    public var lower: Double { values.first ?? 0 }
    public var upper: Double { values.last ?? 1 }

    /// - Parameters:
    ///   - minimum, maximum: the data's extent (the axis may extend beyond it to a nice number).
    ///   - count: roughly how many ticks.
    public init(minimum: Double, maximum: Double, count: Int = 5) {
        var low = minimum
        var high = maximum
        if high < low { swap(&low, &high) }
        if low == high {
            // One value: give it room either side (or start at zero for a value of zero).
            let pad = low == 0 ? 1 : abs(low) * 0.1
            low = low == 0 ? 0 : low - pad
            high += pad
        }
        let step = NiceTicks.niceStep((high - low) / Double(max(1, count - 1)))
        let first = (low / step).rounded(.down) * step
        let last = (high / step).rounded(.up) * step
        var values: [Double] = []
        var index = 0.0
        while true {
            let tick = first + index * step
            // Snap away binary noise (0.30000000000000004 → 0.3).
            let snapped = (tick / step).rounded() * step
            values.append(abs(snapped) < step * 1e-9 ? 0 : snapped)
            if tick >= last - step * 1e-9 { break }
            index += 1
        }
        self.values = values
        self.step = step
    }

    static func niceStep(_ raw: Double) -> Double {
        guard raw > 0, raw.isFinite else { return 1 }
        let power = pow(10, (log10(raw)).rounded(.down))
        let fraction = raw / power
        let nice: Double = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
        return nice * power
    }

    /// Decimal places that show every tick distinctly: step 0.25 → 2, step 20 → 0.
    public var decimals: Int {
        var places = 0
        while places < 6, abs((step * pow(10, Double(places))).rounded() - step * pow(10, Double(places))) > 1e-9 {
            places += 1
        }
        return places
    }

    /// A tick as plain digits, e.g. "0.25", "40", "-0.1": what `%.<decimals>f` prints,
    /// without `String(format:)` (Foundation's formatter, a few microseconds a tick on
    /// every chart of the site).
    public func text(_ value: Double) -> String {
        let places = decimals
        let scaled = (abs(value) * pow(10, Double(places))).rounded()
        // A tick is a whole number of steps, so `scaled` is whole, far from a half, and
        // rounds as printf does; anything larger than a Double counts exactly goes to it.
        guard value.isFinite, scaled < 9_007_199_254_740_992 else {
            return String(format: "%.\(places)f", value == 0 ? 0 : value)
        }
        var digits = String(UInt64(scaled))
        if places > 0 {
            if digits.count <= places { digits = String(repeating: "0", count: places + 1 - digits.count) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places))
        }
        return value < 0 ? "-" + digits : digits
    }
}
