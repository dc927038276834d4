/// Maps a domain of values onto a range of coordinates, linearly.
public struct LinearScale: Sendable {
    public let domain: ClosedRange<Double>
    public let range: (start: Double, end: Double)

    public init(domain: ClosedRange<Double>, range: (Double, Double)) {
        self.domain = domain
        self.range = (range.0, range.1)
    }

    public func callAsFunction(_ value: Double) -> Double {
        let width = domain.upperBound - domain.lowerBound
        guard width > 0 else { return (range.start + range.end) / 2 }
        return range.start + (value - domain.lowerBound) / width * (range.end - range.start)
    }
}
