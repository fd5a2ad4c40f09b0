extension Community.Development: InterchangeCode {}

extension Community: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var id: CommunityID?
        var name: String?
        var district: String?
        var street: String?
        var development: Development?
        var households: Int?
        var residents: Int?
        var registeredResidents: Int?
        var residentialFloorArea: Area?
        var isConcentratedResettlement: Bool?
        var hasManagementServiceCentre: Bool?
        var residentsCommittees: [ResidentsCommittee]?
        var serviceSpace: Area?
        var workAndActivityRoomArea: Area?
        var partyUseArea: Area?
        var spaceRemediationPlan: RemediationPlan?
        var fundGrants: [FundGrant]?
        var localAverageWages: [AverageWage]?
        var organisations: [PartyOrganisation]?
        var members: [Member]?
        var workers: [CommunityWorker]?
        var secretaryQualifications: [SecretaryQualificationRecord]?
        var exceptions: [RuleException]?
        var meetings: [Meeting]?
        var receptionDays: [ReceptionDay]?
        var elections: [CommitteeElection]?
        var partyGroups: [PartyGroup]?
        var pointsAssessments: [PointsAssessment]?
        var taskClaims: [TaskClaim]?
        var landArea: Area?
        var governance: CommunityGovernance?
        var applicants: [Applicant]?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "id": try reader.readRequired(&id)
            case "name": try reader.readRequired(&name)
            case "district": try reader.readRequired(&district)
            case "street": try reader.read(&street)
            case "development": try reader.read(&development)
            case "households": try reader.read(&households)
            case "residents": try reader.read(&residents)
            case "registeredResidents": try reader.read(&registeredResidents)
            case "residentialFloorArea": try reader.read(&residentialFloorArea)
            case "isConcentratedResettlement": try reader.read(&isConcentratedResettlement)
            case "hasManagementServiceCentre": try reader.read(&hasManagementServiceCentre)
            case "residentsCommittees": try reader.read(&residentsCommittees)
            case "serviceSpace": try reader.read(&serviceSpace)
            case "workAndActivityRoomArea": try reader.read(&workAndActivityRoomArea)
            case "partyUseArea": try reader.read(&partyUseArea)
            case "spaceRemediationPlan": try reader.read(&spaceRemediationPlan)
            case "fundGrants": try reader.read(&fundGrants)
            case "localAverageWages": try reader.read(&localAverageWages)
            case "organisations": try reader.read(&organisations)
            case "members": try reader.read(&members)
            case "workers": try reader.read(&workers)
            case "secretaryQualifications": try reader.read(&secretaryQualifications)
            case "exceptions": try reader.read(&exceptions)
            case "meetings": try reader.read(&meetings)
            case "receptionDays": try reader.read(&receptionDays)
            case "elections": try reader.read(&elections)
            case "partyGroups": try reader.read(&partyGroups)
            case "pointsAssessments": try reader.read(&pointsAssessments)
            case "taskClaims": try reader.read(&taskClaims)
            case "landArea": try reader.read(&landArea)
            case "governance": try reader.read(&governance)
            case "applicants": try reader.read(&applicants)
            default: try reader.skipValue()
            }
        }
        guard let id else { throw .missing("id", at: start) }
        guard let name else { throw .missing("name", at: start) }
        guard let district else { throw .missing("district", at: start) }
        self.init(
            id: id, name: name, district: district, street: street, development: development,
            households: households, residents: residents, registeredResidents: registeredResidents,
            residentialFloorArea: residentialFloorArea, isConcentratedResettlement: isConcentratedResettlement,
            hasManagementServiceCentre: hasManagementServiceCentre, residentsCommittees: residentsCommittees,
            serviceSpace: serviceSpace, workAndActivityRoomArea: workAndActivityRoomArea, partyUseArea: partyUseArea,
            spaceRemediationPlan: spaceRemediationPlan, fundGrants: fundGrants ?? [],
            localAverageWages: localAverageWages ?? [], organisations: organisations ?? [], members: members ?? [],
            workers: workers ?? [], secretaryQualifications: secretaryQualifications ?? [],
            exceptions: exceptions ?? [], meetings: meetings ?? [], receptionDays: receptionDays ?? [],
            elections: elections ?? [], partyGroups: partyGroups ?? [], pointsAssessments: pointsAssessments ?? [],
            taskClaims: taskClaims ?? [], landArea: landArea, governance: governance ?? CommunityGovernance(),
            applicants: applicants ?? [])
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        if !applicants.isEmpty { writer.field("applicants", applicants) }
        writer.field("development", development)
        writer.field("district", district)
        writer.field("elections", elections)
        writer.field("exceptions", exceptions)
        writer.field("fundGrants", fundGrants)
        if !governance.isEmpty { writer.field("governance", governance) }
        writer.field("hasManagementServiceCentre", hasManagementServiceCentre)
        writer.field("households", households)
        writer.field("id", id)
        writer.field("isConcentratedResettlement", isConcentratedResettlement)
        writer.field("landArea", landArea)
        writer.field("localAverageWages", localAverageWages)
        writer.field("meetings", meetings)
        writer.field("members", members)
        writer.field("name", name)
        writer.field("organisations", organisations)
        writer.field("partyGroups", partyGroups)
        writer.field("partyUseArea", partyUseArea)
        writer.field("pointsAssessments", pointsAssessments)
        writer.field("receptionDays", receptionDays)
        writer.field("registeredResidents", registeredResidents)
        writer.field("residentialFloorArea", residentialFloorArea)
        writer.field("residents", residents)
        writer.field("residentsCommittees", residentsCommittees)
        writer.field("secretaryQualifications", secretaryQualifications)
        writer.field("serviceSpace", serviceSpace)
        writer.field("spaceRemediationPlan", spaceRemediationPlan)
        writer.field("street", street)
        writer.field("taskClaims", taskClaims)
        writer.field("workAndActivityRoomArea", workAndActivityRoomArea)
        writer.field("workers", workers)
        writer.endObject()
    }
}
