import Dispatch
import Foundation

/// Runs independent pieces of work (encoding, decoding, file writes) on every processor at once.
enum ParallelWork {
    /// `transform` applied to every element, in order, computed on all processors.
    static func map<Element: Sendable, Output>(
        _ elements: [Element], _ transform: @Sendable (Element) -> Output
    ) -> [Output] {
        let count = elements.count
        let chunks = Swift.min(count, ProcessInfo.processInfo.activeProcessorCount * 4)
        guard chunks > 1 else { return elements.map(transform) }
        return [Output](unsafeUninitializedCapacity: count) { buffer, initialized in
            let results = ResultSlots(base: buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                for index in (chunk * count / chunks)..<((chunk + 1) * count / chunks) {
                    results.store(transform(elements[index]), at: index)
                }
            }
            initialized = count
        }
    }

    /// The results of `first` and `second`, run at the same time on two threads.
    static func both<First: Sendable, Second: Sendable>(
        _ first: @Sendable () -> First, _ second: @Sendable () -> Second
    ) -> (First, Second) {
        let firstResult = Slot<First>()
        let secondResult = Slot<Second>()
        DispatchQueue.concurrentPerform(iterations: 2) { branch in
            if branch == 0 { firstResult.value = first() } else { secondResult.value = second() }
        }
        // concurrentPerform returns after both branches, each of which set its slot.
        return (firstResult.value!, secondResult.value!)
    }

    /// A value set by one thread and read after `concurrentPerform` returns.
    private final class Slot<Value>: @unchecked Sendable {
        var value: Value?
    }

    /// The uninitialised memory the results are written to; each index is written by one thread only.
    private struct ResultSlots<Output>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Output>

        func store(_ output: Output, at index: Int) { (base + index).initialize(to: output) }
    }
}
