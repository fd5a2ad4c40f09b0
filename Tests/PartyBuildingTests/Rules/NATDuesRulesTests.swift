import PartyBuilding
import Testing

/// The dues rules (`NAT.dues.*`, `SZ2011.13.dues`) and the lapse (`NAT.lapse`), audited on 2025-12-31
/// for the year 2025.
@Suite("NAT dues, SZ2011.13.dues and NAT.lapse")
struct NATDuesRulesTests {
    let date = CalendarDate("2025-12-31")

    /// A payment for a month of 2025, paid on the month's 25th.
    func payment(_ month: Int, _ base: DuesBase, _ fen: Int64, year: Int = 2025) -> DuesPayment {
        DuesPayment(
            month: try! CalendarMonth(year: year, month: month), base: base, amount: Money(fen: fen),
            paidOn: CalendarDate(known: year, month, 25))
    }

    /// A community with one member, formal all along unless `events` say otherwise.
    func community(_ payments: [DuesPayment], events: [MembershipEvent] = [], voluntary: [VoluntaryDuesPayment] = [])
        -> Community
    {
        var community = Fixture.community(form: .branch, formal: 3)
        var member = Fixture.member("D-1", events: events)
        member.duesPayments = payments
        member.voluntaryPayments = voluntary
        community.members.append(member)
        return community
    }

    /// The SZ2011.13.dues findings about the member `D-1` (the fixture's other members pay nothing).
    func duesFindings(_ community: Community) throws -> [Finding] {
        try findings("SZ2011.13.dues", auditing: community, on: date).filter { $0.subject == .member("D-1") }
    }

    func fullYear(_ base: DuesBase, _ fen: Int64) -> [DuesPayment] { (1...12).map { payment($0, base, fen) } }

