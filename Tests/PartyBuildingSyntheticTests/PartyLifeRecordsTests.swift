import PartyBuilding
import PartyBuildingSynthetic
import Testing

/// The synthetic city's year of Party-life records: deterministic, of the counts the streams give,
/// consistent with the derived membership, and showing every case the rules judge.
@Suite struct PartyLifeRecordsTests {
    static let city = SyntheticCity(communities: 120)

    @Test func recordsAreDeterministic() {
        let again = SyntheticCity(communities: 120)
        for (first, second) in zip(Self.city.communities, again.communities) {
            #expect(first.meetings == second.meetings)
            #expect(first.members.map(\.duesPayments) == second.members.map(\.duesPayments))
            #expect(first.members.map(\.events) == second.members.map(\.events))
            #expect(first.receptionDays == second.receptionDays)
            #expect(first.elections == second.elections)
        }
        let other = SyntheticCity(communities: 5, seed: 7)
        #expect(other.communities.map(\.meetings) != Self.city.communities.prefix(5).map(\.meetings))
    }

    @Test func everyMeetingKindIsHeldAndSomeAreMissing() {
        let kinds = Set(Self.city.communities.flatMap { $0.meetings.map(\.kind) })
        for kind in Meeting.Kind.national + [.dongguanWeeklyFullMeeting] { #expect(kinds.contains(kind), "\(kind)") }
        let themeDays = Self.city.communities.map { community in
            community.meetings.count { $0.kind == .themeDay && $0.organisationID == community.organisations.last?.id }
        }
        #expect(themeDays.contains(12))
        #expect(themeDays.contains { $0 < 12 }, "a missing month or a branch founded in the year")
        let generals = Self.city.communities.map { community in
            community.meetings.count {
                $0.kind == .general
                    && $0.organisationID == community.organisations[min(1, community.organisations.count - 1)].id
            }
        }
        #expect(generals.contains(4) && generals.contains(3))
    }

    @Test func attendanceListsPresenceAndBothKindsOfAbsence() {
        let presences = Self.city.communities.flatMap { $0.meetings.flatMap { $0.attendance.map(\.presence) } }
        #expect(presences.contains(.present))
        #expect(presences.contains(.absentWithoutLeave))
        #expect(presences.contains(.absentWithLeave(reason: "出差", approvedBy: "支部书记")))
        for community in Self.city.communities {
            #expect(community.meetings.allSatisfy { $0.attendance.count <= 5 })
            let members = Set(community.members.map(\.id))
            #expect(community.meetings.allSatisfy { $0.attendance.allSatisfy { members.contains($0.memberID) } })
        }
    }

    @Test func nothingIsRecordedBeforeAnOrganisationWasFounded() {
        var founded = 0
        for community in Self.city.communities {
            for organisation in community.organisations {
                guard let day = organisation.founded else { continue }
                founded += 1
                #expect(day.year == Self.city.year)
                #expect(community.meetings.allSatisfy { $0.organisationID != organisation.id || $0.date >= day })
            }
        }
        #expect(founded > 0)
    }

    @Test func duesArePaidOnlyForMonthsOfMembershipAndMostlyInFull() {
        var full = 0
        var underpaid = 0
        var arrears = 0
        var lapses = 0
        var payments = 0
        for member in Self.city.communities.flatMap(\.members) {
            payments += member.duesPayments.count
            #expect(member.duesPayments.count <= 12)
            for payment in member.duesPayments {
                #expect(member.status(on: payment.month.firstDay) != nil)
                #expect(payment.month.year == Self.city.year && payment.paidOn >= payment.month.firstDay)
                let owed = DuesSchedule.national2008.dues(for: payment.base).amount
                if payment.amount == owed { full += 1 } else { underpaid += 1 }
                #expect(payment.amount <= owed)
            }
            let months = member.duesPayments.map(\.month.month)
            if member.status(on: Self.city.auditDate) != nil, member.events.isEmpty {
                if months.count < 12 { arrears += 1 }
                if months.last.map({ $0 <= 6 }) ?? false { lapses += 1 }
            }
        }
        let members = Self.city.memberCount
        #expect(payments > members * 11 && payments <= members * 12)
        #expect(underpaid > 0 && full > underpaid * 20)
        #expect(arrears > lapses && lapses > 0)
        #expect(Self.city.communities.contains { $0.members.contains { !$0.voluntaryPayments.isEmpty } })
    }

    @Test func paymentBasesFollowEmployment() {
        for member in Self.city.communities.flatMap(\.members) {
            for payment in member.duesPayments {
                switch (member.employment, payment.base) {
                case (.employed, .wage), (.retired, .pension), (.student, .flat(.student)),
                    (.unemployed, .flat(.unemployed)), (.farmer, .flat(.farmer)), (.onRelief, .flat(.relief)):
                    break
                default: Issue.record("\(member.employment) pays on \(payment.base)")
                }
            }
        }
    }

    @Test func membershipEventsCoverEveryCase() {
        let members = Self.city.communities.flatMap(\.members)
        let codes = Set(members.flatMap { $0.events.map(\.kind.code) })
        for code in [
            "admitted", "madeFull", "transferredIn", "transferredOut", "migratedOut", "migratedIn", "enrolled",
            "visited", "died",
        ] {
            #expect(codes.contains(code), "\(code)")
        }
        let outgoing = members.compactMap { member -> (String?, String?)? in
            for event in member.events {
                if case .migratedOut(let certificate, let contact) = event.kind { return (certificate, contact) }
            }
            return nil
        }
        #expect(outgoing.contains { $0.0 != nil && $0.1 != nil } && outgoing.contains { $0.0 == nil })
        #expect(members.contains { $0.hasLimitedMobility && $0.events.isEmpty })
        #expect(
            members.contains {
                $0.migration(on: Self.city.auditDate) == .incoming && !$0.events.contains { $0.kind == .enrolled }
            })
        for member in members {
            let dates = member.events.compactMap(\.date)
            #expect(dates == dates.sorted() && dates.allSatisfy { $0 <= Self.city.auditDate })
        }
    }

    @Test func electionsGroupsReceptionPointsAndTasks() {
        let year = Self.city.year
        var expired = 0
        for community in Self.city.communities {
            #expect(community.elections.count == community.organisations.count)
            expired += community.elections.count { $0.termEnds < Self.city.auditDate }
            #expect(community.partyGroups.count == community.organisations.count { $0.form == .branch })
            #expect((51...53).contains(community.receptionDays.count))
            let weekdays = community.receptionDays.map { CalendarDate(known: year, 1, 1).days(until: $0.date) % 7 }
            #expect(Set(weekdays).count == 1, "a fixed weekday")
            #expect(community.taskClaims.count <= 3)
        }
        #expect(expired > 0)
        for community in Self.city.communities where community.members.count > 10 {
            #expect(community.elections.allSatisfy { !$0.committeeMemberIDs.isEmpty })
            #expect(community.meetings.allSatisfy { $0.kind != .lesson || $0.lecturer?.memberID != nil })
        }
        #expect(Self.city.communities.contains { $0.receptionDays.count < 52 })
        #expect(Self.city.communities.contains { !$0.pointsAssessments.isEmpty })
        #expect(Self.city.communities.contains { $0.pointsAssessments.isEmpty })
    }

    @Test func aPaymentStaysCompact() {
        #expect(MemoryLayout<DuesPayment>.stride == 24)
    }
}
