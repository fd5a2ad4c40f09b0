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

    /// The uninitialised memory the results are written to; each index is written by one thread only.
    private struct ResultSlots<Output>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Output>

        func store(_ output: Output, at index: Int) { (base + index).initialize(to: output) }
    }
}
