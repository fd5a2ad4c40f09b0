import PartyBuilding

/// A horizontal bar chart: one bar a label, measured from a zero axis, with negative values to its left.
///
/// A bar's value is an exact signed number of hundredths of the chart's unit, so that both
/// ``Money/fen`` and ``Area/hundredthsOfSquareMetre`` fit without conversion; its ``Bar/display`` is the
/// text written next to it.
///
/// ```swift
/// let chart = BarChart(
///     title: "活动经费差额", unit: "元",
///     bars: [BarChart.Bar(label: "双塔", money: Money(yuan: -1_200)),
///            BarChart.Bar(label: "沧浪", money: Money(yuan: 800))])
/// ```
public struct BarChart: Sendable, Hashable {
    /// Which colour a bar is drawn in.
    public enum Series: String, Sendable, Hashable, CaseIterable {
        /// By the sign of the value: a negative value as ``shortfall``, a positive one as ``surplus``.
        case automatic
        /// A neutral colour, whatever the sign.
        case neutral
        /// Something missing (red).
        case shortfall
        /// Something to spare (green).
        case surplus
    }

    /// One bar.
    public struct Bar: Sendable, Hashable {
        /// What the bar measures, such as a community's name.
        public var label: String
        /// The value in hundredths of the chart's unit (for example fen when the unit is 元).
        public var value: Int64
        /// The value as it is shown next to the bar.
        public var display: String
        /// The bar's colour.
        public var series: Series

        /// Creates a bar from a value in hundredths.
        /// - Parameters:
        ///   - label: What the bar measures.
        ///   - value: The value in hundredths of the chart's unit.
        ///   - display: The text next to the bar; `nil` (the default) for the value with two decimals,
        ///     grouped thousands and a minus sign (U+2212) when negative.
        ///   - series: The bar's colour.
        public init(label: String, value: Int64, display: String? = nil, series: Series = .automatic) {
            self.label = label
            self.value = value
            self.display = display ?? DecimalText.fixed(value, scale: 2, grouping: true, sign: .negativeOnly)
            self.series = series
        }

        /// Creates a bar for an amount of money (the chart's unit is yuan).
        public init(label: String, money: Money, series: Series = .automatic) {
            self.init(label: label, value: money.fen, series: series)
        }

        /// Creates a bar for a floor area (the chart's unit is square metres).
        public init(label: String, area: Area, series: Series = .automatic) {
            self.init(label: label, value: area.hundredthsOfSquareMetre, series: series)
        }

        /// The series the bar is drawn as: ``series``, with ``Series/automatic`` resolved by the value's sign
        /// (zero is ``Series/neutral``).
        public var resolvedSeries: Series {
            guard series == .automatic else { return series }
            return value < 0 ? .shortfall : value > 0 ? .surplus : .neutral
        }
    }

    /// The chart's title.
    public var title: String
    /// The unit of the values, such as "元" or "m²".
    public var unit: String
    /// The bars, top to bottom.
    public var bars: [Bar]

    /// Creates a chart.
    public init(title: String, unit: String, bars: [Bar]) {
        self.title = title
        self.unit = unit
        self.bars = bars
    }

    /// The title with the unit, bracketed as the title's language brackets it: `活动经费差额（元）`,
    /// `Activity-fund gap (CNY)`.
    var titleWithUnit: String {
        guard !unit.isEmpty else { return title }
        return isChinese ? "\(title)（\(unit)）" : "\(title) (\(unit))"
    }

    /// Whether the title is written in Chinese (it holds a wide character).
    var isChinese: Bool { title.unicodeScalars.contains { DisplayWidth.of($0) == 2 } }
}
