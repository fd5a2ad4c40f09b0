import PartyBuilding
import Testing

/// ``DueObligations``: what falls due in the next days, sorted by day, each citing its rule.
@Suite("DueObligations")
struct DueObligationsTests {
    func community() -> Community {
        var community = Fixture.community()
        community.organisations = [PartyOrganisation(id: Fixture.organisationID, name: "社区党支部", form: .branch)]
        community.meetings = [
            Meeting(id: "MT-1", organisationID: Fixture.organisationID, kind: .committee, date: "2025-12-03")
        ]
        community.elections = [
            CommitteeElection(organisationID: Fixture.organisationID, date: "2021-03-15", committeeMemberIDs: [])
        ]
        community.members = [
            Member(
                id: "M-1", name: "党员甲", organisationID: Fixture.organisationID,
                events: [MembershipEvent(.admitted, on: "2024-12-20")]),
            Member(
                id: "M-2", name: "党员乙", organisationID: Fixture.organisationID,
                duesPayments: [
                    DuesPayment(
                        month: try! CalendarMonth(iso8601: "2025-12"), base: .flat(.student), amount: Money(fen: 20),
                        paidOn: "2025-12-31")
                ]),
        ]
        return community
    }

    @Test("meetings not yet held this month, the term reminder, the probation's end and the fourth month without dues")
    func whatIsDue() {
        let due = DueObligations.due(in: [community()], from: "2025-12-10", days: 30)
        #expect(due.map(\.date) == due.map(\.date).sorted())
        let rules = Set(due.map(\.ruleID))
        #expect(rules.contains("NAT.meetings.theme-day") && rules.contains("NAT.meetings.general"))
        #expect(!due.contains { $0.ruleID == "NAT.meetings.committee" && $0.date == "2025-12-31" })
        #expect(due.contains { $0.ruleID == "NAT.probation" && $0.date == "2025-12-20" })
        #expect(due.contains { $0.ruleID == "NAT.term.reminder" && $0.date == "2025-12-10" })
        #expect(due.filter { $0.ruleID == "NAT.lapse" }.map(\.subject) == [.member("M-1")])
        for obligation in due {
            let english = obligation.text.english.replacingOccurrences(of: "社区党支部", with: "")
                .replacingOccurrences(of: "党员甲", with: "")
            #expect(containsHan(obligation.text.chinese) && !containsHan(english), "\(obligation.text.english)")
        }
    }

    @Test("a community that keeps no dues payments gets no fourth-month reminder: missing is not zero")
    func noDuesRecords() {
        var community = community()
        community.members.removeLast()
        #expect(
            !DueObligations.due(in: [community], from: "2025-12-10", days: 30).contains { $0.ruleID == "NAT.lapse" })
    }

    @Test("nothing falls due after the window")
    func window() {
        let due = DueObligations.due(in: [community()], from: "2025-12-10", days: 5)
        #expect(due.allSatisfy { $0.date <= "2025-12-15" })
        #expect(due.contains { $0.ruleID == "NAT.probation" } == false)
    }
}
