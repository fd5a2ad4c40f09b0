import Testing

@testable import PartyBuilding

/// `DG.indicators` rebuilds the figures of 东关's application (`004_3f6f0cae3b1191d2.txt`): 80 members,
/// 2145 households, 7393 residents, 0.54 km², 9 resident units with 49 registered members, 38 disputes of
/// which 37 were settled (printed as 97.3%), satisfaction above 98%, training coverage above 95%.
@Suite("东关社区 indicators")
struct DongguanIndicatorsTests {
    /// 东关社区 with records that give the application's figures over 2022–2025 ("四年来").
    static func dongguan() -> Community {
        var community = Community(
            id: Fixture.communityID, name: "东关社区", district: "城中区", households: 2145, residents: 7393,
            landArea: Area(squareMetres: 540_000))
        community.organisations = [
            PartyOrganisation(id: Fixture.organisationID, name: "东关社区党支部", form: .branch, headcount: .init(total: 80))
        ]
        var governance = CommunityGovernance()
        // 9 units: 49 registered members in all.
        let members = [12, 8, 7, 6, 5, 4, 3, 2, 2]
        governance.residentUnits = members.enumerated().map { index, count in
            ResidentUnit(
                id: ResidentUnitID("U-\(index + 1)"), name: "驻区单位\(index + 1)", kind: .publicUnit, members: count)
        }
        // 38 disputes over four years, 37 settled; one more still under way is not counted.
        governance.mediationCases =
            (0..<38).map { index in
                MediationCase(
                    date: CalendarDate(known: 2022 + index % 4, index % 12 + 1, 10),
                    outcome: index == 17 ? .notSettled : .settled)
            } + [MediationCase(date: "2025-12-20", outcome: .pending)]
        governance.satisfactionSurveys = [SatisfactionSurvey(date: "2025-11-30", respondents: 500, satisfied: 491)]
        governance.trainingCoverage = [TrainingCoverage(year: 2025, members: 80, trained: 77)]
        governance.householdParticipation = [HouseholdParticipation(year: 2025, campaign: "平安家庭创建", households: 1_273)]
        community.governance = governance
        return community
    }

    /// The indicators of ``dongguan()`` over 2022–2025, audited at the end of 2025.
    static func indicators() throws -> [Finding] {
        let report = try Auditor(packs: [.dongguan]).auditSequentially(
            [dongguan()], on: Fixture.auditDate,
            judging: try Period(from: "2022-01-01", through: "2025-12-31"))
        return report.findings.filter { $0.ruleID == "DG.indicators" }
    }

    @Test("the community's own figures: 80 members, 2145 households, 7393 residents, 0.54 km²")
    func figures() {
        let community = Self.dongguan()
        #expect(MembershipSummary(community, on: Fixture.auditDate).heldByCommunity == 80)
        #expect(community.households == 2145 && community.residents == 7393)
        #expect(community.landArea == Area(squareMetres: 540_000))
    }

    @Test("37 of 38 disputes settled: exactly 37/38, shown truncated as 97.3% (half up would show 97.4%)")
    func mediation() throws {
        let finding = try #require(try Self.indicators().first { $0.template === DG.IndicatorsRule.mediation })
        #expect(finding.severity == .information)
        #expect(finding.measured == .share(Ratio(37, 38)))
        #expect(Ratio(37, 38).percentage(decimals: 1, rounding: .down) == "97.3%")
        #expect(Ratio(37, 38).percentage(decimals: 1, rounding: .halfUp) == "97.4%")
        #expect(Ratio(37, 38).percentage(decimals: 3, rounding: .down) == "97.368%")
        #expect(
            finding.message(.chinese)
                == "2022年1月1日至2025年12月31日矛盾纠纷调解成功率为 97.37%（调处 38 起，调解成功 37 起，按一位小数截断为 97.3%）")
        #expect(finding.message(.english).contains("37 of 38 settled; 97.3% with one decimal, truncated"))
    }

    @Test("satisfaction 491 of 500 (98.2%) and training 77 of 80 (96.25%) meet 98% and 95% 以上")
    func satisfactionAndTraining() throws {
        let found = try Self.indicators()
        let satisfaction = try #require(found.first { $0.template === DG.IndicatorsRule.satisfaction })
        #expect(satisfaction.measured == .share(Ratio(491, 500)))
        #expect(satisfaction.required == Requirement(.orMore, .share(Ratio(percent: 98))))
        let training = try #require(found.first { $0.template === DG.IndicatorsRule.training })
        #expect(training.measured == .share(Ratio(77, 80)))
        #expect(found.allSatisfy { $0.severity == .information })
        #expect(training.message(.chinese).contains("申报材料所列为 95%以上"))
    }

    @Test("9 resident units with 49 registered members; 1273 of 2145 households took part")
    func unitsAndHouseholds() throws {
        let found = try Self.indicators()
        let units = try #require(found.first { $0.template === DG.IndicatorsRule.units })
        #expect(units.measured == .count(49, .members))
        #expect(units.message(.chinese) == "辖区内有驻区单位 9 家，在册党员 49 名")
        let households = try #require(found.first { $0.template === DG.IndicatorsRule.participation })
        #expect(households.measured == .share(Ratio(1273, 2145)))
        #expect(households.message(.chinese) == "2025年“平安家庭创建”参与家庭 1273 户，共 2145 户，参与率 59.3%")
    }

    @Test("a ratio's display rounds only what is shown: edges of the truncation")
    func display() {
        #expect(Ratio(1, 3).percentage(decimals: 1, rounding: .down) == "33.3%")
        #expect(Ratio(2, 3).percentage(decimals: 1, rounding: .down) == "66.6%")
        #expect(Ratio(2, 3).percentage(decimals: 1, rounding: .halfUp) == "66.7%")
        #expect(Ratio(1, 1).percentage(decimals: 1, rounding: .down) == "100.0%")
        #expect(Ratio(0, 5).percentage(decimals: 0, rounding: .down) == "0%")
    }

    @Test("without records, each indicator cannot be computed: information, never a zero")
    func unrecorded() throws {
        let bare = Community(id: Fixture.communityID, name: "东关社区", district: "城中区")
        let report = try Auditor(packs: [.dongguan]).auditSequentially([bare], on: Fixture.auditDate)
        let found = report.findings.filter { $0.ruleID == "DG.indicators" }
        #expect(found.count == 4)
        #expect(found.allSatisfy { $0.severity == .information && $0.measured == nil })
    }
}
