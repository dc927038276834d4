/// A risk update after "compute statuses": the stated scores, and the direction the
/// site shows. Stated fields read through.
@dynamicMemberLookup
public struct AssessedRiskUpdate: Sendable {
    public let stated: RiskUpdate
    /// The stated direction, else the one the residual (or inherent) score's change gives.
    public let direction: DirectionOfTravel?

    public init(stated: RiskUpdate, direction: DirectionOfTravel?) {
        self.stated = stated
        self.direction = direction
    }

    public subscript<Value>(dynamicMember keyPath: KeyPath<RiskUpdate, Value>) -> Value {
        stated[keyPath: keyPath]
    }
}
