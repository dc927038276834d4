/// A quarter's report is a draft until it has been to committee.
public enum QuarterStatus: String, ContentWord {
    case draft, published
}
