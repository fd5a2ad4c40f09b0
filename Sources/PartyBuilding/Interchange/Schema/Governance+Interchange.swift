// The object `governance` of a community: every list optional (absent or `null` is empty), written
// only when it is not empty.

extension CommunityGovernance: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        var grids: [Grid]?
        var decisions: [Decision]?
        var mediationNetwork: [MediationLevel]?
        var mediationCases: [MediationCase]?
        var ledgers: [Ledger]?
        var bodies: [GovernanceBody]?
        var coordination: [CoordinationMechanism]?
        var electronicLedger: ElectronicLedger?
        var compounds: [ResidentialCompound]?
        var residentUnits: [ResidentUnit]?
        var checklists: [Checklist]?
        var checklistAssessments: [ChecklistAssessment]?
        var delegatedTasks: [DelegatedTask]?
        var officeFundShares: [OfficeFundShare]?
        var fundDisclosures: [FundDisclosure]?
        var recruitments: [WorkerRecruitment]?
        var secretaryReports: [SecretaryReport]?
        var oneStopPosts: [OneStopPost]?
        var satisfactionSurveys: [SatisfactionSurvey]?
        var trainingCoverage: [TrainingCoverage]?
        var householdParticipation: [HouseholdParticipation]?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "grids": try reader.read(&grids)
            case "decisions": try reader.read(&decisions)
            case "mediationNetwork": try reader.read(&mediationNetwork)
            case "mediationCases": try reader.read(&mediationCases)
            case "ledgers": try reader.read(&ledgers)
            case "bodies": try reader.read(&bodies)
            case "coordination": try reader.read(&coordination)
            case "electronicLedger": try reader.read(&electronicLedger)
            case "compounds": try reader.read(&compounds)
            case "residentUnits": try reader.read(&residentUnits)
            case "checklists": try reader.read(&checklists)
            case "checklistAssessments": try reader.read(&checklistAssessments)
            case "delegatedTasks": try reader.read(&delegatedTasks)
            case "officeFundShares": try reader.read(&officeFundShares)
            case "fundDisclosures": try reader.read(&fundDisclosures)
            case "recruitments": try reader.read(&recruitments)
            case "secretaryReports": try reader.read(&secretaryReports)
            case "oneStopPosts": try reader.read(&oneStopPosts)
            case "satisfactionSurveys": try reader.read(&satisfactionSurveys)
            case "trainingCoverage": try reader.read(&trainingCoverage)
            case "householdParticipation": try reader.read(&householdParticipation)
            default: try reader.skipValue()
            }
        }
        self.init(
            grids: grids ?? [], decisions: decisions ?? [], mediationNetwork: mediationNetwork ?? [],
            mediationCases: mediationCases ?? [], ledgers: ledgers ?? [], bodies: bodies ?? [],
            coordination: coordination ?? [], electronicLedger: electronicLedger, compounds: compounds ?? [],
            residentUnits: residentUnits ?? [], checklists: checklists ?? [],
            checklistAssessments: checklistAssessments ?? [], delegatedTasks: delegatedTasks ?? [],
            officeFundShares: officeFundShares ?? [], fundDisclosures: fundDisclosures ?? [],
            recruitments: recruitments ?? [], secretaryReports: secretaryReports ?? [],
            oneStopPosts: oneStopPosts ?? [], satisfactionSurveys: satisfactionSurveys ?? [],
            trainingCoverage: trainingCoverage ?? [], householdParticipation: householdParticipation ?? [])
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.listField("bodies", bodies)
        writer.listField("checklistAssessments", checklistAssessments)
        writer.listField("checklists", checklists)
        writer.listField("compounds", compounds)
        writer.listField("coordination", coordination)
        writer.listField("decisions", decisions)
        writer.listField("delegatedTasks", delegatedTasks)
        writer.field("electronicLedger", electronicLedger)
        writer.listField("fundDisclosures", fundDisclosures)
        writer.listField("grids", grids)
        writer.listField("householdParticipation", householdParticipation)
        writer.listField("ledgers", ledgers)
        writer.listField("mediationCases", mediationCases)
        writer.listField("mediationNetwork", mediationNetwork)
        writer.listField("officeFundShares", officeFundShares)
        writer.listField("oneStopPosts", oneStopPosts)
        writer.listField("recruitments", recruitments)
        writer.listField("residentUnits", residentUnits)
        writer.listField("satisfactionSurveys", satisfactionSurveys)
        writer.listField("secretaryReports", secretaryReports)
        writer.listField("trainingCoverage", trainingCoverage)
        writer.endObject()
    }
}

extension JSONWriter {
    /// Writes a list field unless the list is empty, as ``CommunityGovernance``'s `encode(to:)` does.
    fileprivate mutating func listField<Element: InterchangeWritable>(_ name: StaticString, _ list: [Element]) {
        if !list.isEmpty { field(name, list) }
    }
}
