import PartyBuilding
import Testing

/// Ages in full years (周岁) for the three age rules, for workers born on 29 February.
///
/// 《民法典》第二百零三条: "按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日".
/// A worker born on 29 February completes a year of age in a common year on 28 February, the month's
/// last day: the day the library's own ``CalendarDate/adding(years:)`` gives as the anniversary.
@Suite("Ages in full years on 29 February")
struct AgeInFullYearsTests {
    /// A community with one worker born on 1980-02-29, no certificate and an associate degree.
    func community(born: CalendarDate) -> Community {
        var community = Fixture.community()
        community.workers = [Fixture.worker("W-1", born: born, education: .associate)]
        return community
    }

    @Test("the library's anniversary of 29 February in a common year is 28 February")
    func anniversary() {
        #expect(CalendarDate("1980-02-29").adding(years: 46) == CalendarDate("2026-02-28"))
    }

    @Test("born 1980-02-29: 45 on 2026-02-27, so the certificate is still required")
    func certificateDayBefore() throws {
        let found = try findings(
            "SZ2011.8.certificate", auditing: community(born: CalendarDate("1980-02-29")),
            on: CalendarDate("2026-02-27"))
        #expect(found.map(\.detail) == [.age(45)])
    }

    @Test("born 1980-02-29: 46 on 2026-03-01, so the certificate is not required")
    func certificateDayAfter() throws {
        let found = try findings(
            "SZ2011.8.certificate", auditing: community(born: CalendarDate("1980-02-29")),
            on: CalendarDate("2026-03-01"))
        #expect(found.isEmpty)
    }

    @Test("born 1980-02-29: 46 on 2026-02-28, the anniversary, so the certificate is not required")
    func certificateOnAnniversary() throws {
        let found = try findings(
            "SZ2011.8.certificate", auditing: community(born: CalendarDate("1980-02-29")),
            on: CalendarDate("2026-02-28"))
        #expect(found.isEmpty)
    }

    @Test("born 1984-02-29: 41 on 2025-02-28, the anniversary, so degree study is no longer advised")
    func degreeOnAnniversary() throws {
        let found = try findings(
            "SZ2011.7.degree", auditing: community(born: CalendarDate("1984-02-29")),
            on: CalendarDate("2025-02-28"))
        #expect(found.isEmpty)
        let dayBefore = try findings(
            "SZ2011.7.degree", auditing: community(born: CalendarDate("1984-02-29")),
            on: CalendarDate("2025-02-27"))
        #expect(dayBefore.map(\.detail) == [.age(40)])
    }

    @Test("born 1980-02-29: on 2024-02-29, a leap day, 44 exactly")
    func leapDayBirthday() throws {
        let found = try findings(
            "SZ2011.8.certificate", auditing: community(born: CalendarDate("1980-02-29")),
            on: CalendarDate("2024-02-29"))
        #expect(found.map(\.detail) == [.age(44)])
    }
}
