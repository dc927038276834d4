/// Orders refs as people read them: `1.2` before `1.10`, `M2` before `M10`.
public enum NaturalOrder {
    /// Digit runs compare as numbers, other runs as lower-case text, run by run; with
    /// fewer runs first when one is a prefix of the other. Refs are sorted on every
    /// plan and page, so ASCII refs are compared in place, without splitting them.
    public static func less(_ a: String, _ b: String) -> Bool {
        var a = a
        var b = b
        let fast = a.withUTF8 { x in b.withUTF8 { y in asciiLess(x, y) } }
        return fast ?? chunkedLess(a, b)
    }

    /// Nil when either has a byte outside ASCII (lower-casing then needs Unicode).
    private static func asciiLess(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool? {
        func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c + 32 : c }
        /// The number a run of digits spells (as `Int(_:)`, with Int.max when too large).
        func number(_ s: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Int {
            var value = 0
            var overflow = false
            while i < s.count, isDigit(s[i]) {
                if !overflow {
                    let (times, o1) = value.multipliedReportingOverflow(by: 10)
                    let (plus, o2) = times.addingReportingOverflow(Int(s[i] - 0x30))
                    if o1 || o2 { overflow = true } else { value = plus }
                }
                i += 1
            }
            return overflow ? Int.max : value
        }
        var i = 0
        var j = 0
        while i < x.count, j < y.count {
            if x[i] >= 0x80 || y[j] >= 0x80 { return nil }
            switch (isDigit(x[i]), isDigit(y[j])) {
            case (true, true):
                let m = number(x, &i)
                let n = number(y, &j)
                if m != n { return m < n }
            case (true, false): return true
            case (false, true): return false
            case (false, false):
                while i < x.count, j < y.count, !isDigit(x[i]), !isDigit(y[j]) {
                    if x[i] >= 0x80 || y[j] >= 0x80 { return nil }
                    let c = lower(x[i])
                    let d = lower(y[j])
                    if c != d { return c < d }
                    i += 1
                    j += 1
                }
                let endedX = i == x.count || isDigit(x[i])
                let endedY = j == y.count || isDigit(y[j])
                if endedX != endedY { return endedX }
            }
        }
        if x[i...].contains(where: { $0 >= 0x80 }) || y[j...].contains(where: { $0 >= 0x80 }) { return nil }
        return i == x.count && j < y.count
    }

    /// The same order for any text, by splitting each into its runs.
    package static func chunkedLess(_ a: String, _ b: String) -> Bool {
        let left = chunks(a)
        let right = chunks(b)
        for (x, y) in zip(left, right) where x != y {
            switch (x, y) {
            case (.number(let m), .number(let n)): return m < n
            case (.number, .text): return true
            case (.text, .number): return false
            case (.text(let s), .text(let t)): return s < t
            }
        }
        return left.count < right.count
    }

    private enum Chunk: Equatable {
        case number(Int)
        case text(String)
    }

    private static func chunks(_ s: String) -> [Chunk] {
        var result: [Chunk] = []
        var current = ""
        var inDigits = false
        func flush() {
            guard !current.isEmpty else { return }
            result.append(inDigits ? .number(Int(current) ?? Int.max) : .text(current.lowercased()))
            current = ""
        }
        for character in s {
            let isDigit = character.isASCII && character.isNumber
            if isDigit != inDigits {
                flush()
                inDigits = isDigit
            }
            current.append(character)
        }
        flush()
        return result
    }
}
