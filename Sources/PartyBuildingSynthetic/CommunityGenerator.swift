import PartyBuilding

/// Builds community `i` of a synthetic city from the streams of ``CityStream``; see ``SyntheticCity``
/// for what the records are meant to show.
struct CommunityGenerator: Sendable {
    let seed: UInt64
    let year: Int
    /// The governance records every community of the year shares.
    let templates: GovernanceTemplates

    init(seed: UInt64, year: Int) {
        self.seed = seed
        self.year = year
        self.templates = GovernanceTemplates(year: year)
    }

    /// One element of a stream, reduced to `range`.
    func draw(_ stream: CityStream, _ index: Int, _ range: ClosedRange<Int>) -> Int {
        SyntheticStream(seed: seed, number: stream.rawValue).value(at: index, in: range)
    }

    /// One element of a level stream, 0…99.
    func level(_ stream: CityStream, _ index: Int) -> Int { draw(stream, index, 0...99) }

    /// `value` with leading zeros to at least `width` digits.
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    func community(at index: Int) -> Community {
        let number = Self.padded(index + 1, 5)
        let resettlement = draw(.resettlement, index, 0...9) == 0
        let residents = draw(.residents, index, 500...30_000)
        var community = Community(
            id: CommunityID("C" + number), name: "社区" + number,
            district: SyntheticCity.districts[draw(.district, index, 0...7)],
            development: draw(.development, index, 0...9) == 0 ? .planned : .existing,
            households: residents * 10 / 28, residents: residents,
            residentialFloorArea: Area(squareMetres: draw(.residentialFloorArea, index, 20_000...600_000)),
            isConcentratedResettlement: resettlement,
            hasManagementServiceCentre: resettlement && draw(.managementCentre, index, 0...4) != 0)
        let committees = resettlement ? draw(.residentsCommittees, index, 1...3) : 1
        community.residentsCommittees = (1...committees).map {
            ResidentsCommittee(id: ResidentsCommitteeID("R\($0)"), name: "第\($0)居民委员会")
        }
        addOrganisationsAndMembers(to: &community, index: index, committees: committees)
        addWorkers(to: &community, index: index)
        addSpace(to: &community, index: index)
        addFunds(to: &community, index: index)
        addPartyLife(to: &community, index: index)
        addGovernance(to: &community, index: index)
        addDevelopment(to: &community, index: index)
        return community
    }

    // MARK: Organisations and members

    private func addOrganisationsAndMembers(to community: inout Community, index: Int, committees: Int) {
        let held = draw(.members, index, 0...400)
        let total = held + held / 20
        var probationary = [Bool](repeating: false, count: total)
        for member in 0..<total {
            probationary[member] = level(.memberStatus, CityStream.memberIndex(community: index, member: member)) < 5
        }
        let formal = probationary.count { !$0 }
        let permitted = OrganisationFormPermission.suzhou2011.permittedForm(formalMembers: formal)
        let choice = level(.organisationForm, index)
        let form: PartyOrganisation.Form =
            switch (choice, permitted) {
            case (..<4, .branch): .generalBranch
            case (..<4, _): .committee
            case (..<10, .committee): .generalBranch
            case (..<10, _): .branch
            default: permitted
            }

        let top = OrganisationID("P0")
        var organisations = [
            PartyOrganisation(
                id: top, name: community.name + form.label.chinese, form: form,
                residentsCommitteeID: form == .branch ? "R1" : nil)
        ]
        var memberOrganisations = [top]
        if form != .branch {
            let branches = max(committees, form == .committee ? 3 : 2)
            memberOrganisations = (1...branches).map { OrganisationID("P\($0)") }
            for (offset, id) in memberOrganisations.enumerated() {
                organisations.append(
                    PartyOrganisation(
                        id: id, name: "第\(offset + 1)党支部", form: .branch, parentID: top,
                        residentsCommitteeID: offset < committees ? ResidentsCommitteeID("R\(offset + 1)") : nil))
            }
        }
        community.organisations = organisations

        var members: [Member] = []
        members.reserveCapacity(total)
        for member in 0..<total {
            let element = CityStream.memberIndex(community: index, member: member)
            let age = draw(.memberAge, element, 18...90)
            let birthday = draw(.memberBirthday, element, 0...335)
            let digits = Self.padded(member + 1, 4)
            var record = Member(
                id: MemberID("M" + digits), name: "党员" + digits,
                organisationID: memberOrganisations[member * memberOrganisations.count / total],
                relationship: member < held ? .heldByCommunity : .heldElsewhere,
                employment: Member.Employment.allCases[draw(.memberEmployment, element, 0...5)],
                birthDate: CalendarDate(known: year - age, birthday / 28 + 1, birthday % 28 + 1))
            addRecords(to: &record, element: element, probationary: probationary[member])
            members.append(record)
        }
        community.members = members
    }

    // MARK: Workers

