/// SVG path data for a line through points, broken where a value is missing, so a
/// gap in the data is a gap in the line rather than a line drawn across it.
public enum LinePath {
    public static func data(_ points: [(x: Double, y: Double)?]) -> String {
        var parts: [String] = []
        var penDown = false
        for point in points {
            guard let point else {
                penDown = false
                continue
            }
            parts.append((penDown ? "L" : "M") + coordinate(point.x) + " " + coordinate(point.y))
            penDown = true
        }
        return parts.joined(separator: " ")
    }

    /// A step line: each value held flat across its band, with vertical joins where it changes.
    public static func steps(_ values: [Double?], x: (Int) -> Double, halfBand: Double, y: (Double) -> Double) -> String
    {
        var parts: [String] = []
        var previous: Double?
        for (index, value) in values.enumerated() {
            guard let value else {
                previous = nil
                continue
            }
            let left = x(index) - halfBand
            let right = x(index) + halfBand
            if let previous, previous == value {
                parts.append("L" + coordinate(right) + " " + coordinate(y(value)))
            } else if previous != nil {
                parts.append(
                    "L" + coordinate(left) + " " + coordinate(y(value)) + " L" + coordinate(right) + " "
                        + coordinate(y(value)))
            } else {
                parts.append(
                    "M" + coordinate(left) + " " + coordinate(y(value)) + " L" + coordinate(right) + " "
                        + coordinate(y(value)))
            }
            previous = value
        }
        return parts.joined(separator: " ")
    }
}
