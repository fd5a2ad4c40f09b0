import Testing

@testable import PartyBuildingReports

@Suite("Display width")
struct DisplayWidthTests {
    @Test func asciiIsOneColumnEach() {
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("abc 123") == 7)
        #expect(DisplayWidth.of("-1200.00") == 8)
    }

    @Test func chineseIsTwoColumnsEach() {
        #expect(DisplayWidth.of("姑苏区") == 6)
        #expect(DisplayWidth.of("姑苏区 A1") == 9)
        #expect(DisplayWidth.of("下限（元）") == 10)
        #expect(DisplayWidth.of("、。") == 4)
        #expect(DisplayWidth.of("\u{20000}") == 2)  // extension B
        #expect(DisplayWidth.of("ひらがなカタカナ") == 16)
        #expect(DisplayWidth.of("한국") == 4)
    }

    @Test func fullWidthFormsAreTwoColumns() {
        #expect(DisplayWidth.of("１２３") == 6)
        #expect(DisplayWidth.of("ＡＢ") == 4)
        #expect(DisplayWidth.of("￥") == 2)
        #expect(DisplayWidth.of("¥") == 1)
    }

    @Test func combiningMarksAndZeroWidthTakeNoColumn() {
        #expect(DisplayWidth.of("e\u{0301}") == 1)
        #expect(DisplayWidth.of("a\u{0300}\u{0301}b") == 2)
        #expect(DisplayWidth.of("\u{0301}") == 0)
        #expect(DisplayWidth.of("a\u{200B}b") == 2)
        #expect(DisplayWidth.of(Unicode.Scalar(0xFE0F)!) == 0)
        #expect(DisplayWidth.of(Unicode.Scalar(0x200D)!) == 0)
    }

    @Test func emojiAreTwoColumns() {
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("✅") == 2)
        #expect(DisplayWidth.of("❤\u{FE0F}") == 2)
        #expect(DisplayWidth.of("❤") == 1)
        #expect(DisplayWidth.of("🇨🇳") == 2)
        #expect(DisplayWidth.of("👍🏽") == 2)
    }

    @Test func boxDrawingAndMinusAreOneColumn() {
        #expect(DisplayWidth.of("─═│█") == 4)
        #expect(DisplayWidth.of("\u{2212}1") == 2)
        #expect(DisplayWidth.of("—") == 1)
    }
}
