/// What one content file defines: an item of one kind, read through its field set.
public protocol ContentItem: Sendable {
    static var kind: ContentKind { get }
    static var fields: FieldSet<Self> { get }
}

extension ContentItem {
    /// The keys, for the reference document and the schemas.
    public static var fieldInfo: [FieldInfo] { fields.info }

    /// The keys a translation may give.
    public static var translatedKeys: [String] { fields.fields.filter(\.translated).map(\.key) }
}

extension ContentKind {
    /// The item its files define.
    public var itemType: any ContentItem.Type {
        switch self {
        case .site: SiteConfig.self
        case .outcome: Outcome.self
        case .action: Action.self
        case .measure: Measure.self
        case .risk: Risk.self
        case .quarter: Quarter.self
        case .actionUpdate: ActionUpdate.self
        case .measureUpdate: MeasureUpdate.self
        case .outcomeCommentary: OutcomeCommentary.self
        case .riskUpdate: RiskUpdate.self
        }
    }
}
