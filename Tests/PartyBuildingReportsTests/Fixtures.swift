import PartyBuilding
import PartyBuildingReports

/// Documents the renderer tests share.
enum Fixtures {
    /// A table mixing Chinese and ASCII text, signed money, area, a ratio, days and a value not recorded,
    /// with a subtotal and a total.
    static func fundingTable() throws -> ReportTable {
        try ReportTable(
            title: "活动经费 Funding",
            columns: [
                ReportColumn(key: "community", header: "社区 Community"),
                ReportColumn(key: "activityFloor", header: "下限（元）"),
                ReportColumn(key: "gap", header: "差额（元）"),
                ReportColumn(key: "area", header: "面积（m²）"),
                ReportColumn(key: "share", header: "占比"),
                ReportColumn(key: "training", header: "培训（天）"),
            ],
            rows: [
                ReportRow([
                    .text("双塔"), .money(Money(fen: 1_500_000)), .signedMoney(Money(fen: -120_000)),
                    .area(Area(hundredthsOfSquareMetre: 45_050)), .ratio(Ratio(1, 3)), .days(Days(tenths: 25)),
                ]),
                ReportRow([
                    .text("Canglang A1"), .money(Money(fen: 99)), .signedMoney(Money(fen: 80_000)),
                    .area(Area(squareMetres: 12)), .ratio(Ratio(percent: 3)), .notRecorded,
                ]),
                ReportRow(
                    [
                        .text("姑苏区 小计"), .money(Money(fen: 1_500_099)), .signedMoney(Money(fen: -40_000)),
                        .area(Area(hundredthsOfSquareMetre: 46_250)), .notRecorded, .days(Days(tenths: 25)),
                    ], kind: .subtotal),
                ReportRow(
                    [
                        .text("合计"), .money(Money(fen: 1_500_099)), .signedMoney(Money(fen: -40_000)),
                        .area(Area(hundredthsOfSquareMetre: 46_250)), .notRecorded, .days(Days(tenths: 25)),
                    ], kind: .total),
            ])
    }

    /// A chart with a shortfall and a surplus.
    static let gapChart = BarChart(
        title: "差额 Gap", unit: "元",
        bars: [
            BarChart.Bar(label: "双塔", money: Money(fen: -120_000)),
            BarChart.Bar(label: "Canglang A1", money: Money(fen: 80_000)),
        ])

    /// A document with facts, the table, the chart and a note.
    static func document() throws -> ReportDocument {
        ReportDocument(
            title: "社区党建经费审核",
            facts: [ReportFact(label: "审核日期", value: "2025-12-31"), ReportFact(label: "Pack", value: "SZ2011")],
            sections: [.table(try fundingTable()), .chart(gapChart), .note("金额单位：元。\n第二行")])
    }
}
