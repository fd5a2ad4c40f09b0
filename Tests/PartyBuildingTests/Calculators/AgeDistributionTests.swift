import PartyBuilding
import Testing

/// ``AgeDistribution``: the workers' ages in full years (周岁) on a date, for SZ2011 art. 6.
@Suite("AgeDistribution")
struct AgeDistributionTests {
    let date = CalendarDate("2025-06-15")

    func workers(born dates: [CalendarDate]) -> [CommunityWorker] {
        dates.enumerated().map { index, born in Fixture.worker(WorkerID("W-\(index)"), born: born) }
    }

    @Test("ages are full years, the birthday itself included")
    func fullYears() {
        let ages = AgeDistribution(
            workers(born: [
                CalendarDate("1980-06-15"), CalendarDate("1980-06-16"),
                CalendarDate("1985-06-14"),
            ]), on: date)
        #expect(ages.ages == [40, 44, 45])
    }

    @Test("the median of an odd count is the middle age; of an even count, the mean of the two middle ones")
    func median() {
        let odd = AgeDistribution(
            workers(born: [1990, 1980, 1970].map { CalendarDate(known: $0, 1, 1) }), on: date)
        #expect(odd.twiceMedianAge == 90)
        let even = AgeDistribution(workers(born: [1990, 1981].map { CalendarDate(known: $0, 1, 1) }), on: date)
        #expect(even.twiceMedianAge == 35 + 44)
        #expect(AgeDistribution([], on: date).twiceMedianAge == nil)
    }

    @Test("counts in a range and in ten-year bands")
    func bands() {
        let ages = AgeDistribution(
            workers(born: [1990, 1985, 1980, 1960].map { CalendarDate(known: $0, 1, 1) }), on: date)
        #expect(ages.count(in: 35...45) == 3)
        #expect(ages.bands() == [30: 1, 40: 2, 60: 1])
    }
}
