import PartyBuilding
import Testing

/// ``SpaceFloors``: 3% of the residential floor area for service space, 0.5% for the work-and-activity rooms,
/// a third of the rooms for Party use (SZ2011 art. 15). Floors round up to 0.01 m²; checks are exact.
@Suite("SpaceFloors")
struct SpaceFloorsTests {
    let floors = SpaceFloors.suzhou2011

    @Test("the floors of 100,000 m² and of 100 m² of rooms")
    func floorsOfRoundAreas() {
        #expect(floors.serviceSpace(forResidentialFloorArea: Area(m2: 100_000)) == Area(m2: 3_000))
        #expect(floors.workSpace(forResidentialFloorArea: Area(m2: 100_000)) == Area(m2: 500))
        #expect(floors.partyUse(forRoomArea: Area(m2: 300)) == Area(m2: 100))
        #expect(floors.partyUse(forRoomArea: Area(m2: 100)) == Area(m2: 33, hundredths: 34))
    }

    @Test("a floor that is not a whole 0.01 m² rounds up")
    func roundsUp() {
        #expect(
            floors.serviceSpace(forResidentialFloorArea: Area(m2: 1_000, hundredths: 1)) == Area(m2: 30, hundredths: 1))
        #expect(floors.workSpace(forResidentialFloorArea: Area(m2: 1_000, hundredths: 1)) == Area(m2: 5, hundredths: 1))
        #expect(
            floors.workSpace(forResidentialFloorArea: Area(hundredthsOfSquareMetre: 1))
                == Area(hundredthsOfSquareMetre: 1))
    }

    @Test("meeting the shown floor always meets the rule", arguments: [1, 2, 3, 7, 100_001, 33_333_333, 123_456_789])
    func shownFloorMeets(hundredths: Int64) {
        let area = Area(hundredthsOfSquareMetre: hundredths)
        #expect(
            floors.meetsServiceSpace(floors.serviceSpace(forResidentialFloorArea: area), residentialFloorArea: area))
        #expect(floors.meetsWorkSpace(floors.workSpace(forResidentialFloorArea: area), residentialFloorArea: area))
        #expect(floors.meetsPartyShare(floors.partyUse(forRoomArea: area), roomArea: area))
    }

    @Test("the checks are exact at the bound and 0.01 m² below it")
    func exactChecks() {
        let base = Area(m2: 100_000)
        #expect(floors.meetsServiceSpace(Area(m2: 3_000), residentialFloorArea: base))
        #expect(!floors.meetsServiceSpace(Area(m2: 2_999, hundredths: 99), residentialFloorArea: base))
        #expect(floors.meetsWorkSpace(Area(m2: 500), residentialFloorArea: base))
        #expect(!floors.meetsWorkSpace(Area(m2: 499, hundredths: 99), residentialFloorArea: base))
        #expect(floors.meetsPartyShare(Area(m2: 100), roomArea: Area(m2: 300)))
        #expect(!floors.meetsPartyShare(Area(m2: 99, hundredths: 99), roomArea: Area(m2: 300)))
        // 33.33 m² is below a third of 100 m² (33.333…), 33.34 is above.
        #expect(!floors.meetsPartyShare(Area(m2: 33, hundredths: 33), roomArea: Area(m2: 100)))
        #expect(floors.meetsPartyShare(Area(m2: 33, hundredths: 34), roomArea: Area(m2: 100)))
    }

    @Test("a city's whole residential floor area does not overflow: 800 million m² → 24 million m²")
    func cityWide() {
        let city = Area(m2: 800_000_000)
        #expect(floors.serviceSpace(forResidentialFloorArea: city) == Area(m2: 24_000_000))
        #expect(floors.meetsServiceSpace(Area(m2: 24_000_000), residentialFloorArea: city))
        #expect(!floors.meetsServiceSpace(Area(m2: 23_999_999, hundredths: 99), residentialFloorArea: city))
    }

    @Test("the calculator reads the parameters in force")
    func fromParameters() throws {
        let values = try ParameterReader(
            ParameterValues(packs: [.suzhou2011], scenario: nil, for: .day(CalendarDate("2025-01-01"))))
        #expect(try SpaceFloors(values) == .suzhou2011)
    }
}
