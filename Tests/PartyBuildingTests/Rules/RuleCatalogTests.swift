import PartyBuilding
import Testing

/// The 20 SZ2011 rules of issue 2 are registered with their IDs exactly as in RULES.md, the strength
/// their wording gives, the article they cite, and parameters that are all defined and cited.
@Suite("SZ2011 rule catalog")
struct RuleCatalogTests {
    /// Each rule of RULES.md's SZ2011 table that the records can decide, with its strength and article.
    static let expected: [(RuleID, NormativeStrength, String)] = [
        ("SZ2011.3.general-branch", .may, "3"),
        ("SZ2011.3.resettlement", .shall, "3"),
        ("SZ2011.6.one-shoulder", .encouraged, "6"),
        ("SZ2011.6.graduate", .shall, "6"),
        ("SZ2011.6.age-structure", .shall, "6"),
        ("SZ2011.7.rotation", .shall, "7"),
        ("SZ2011.7.key-role-training", .shall, "7"),
        ("SZ2011.7.other-training", .shall, "7"),
        ("SZ2011.7.degree", .encouraged, "7"),
        ("SZ2011.7.secretary-quals-trend", .shall, "7"),
        ("SZ2011.8.certificate", .must, "8"),
        ("SZ2011.9.staff-pay", .inPrinciple, "9"),
        ("SZ2011.9.secretary-pay", .inPrinciple, "9"),
        ("SZ2011.15.service-space", .shall, "15"),
        ("SZ2011.15.work-space", .shall, "15"),
        ("SZ2011.15.existing-shortfall", .shall, "15"),
        ("SZ2011.15.party-share", .shall, "15"),
        ("SZ2011.19.work-fund", .shall, "19"),
        ("SZ2011.19.activity-fund", .inPrinciple, "19"),
        ("SZ2011.19.cost-split", .shall, "19"),
    ]

    @Test("each rule is registered with its strength and article", arguments: expected)
    func registered(id: RuleID, strength: NormativeStrength, article: String) throws {
        let entry = try #require(RuleRegistry(packs: [.suzhou2011]).entry(id))
        #expect(entry.packID == "SZ2011")
        #expect(entry.descriptor.strength == strength)
        #expect(entry.descriptor.citation.document == "SZ2011")
        #expect(entry.descriptor.citation.article == article)
        #expect(containsHan(entry.descriptor.citation.wording))
        #expect(containsHan(entry.descriptor.title.chinese))
        #expect(!entry.descriptor.title.english.isEmpty && !containsHan(entry.descriptor.title.english))
        #expect(entry.parameters.map(\.id) == entry.parameterIDs)
        for parameter in entry.parameters {
            #expect(parameter.citation.document == "SZ2011")
            #expect(parameter.citation.article == article)
        }
    }

    @Test("the pack's rules come in the catalog's order")
    func order() {
        let ids = PolicyPack.suzhou2011.descriptors.map(\.id)
        #expect(ids.filter { id in Self.expected.contains { $0.0 == id } } == Self.expected.map(\.0))
    }

    @Test("a failure of each strength has the severity the strength table gives")
    func severityByStrength() {
        #expect(NormativeStrength.must.severityOfFailure == .violation)
        #expect(NormativeStrength.shall.severityOfFailure == .violation)
        #expect(NormativeStrength.inPrinciple.severityOfFailure == .violation)
        #expect(NormativeStrength.encouraged.severityOfFailure == .advisory)
        #expect(NormativeStrength.may.severityOfFailure == .warning)
        #expect(NormativeStrength.may.allowsExceptions)
        #expect(NormativeStrength.inPrinciple.allowsExceptions)
        #expect(!NormativeStrength.must.allowsExceptions)
        #expect(!NormativeStrength.shall.allowsExceptions)
    }

    @Test("every figure of the opinion is a parameter with the value of the text")
    func figures() throws {
        let values = try ParameterValues(packs: [.suzhou2011], scenario: nil, for: .year(2015))
        #expect(try values.value(SZ2011.Parameters.generalBranchThreshold) == 50)
        #expect(try values.value(SZ2011.Parameters.committeeThreshold) == 100)
        #expect(try values.value(SZ2011.Parameters.resettlementHouseholds) == 3000)
        #expect(try values.value(SZ2011.Parameters.rotationYears) == 3)
        #expect(try values.value(SZ2011.Parameters.keyRoleTrainingDays) == Days(7))
        #expect(try values.value(SZ2011.Parameters.otherTrainingDays) == Days(5))
        #expect(try values.value(SZ2011.Parameters.degreeMaxAge) == 40)
        #expect(try values.value(SZ2011.Parameters.certificateMaxAge) == 45)
        #expect(try values.value(SZ2011.Parameters.staffPayMultiple) == .one)
        #expect(try values.value(SZ2011.Parameters.secretaryPayMultiple) == Ratio(6, 5))
        #expect(try values.value(SZ2011.Parameters.serviceSpaceShare) == Ratio(3, 100))
        #expect(try values.value(SZ2011.Parameters.workSpaceShare) == Ratio(5, 1000))
        #expect(try values.value(SZ2011.Parameters.partyShare) == Ratio(1, 3))
        #expect(try values.value(SZ2011.Parameters.workFundPerResident) == Money(yuan: 20))
        #expect(try values.value(SZ2011.Parameters.activityFundPerMember) == Money(yuan: 150))
        #expect(try values.value(SZ2011.Parameters.activityFundSmallCommunity) == 100)
        #expect(try values.value(SZ2011.Parameters.activityFundMinimum) == Money(yuan: 15_000))
    }
}
