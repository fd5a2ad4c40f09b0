import PartyBuilding

extension CommunityGenerator {
    /// The member's membership events, monthly dues and voluntary payments for the year, by
    /// ``CityStream/membershipPlan`` and ``CityStream/duesPlan``; see ``SyntheticCity``.
    ///
    /// A member owes dues for every month of the year in which they are a member here on its first
    /// day: events happen on the first of ``CityStream/eventMonth``.
    func addRecords(to member: inout Member, element: Int, probationary: Bool) {
        let plan = level(.membershipPlan, element)
        let month = draw(.eventMonth, element, 1...12)
        let day = CalendarDate(known: year, month, 1)
        var first = 1
        var last = 12
        if member.relationship == .heldElsewhere {
            if plan < 30 {
                member.events = [MembershipEvent(.migratedIn(status: .formal), on: day)]
                if draw(.migrantRecord, element, 0...3) != 3 {
                    member.events.append(MembershipEvent(.enrolled, on: day))
                }
                first = month
            } else {
                member.events = [
                    MembershipEvent(.migratedIn(status: .formal), on: nil), MembershipEvent(.enrolled, on: nil),
                ]
            }
        } else if probationary {
            member.events = [MembershipEvent(.admitted, on: CalendarDate(known: year, 3, 1))]
            first = 3
        } else {
            switch plan {
            case ..<1:
                member.events = [MembershipEvent(.died, on: day)]
                last = month - 1
            case ..<2:
                member.events = [MembershipEvent(.transferredOut(to: "外区社区党组织"), on: day)]
                last = month - 1
            case ..<4:
                member.events = [MembershipEvent(.transferredIn(from: "原单位党组织", status: .formal), on: day)]
                first = month
            case ..<6:
                let record = draw(.migrantRecord, element, 0...3)
                member.events = [
                    MembershipEvent(
                        .migratedOut(
                            certificate: record < 2 ? "LD" + Self.padded(element % 100_000, 5) : nil,
                            contact: record % 2 == 0 ? "支部委员" : nil),
                        on: day)
                ]
            case ..<8:
                member.events = [
                    MembershipEvent(.admitted, on: CalendarDate(known: year - 1, month, 1)),
                    MembershipEvent(.madeFull, on: day),
                ]
            case ..<10:
                member.hasLimitedMobility = true
                if draw(.migrantRecord, element, 0...3) != 3 {
                    member.events = (1...4).map {
                        MembershipEvent(.visited(by: "支部委员"), on: CalendarDate(known: year, $0 * 3 - 1, 10))
                    }
                }
            default: break
            }
        }
        addDues(to: &member, element: element, months: first...max(first, last), owes: first <= last)
    }

    /// The member's payments for `months` (none when the member `owes` nothing this year).
    private func addDues(to member: inout Member, element: Int, months: ClosedRange<Int>, owes: Bool) {
        guard owes else { return }
        let base = duesBase(member.employment, element)
        let dues = DuesSchedule.national2008.dues(for: base).amount
        let plan = level(.duesPlan, element)
        let picked = draw(.duesMonth, element, 1...11)
        member.duesPayments.reserveCapacity(months.count)
        for month in months {
            let missing =
                switch plan {
                case 88..<96: month == picked || (picked % 2 == 1 && month == picked + 1)
                case 96..<98: month >= 7
                default: false
                }
            if missing { continue }
            let firstDay = CalendarDate(known: year, month, 1)
            member.duesPayments.append(
                DuesPayment(
                    month: CalendarMonth(of: firstDay), base: base,
                    amount: (82..<88).contains(plan) && month == picked ? Money(fen: dues.fen / 2) : dues,
                    paidOn: CalendarDate(known: year, month, 10)))
        }
        if plan >= 98 {
            member.voluntaryPayments = [
                VoluntaryDuesPayment(
                    amount: Money(yuan: picked % 2 == 1 ? 1_000 : 200), paidOn: CalendarDate(known: year, 7, 1))
            ]
        }
    }

    /// The base of a member's dues by employment: a wage or pension from ``CityStream/memberIncome``,
    /// otherwise the flat category.
    private func duesBase(_ employment: Member.Employment, _ element: Int) -> DuesBase {
        switch employment {
        case .employed: .wage(Money(fen: Int64(draw(.memberIncome, element, 150_000...1_500_000))))
        case .retired: .pension(Money(fen: Int64(draw(.memberIncome, element, 150_000...1_500_000))))
        case .student: .flat(.student)
        case .unemployed: .flat(.unemployed)
        case .farmer: .flat(.farmer)
        case .onRelief: .flat(.relief)
        }
    }
}