    private func addWorkers(to community: inout Community, index: Int) {
        let count = draw(.workers, index, 5...15)
        let oneShoulder = draw(.oneShoulder, index, 0...9) < 4
        let ages: ClosedRange<Int> =
            switch draw(.ageProfile, index, 0...9) {
            case 0: 23...34
            case 1: 46...60
            default: 23...60
            }
        let noGraduate = draw(.noGraduate, index, 0...49) == 0
        var roles: [Set<CommunityWorker.Role>] =
            oneShoulder
            ? [[.secretary, .residentsCommitteeDirector], [.workStationHead]]
            : [[.secretary], [.residentsCommitteeDirector], [.workStationHead]]
        roles += Array(repeating: [], count: count - roles.count)

        let pays = pays(index: index, staff: count)
        var workers: [CommunityWorker] = []
        workers.reserveCapacity(count)
        for (position, workerRoles) in roles.enumerated() {
            let element = CityStream.workerIndex(community: index, worker: position)
            let age = draw(.workerAge, element, ages)
            let birthday = draw(.workerBirthday, element, 0...335)
            var certificate: Certificate?
            if level(.certificate, element) < 85 {
                certificate = Certificate(
                    level: Certificate.Level.allCases[draw(.certificateLevel, element, 0...2)],
                    obtainedOn: CalendarDate(
                        known: year - min(draw(.certificateAge, element, 0...10), age - 22), 6, 1))
            }
            let started =
                level(.startedThisYear, element) < 10
                ? CalendarDate(known: year, 3, 1)
                : CalendarDate(known: year - min(draw(.serviceYears, element, 1...20), age - 22), 9, 1)
            workers.append(
                CommunityWorker(
                    id: WorkerID("W" + Self.padded(position + 1, 2)), name: "社工" + Self.padded(position + 1, 2),
                    roles: workerRoles,
                    birthDate: CalendarDate(known: year - age, birthday / 28 + 1, birthday % 28 + 1),
                    education: education(element, noGraduate: noGraduate),
                    isStudyingForDegree: draw(.studying, element, 0...9) < 2, certificate: certificate,
                    isFullTime: true, startedOn: started,
                    trainings: trainings(element, keyRole: !workerRoles.isEmpty),
                    annualPay: [AnnualPay(year: year, amount: pays[position])]))
        }
        community.workers = workers

        let secretary = workers[0]
        let hasDegree = secretary.education.isCollegeGraduate
        community.secretaryQualifications = [
            SecretaryQualificationRecord(
                year: year - 1, hasAssociateDegreeOrHigher: hasDegree,
                hasCertificate: secretary.certificate.map { $0.obtainedOn.year < year } ?? false),
            SecretaryQualificationRecord(
                year: year, hasAssociateDegreeOrHigher: hasDegree, hasCertificate: secretary.certificate != nil),
        ]
        let secretaryFloor = PayFloors.suzhou2011.secretaryFloor(
            lastYearAverageWage: Money(yuan: draw(.averageWage, index, 60_000...120_000)))
        if pays[0] < secretaryFloor, draw(.secretaryPayException, index, 0...2) == 0 {
            community.exceptions.append(
                RuleException(
                    ruleID: "SZ2011.9.secretary-pay", subject: .worker(secretary.id), reason: "新任书记，待遇次年调整到位",
                    approver: "区委组织部", approvedOn: CalendarDate(known: year, 1, 15),
                    validUntil: .endOf(year: year)))
        }
    }

    /// The year's pay of `staff` workers, the secretary first: the secretary's by
    /// ``CityStream/secretaryPay``, the others sharing the rest so that the average is exactly stream 4.
    private func pays(index: Int, staff: Int) -> [Money] {
        let wage = Int64(draw(.averageWage, index, 60_000...120_000)) * 100
        let average = Int64(draw(.staffAveragePay, index, 60_000...120_000)) * 100
        let floor = wage * 6 / 5
        let margin = Int64(draw(.secretaryPayMargin, index, 1...20_000)) * 100
        let secretary: Int64 =
            switch level(.secretaryPay, index) {
            case ..<70: floor + margin
            case ..<80: floor
            default: floor - margin
            }
        let others = Int64(staff - 1)
        let rest = average * Int64(staff) - secretary
        return [Money(fen: secretary)]
            + (0..<others).map { Money(fen: rest / others + ($0 < rest % others ? 1 : 0)) }
    }

    private func education(_ element: Int, noGraduate: Bool) -> Education {
        let choice = level(.education, element)
        if noGraduate { return choice < 30 ? .juniorSecondaryOrLess : .seniorSecondary }
        return switch choice {
        case ..<10: .seniorSecondary
        case ..<15: .juniorSecondaryOrLess
        case ..<55: .associate
        case ..<90: .bachelor
        case ..<98: .master
        default: .doctorate
        }
    }

