/// The scale of a bar chart: how far below and above zero its values reach, and how long a bar is.
///
/// All in integers: a length is `width × |value| / (reach below + reach above)`, computed in double
/// width so that no value of `Int64` overflows, and never divides by zero.
struct BarScale {
    /// How far the most negative value reaches below zero (0 when none is negative).
    let below: UInt64
    /// How far the most positive value reaches above zero (0 when none is positive).
    let above: UInt64

    init(_ values: some Sequence<Int64>) {
        var below: UInt64 = 0
        var above: UInt64 = 0
        for value in values {
            if value < 0 { below = max(below, value.magnitude) } else { above = max(above, value.magnitude) }
        }
        self.below = below
        self.above = above
    }

    /// Whether every value is zero (or there are none), so that no bar has a length.
    var isFlat: Bool { below == 0 && above == 0 }

    /// The length of a bar for `magnitude` in a plot `width` units wide, rounded down; 0 for a flat chart.
    func length(of magnitude: UInt64, in width: UInt64) -> UInt64 {
        // below + above cannot overflow: each is at most 2^63.
        let total = below + above
        guard total > 0 else { return 0 }
        let product = width.multipliedFullWidth(by: magnitude)
        return total.dividingFullWidth(product).quotient
    }

    /// How far the zero axis lies from the plot's start, in a plot `width` units wide.
    func axis(in width: UInt64) -> UInt64 { length(of: below, in: width) }
}
