import QuarterlyModel

/// What an item's own file says, key by key, as its field registry declares it: a page
/// template can show any key (`{{definition.source}}`) as text, so a new field in the
/// registry reaches the page with no change to the page's Swift code.
extension FieldTable {
    static func registry<Item: ContentItem>(of item: @escaping @Sendable (Context) -> Item) -> FieldTable<Context> {
        FieldTable(
            Item.fields.fields.map { field in
                .text(field.key, field.description) { field.value(in: item($0))?.plain }
            })
    }
}

/// An outcome's file, key by key.
final class OutcomeDefinition: TemplateContext {
    let outcome: Outcome
    init(_ outcome: Outcome) { self.outcome = outcome }
    static let fields = FieldTable<OutcomeDefinition>.registry { $0.outcome }
}

/// An action's file, key by key.
final class ActionDefinition: TemplateContext {
    let action: Action
    init(_ action: Action) { self.action = action }
    static let fields = FieldTable<ActionDefinition>.registry { $0.action }
}

/// A measure's file, key by key.
final class MeasureDefinition: TemplateContext {
    let measure: Measure
    init(_ measure: Measure) { self.measure = measure }
    static let fields = FieldTable<MeasureDefinition>.registry { $0.measure }
}

/// A risk's file, key by key.
final class RiskDefinition: TemplateContext {
    let risk: Risk
    init(_ risk: Risk) { self.risk = risk }
    static let fields = FieldTable<RiskDefinition>.registry { $0.risk }
}
