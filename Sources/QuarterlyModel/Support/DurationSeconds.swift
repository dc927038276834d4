extension Duration {
    /// The duration in seconds, for timings people read.
    public var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
