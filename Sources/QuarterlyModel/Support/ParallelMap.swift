import Dispatch

extension Array where Element: Sendable {
    /// Maps on every core. Content files and pages are independent, so loading and
    /// rendering them in parallel is safe; results keep the input order.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        // Each result is written once, straight into its place in the array: no copy,
        // and nothing left to release afterwards.
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let slots = buffer
            self.withUnsafeBufferPointer { input in
                nonisolated(unsafe) let input = input
                DispatchQueue.concurrentPerform(iterations: input.count) { index in
                    (slots.baseAddress! + index).initialize(to: transform(input[index]))
                }
            }
            initialized = count
        }
    }
}