    /// A worker's trainings by ``CityStream/trainingPlan``; see ``SyntheticCity``.
    private func trainings(_ element: Int, keyRole: Bool) -> [Training] {
        let plan = level(.trainingPlan, element)
        let extra = draw(.trainingExtraDays, element, 0...3)
        let month = draw(.trainingMonth, element, 1...11)
        func training(_ level: Training.Level, _ days: Int, centralised: Bool = true, month: Int = month) -> Training {
            Training(
                title: centralised ? "集中培训" : "业务学习", level: level, isCentralised: centralised,
                startDate: CalendarDate(known: year, month, 10), days: Days(days))
        }
        func lastTraining(_ level: Training.Level, _ days: Int) -> Training {
            Training(
                title: "集中培训", level: level,
                startDate: CalendarDate(known: year - draw(.lastTrainingAge, element, 1...5), 6, 10),
                days: Days(days))
        }
        if keyRole {
            let levels: [Training.Level] = [.district, .city, .province]
            return switch plan {
            case ..<20: [training(.district, 4), training(.district, 3 + extra % 2, month: month + 1)]
            case ..<80: [training(levels[draw(.trainingLevel, element, 0...2)], 7 + extra)]
            case ..<88: [training(.district, 3 + extra)]
            case ..<94: [training(.street, 7)]
            default: [lastTraining(.district, 7)]
            }
        }
        return switch plan {
        case ..<80: [training(.street, 5 + extra)]
        case ..<88: [training(.street, 2 + extra % 3)]
        case ..<94: [training(.street, 5, centralised: false)]
        default: [lastTraining(.street, 5)]
        }
    }

    // MARK: Space and funds

    /// `floor` exactly (level below 20), above it by `percent` (below 70), otherwise below it.
    private static func adjusted(_ floor: Int64, level: Int, percent: Int64) -> Int64 {
        switch level {
        case ..<20: floor
        case ..<70: floor * (100 + percent) / 100
        default: floor * (100 - percent) / 100
        }
    }

    private func addSpace(to community: inout Community, index: Int) {
        let floorArea = (community.residentialFloorArea ?? .zero).hundredthsOfSquareMetre
        let serviceFloor = floorArea * 3 / 100
        let roomsFloor = (floorArea + 199) / 200
        let service = Self.adjusted(
            serviceFloor, level: level(.serviceSpace, index),
            percent: Int64(draw(.serviceSpacePercent, index, 1...30)))
        let rooms = Self.adjusted(
            roomsFloor, level: level(.workRooms, index), percent: Int64(draw(.workRoomsPercent, index, 1...30)))
        let partyUse: Int64 =
            switch level(.partyUse, index) {
            case ..<20: (rooms + 2) / 3
            case ..<80: rooms / 2
            default: rooms / 4
            }
        community.serviceSpace = Area(hundredthsOfSquareMetre: service)
        community.workAndActivityRoomArea = Area(hundredthsOfSquareMetre: rooms)
        community.partyUseArea = Area(hundredthsOfSquareMetre: partyUse)
        let short = service < serviceFloor || rooms * 200 < floorArea
        if community.development == .existing, short, draw(.remediationPlan, index, 0...1) == 0 {
            community.spaceRemediationPlan = RemediationPlan(
                summary: "逐步建设到位", targetDate: .endOf(year: year + 2), approver: "街道办事处")
        }
    }

    private func addFunds(to community: inout Community, index: Int) {
        let held = draw(.members, index, 0...400)
        let activityFloor = ActivityFundFloor.suzhou2011.floor(members: held).fen / 100
        let activityPercent = Int64(draw(.activityFundPercent, index, 1...30))
        let activityLevel = level(.activityFund, index)
        let activity: Int64 =
            switch activityLevel {
            case ..<60: activityFloor
            case ..<85: activityFloor * (100 + activityPercent) / 100
            default: activityFloor * (100 - activityPercent) / 100
            }
        let workFloor = Int64(community.residents ?? 0) * 20
        let workPercent = Int64(draw(.workFundPercent, index, 0...30))
        let work =
            level(.workFund, index) < 70
            ? workFloor * (100 + workPercent) / 100 : workFloor * (100 - max(workPercent, 1)) / 100
        let cityShare: Int64 = draw(.costSplit, index, 0...9) == 0 ? 20 : 30
        var grants: [FundGrant] = []
        for (purpose, yuan) in [
            (FundGrant.Purpose.work, work - work / 10), (.partyOffice, work / 10), (.activity, activity),
        ] {
            let city = yuan * cityShare
            grants.append(FundGrant(year: year, purpose: purpose, source: .city, amount: Money(fen: city)))
            grants.append(
                FundGrant(year: year, purpose: purpose, source: .district, amount: Money(fen: yuan * 100 - city)))
        }
        community.fundGrants = grants
        community.localAverageWages = [
            AverageWage(year: year - 1, amount: Money(yuan: draw(.averageWage, index, 60_000...120_000)))
        ]
        if activityLevel >= 85, draw(.activityFundException, index, 0...2) == 0 {
            community.exceptions.append(
                RuleException(
                    ruleID: "SZ2011.19.activity-fund", reason: "年中预算调整，次年补足", approver: "区财政局",
                    approvedOn: CalendarDate(known: year, 3, 1)))
        }
    }
}
