/// How often a measure is reported.
public enum Frequency: String, ContentWord {
    case monthly, quarterly, annual

    /// "Quarterly" (`frequency.quarterly`).
    public var name: Message { name(in: "frequency") }
}
