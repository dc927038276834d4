import Foundation

/// A measure's target: one figure, or a range whose every value is on target
/// (occupancy should be `90 to 94`%).
public enum Target: Sendable, Hashable {
    case figure(Figure)
    case range(low: Figure, high: Figure)

    /// The lowest and highest values on target (the same figure for a single target).
    public var low: Figure {
        switch self {
        case .figure(let figure), .range(let figure, _): figure
        }
    }

    public var high: Figure {
        switch self {
        case .figure(let figure), .range(_, let figure): figure
        }
    }

    public var isRange: Bool {
        if case .range = self { return true }
        return false
    }

    /// As written in front matter: `95`, `90 to 94`.
    public var text: String {
        switch self {
        case .figure(let figure): figure.text
        case .range(let low, let high): "\(low.text) to \(high.text)"
        }
    }

    /// As a reader sees it: `95%`, `90–94%`, `£1,000–£2,000`.
    public func shown(_ unit: MeasureUnit) -> String {
        switch self {
        case .figure(let figure): unit.format(figure.text)
        case .range(let low, let high): unit.formatRange(low.text, high.text)
        }
    }

    /// This target times `share`, for the pro-rata part of a year's target.
    public func scaled(by share: Decimal) -> Target {
        func scale(_ figure: Figure) -> Figure {
            Figure(text: MeasureRAGRule.text(figure.decimal * share)) ?? figure
        }
        switch self {
        case .figure(let figure): return .figure(scale(figure))
        case .range(let low, let high): return .range(low: scale(low), high: scale(high))
        }
    }

    /// Reads `95` or `90 to 94`.
    public init?(text: String) {
        let parts = text.trimmed().components(separatedBy: " to ").map { $0.trimmed() }
        switch parts.count {
        case 1:
            guard let figure = Figure(text: parts[0]) else { return nil }
            self = .figure(figure)
        case 2:
            guard let low = Figure(text: parts[0]), let high = Figure(text: parts[1]), low.decimal <= high.decimal
            else { return nil }
            self = .range(low: low, high: high)
        default:
            return nil
        }
    }
}

extension MeasureUnit {
    /// A range as a reader sees it: the unit once where it follows the number
    /// (`90–94%`, `5–7 days`), on both ends where it leads (`£1,000–£2,000`).
    public func formatRange(_ low: String, _ high: String) -> String {
        switch self {
        case .percent: "\(low)–\(high)%"
        case .days: "\(low)–\(high) days"
        default: "\(format(low))–\(format(high))"
        }
    }
}

extension FieldType where Value == Target {
    /// A number, or a range written `low to high`: digits only, as for every figure.
    public static var target: FieldType {
        FieldType(
            shape: .numberOrRange, example: "95",
            read: { value, context in
                guard let text = value.text, let target = Target(text: text) else {
                    let written = value.text ?? ""
                    let looksLikeRange =
                        written.contains("–") || written.dropFirst().contains("-") || written.contains(" to ")
                    context.report(
                        .wrongType, at: value.position,
                        "\(context.subject) must be a number or a range such as `90 to 94`, not \(value.described)",
                        hint: looksLikeRange
                            ? "Write a range as the lowest and highest values on target joined by `to`, lowest first, e.g. `90 to 94`: digits only, no %, £ or commas."
                            : "Write digits only, e.g. 95 or 89.19 or -0.16: no %, £ or commas; or a range such as `90 to 94`."
                    )
                    return nil
                }
                return target
            },
            yaml: { $0.text },
            openData: { target in
                switch target {
                case .figure(let figure): .number(figure.text)
                case .range(let low, let high):
                    .map([
                        OpenDataEntry(name: "low", value: .number(low.text)),
                        OpenDataEntry(name: "high", value: .number(high.text)),
                    ])
                }
            })
    }
}