    @Test func wagesAtTheBracketEdges() throws {
        // 3000.00 pays 0.5% (15.00); 3000.01 pays 1% (30.00): paying 15.00 on 3000.01 is short.
        #expect(
            try nationalFindings(
                "NAT.dues.employed", auditing: community(fullYear(.wage(Money(yuan: 3_000)), 1_500)), on: date
            ).isEmpty)
        let short = try nationalFindings(
            "NAT.dues.employed", auditing: community(fullYear(.wage(Money(fen: 300_001)), 1_500)), on: date
        )
        .filter { $0.subject == .member("D-1") }
        #expect(short.count == 1)
        if let finding = short.first {
            expectNationalFinding(
                finding, rule: "NAT.dues.employed", severity: .violation, subject: .member("D-1"), article: "第二条")
            #expect(finding.measured == .money(Money(yuan: 180)))
            #expect(finding.required == Requirement(.notLessThan, .money(Money(yuan: 360))))
        }
        // The regulation's own example: 6500 pays 97.50; instalments of one month are added together.
        var split = fullYear(.wage(Money(yuan: 6_500)), 9_750)
        split[2] = payment(3, .wage(Money(yuan: 6_500)), 5_000)
        split.insert(payment(3, .wage(Money(yuan: 6_500)), 4_750), at: 3)
        #expect(try nationalFindings("NAT.dues.employed", auditing: community(split), on: date).isEmpty)
        // Paying more is not a failure.
        #expect(
            try nationalFindings(
                "NAT.dues.employed", auditing: community(fullYear(.wage(Money(yuan: 6_500)), 10_000)), on: date
            ).isEmpty)
    }

    @Test func pensionsAndFlatCategories() throws {
        let retired = try nationalFindings(
            "NAT.dues.retired", auditing: community(fullYear(.pension(Money(fen: 500_001)), 2_500)), on: date)
        #expect(retired.map(\.subject) == [.member("D-1")])
        #expect(
            try nationalFindings(
                "NAT.dues.retired", auditing: community(fullYear(.pension(Money(yuan: 5_000)), 2_500)), on: date
            ).isEmpty)
        #expect(
            try nationalFindings("NAT.dues.flat", auditing: community(fullYear(.flat(.student), 20)), on: date).isEmpty)
        #expect(
            try nationalFindings("NAT.dues.flat", auditing: community(fullYear(.flat(.farmer), 100)), on: date).isEmpty)
        #expect(
            try nationalFindings("NAT.dues.flat", auditing: community(fullYear(.flat(.student), 19)), on: date).count
                == 1)
        // A wage payment is not the flat rule's to judge.
        #expect(
            try nationalFindings("NAT.dues.flat", auditing: community(fullYear(.wage(Money(yuan: 6_500)), 1)), on: date)
                .isEmpty)
    }

    @Test func largeGiftsFromOneThousand() throws {
        for (fen, flagged) in [(Int64(99_999), false), (100_000, true), (100_001, true)] {
            let findings = try nationalFindings(
                "NAT.dues.large-gift",
                auditing: community(
                    fullYear(.flat(.student), 20),
                    voluntary: [VoluntaryDuesPayment(amount: Money(fen: fen), paidOn: CalendarDate("2025-07-01"))]),
                on: date)
            #expect(findings.count == (flagged ? 1 : 0), "\(fen) fen")
            #expect(findings.allSatisfy { $0.severity == .information })
        }
    }

    @Test func probationaryMembersOweFromTheBranchMeeting() throws {
        let admitted = [MembershipEvent(.admitted, on: CalendarDate("2025-06-20"))]
        // Owed from June (the meeting's month) to December: seven months.
        let paid = (6...12).map { payment($0, .wage(Money(yuan: 6_500)), 9_750) }
        #expect(
            try nationalFindings("NAT.dues.probationary", auditing: community(paid, events: admitted), on: date).isEmpty
        )
        let unpaid = try nationalFindings(
            "NAT.dues.probationary", auditing: community(Array(paid.dropFirst()), events: admitted), on: date)
        #expect(unpaid.count == 1)
        #expect(unpaid.first?.measured == .count(1, .months))
        #expect(unpaid.first?.detail == .periods([.month(of: CalendarDate(known: 2025, 6, 1))]))
        // A payment for May, before the meeting, was not owed.
        let early = try nationalFindings(
            "NAT.dues.probationary", auditing: community([payment(5, .flat(.student), 20)] + paid, events: admitted),
            on: date)
        #expect(early.map(\.severity) == [.information])
    }

    @Test func arrearsAndLatePaymentsUnderSZ2011() throws {
        let base = DuesBase.wage(Money(yuan: 6_500))
        #expect(try duesFindings(community(fullYear(base, 9_750))).isEmpty)
        var missing = fullYear(base, 9_750)
        missing.remove(at: 11)  // December
        let arrears = try duesFindings(community(missing))
        #expect(arrears.count == 1)
        #expect(arrears.first?.measured == .count(1, .months))
        var late = fullYear(base, 9_750)
        late[2].paidOn = CalendarDate("2025-04-01")
        let lateFindings = try duesFindings(community(late))
        #expect(lateFindings.count == 1)
        // Paid on the month's last day is on time.
        var lastDay = fullYear(base, 9_750)
        lastDay[1].paidOn = CalendarDate("2025-02-28")
        #expect(try duesFindings(community(lastDay)).isEmpty)
        // A member who transferred out in October owes nothing here from October.
        let left = [MembershipEvent(.transferredOut(to: "外区党支部"), on: CalendarDate("2025-10-10"))]
        #expect(
            try duesFindings(community(Array(fullYear(base, 9_750).prefix(9)), events: left)).isEmpty)
    }

    @Test func theLedgerSumsArrearsExactly() throws {
        var member = Fixture.member("D-1", events: [])
        member.duesPayments = [
            payment(1, .wage(Money(yuan: 6_500)), 9_750), payment(3, .wage(Money(yuan: 6_500)), 5_000),
        ]
        let ledger = DuesLedger(member, over: try Period(year: 2025, quarter: 1), schedule: .national2008)
        #expect(ledger.unpaid.map(\.month) == [try CalendarMonth(year: 2025, month: 2)])
        #expect(ledger.underpaid.map(\.month) == [try CalendarMonth(year: 2025, month: 3)])
        // February owes 97.50 on January's base; March is 47.50 short.
        #expect(ledger.arrears == Money(fen: 9_750 + 4_750))
        var unknown = Fixture.member("D-2", events: [])
        unknown.duesPayments = [payment(3, .wage(Money(yuan: 6_500)), 9_750)]
        #expect(DuesLedger(unknown, over: try Period(year: 2025, quarter: 1), schedule: .national2008).arrears == nil)
    }

    @Test func aLedgerOverMonthsWithAGapPassesOverThePaymentsBetween() throws {
        var member = Fixture.member("D-3", events: [])
        member.duesPayments = (1...3).map { payment($0, .wage(Money(yuan: 6_500)), 9_750) }
        let months = [try CalendarMonth(year: 2025, month: 1), try CalendarMonth(year: 2025, month: 3)]
        let ledger = DuesLedger(member, months: months, schedule: .national2008)
        #expect(ledger.months.map(\.month) == months)
        #expect(ledger.unpaid.isEmpty && ledger.arrears == .zero)
    }

    /// The lapse, judged on the last day of `last` with payments every month until `paidThrough`.
    func lapse(paidThrough: CalendarDate, on audit: CalendarDate, exception: Bool = false) throws -> [Finding] {
        var payments: [DuesPayment] = []
        var month = try CalendarMonth(year: 2024, month: 1)
        while month.lastDay <= paidThrough {
            payments.append(
                DuesPayment(month: month, base: .flat(.student), amount: Money(fen: 20), paidOn: month.firstDay))
            month = month.adding(1)!
        }
        var community = community(payments)
        if exception {
            community.exceptions = [
                RuleException(
                    ruleID: "NAT.lapse", subject: .member("D-1"), reason: "长期住院治疗", approver: "社区党委",
                    approvedOn: CalendarDate("2025-01-01"))
            ]
        }
        return try nationalFindings("NAT.lapse", auditing: community, on: audit).filter { $0.subject == .member("D-1") }
    }

    @Test func lapseAtThreeFourFiveAndSixMonths() throws {
        let audit = CalendarDate("2025-12-31")
        #expect(try lapse(paidThrough: CalendarDate("2025-09-30"), on: audit).isEmpty)  // 3 months
        #expect(try lapse(paidThrough: CalendarDate("2025-08-31"), on: audit).map(\.severity) == [.warning])  // 4
        #expect(try lapse(paidThrough: CalendarDate("2025-07-31"), on: audit).map(\.severity) == [.warning])  // 5
        let six = try lapse(paidThrough: CalendarDate("2025-06-30"), on: audit)
        #expect(six.map(\.severity) == [.violation])
        #expect(six.first?.measured == .count(6, .months))
        #expect(
            try lapse(paidThrough: CalendarDate("2025-06-30"), on: audit, exception: true).map(\.severity) == [.note])
    }

    @Test func lapseAcrossTheYearsEnd() throws {
        // Paid through October 2024; audited on 2025-03-31: November to March is five months.
        #expect(
            try lapse(paidThrough: CalendarDate("2024-10-31"), on: CalendarDate("2025-03-31")).map(\.severity) == [
                .warning
            ])
        // Audited on 2025-04-15, April is not complete: still five months.
        #expect(
            try lapse(paidThrough: CalendarDate("2024-10-31"), on: CalendarDate("2025-04-15")).map(\.severity) == [
                .warning
            ])
        #expect(
            try lapse(paidThrough: CalendarDate("2024-10-31"), on: CalendarDate("2025-04-30")).map(\.severity) == [
                .violation
            ])
    }
}
