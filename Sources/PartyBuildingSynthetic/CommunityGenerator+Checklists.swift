import PartyBuilding

extension CommunityGenerator {
    /// The headings of MY's community checklist (“六化体系”), 8 items each: 48 in all.
    static let communityHeadings = headings(
        ["组织建设区域化", "队伍建设多元化", "服务群众亲情化", "活动开展经常化", "阵地建设功能化", "文化建设内生化"],
        items: [8, 8, 8, 8, 8, 8])

    /// The headings of MY's street checklist (“一核四强”), 9 items each but the last: 44 in all.
    static let streetHeadings = headings(["以党组织为核心", "队伍建设强", "服务能力强", "制度保障强", "文化引领强"], items: [9, 9, 9, 9, 8])

    /// Headings with the given numbers of items, numbered `第1项` on through all of them; built once and
    /// shared by every community.
    private static func headings(_ titles: [String], items counts: [Int]) -> [Checklist.Heading] {
        var next = 0
        return zip(titles, counts).map { title, count in
            defer { next += count }
            return Checklist.Heading(title: title, items: (next..<next + count).map { "第\($0 + 1)项" })
        }
    }

    /// The community checklist (K1, 48 items) and the street checklist (K2, 44 items) with their
    /// assessments of the year on 20 December, every item completed; `defect` drops the community
    /// checklist's last item or leaves some of its items not completed.
    func addChecklists(to governance: inout CommunityGovernance, index: Int, defect: GovernanceDefect?) {
        var community = Checklist(
            id: "K1", scope: .community, title: "“六化体系”规范化建设清单", headings: Self.communityHeadings)
        if defect == .checklistShortOfItems {
            _ = community.headings[community.headings.count - 1].items.popLast()
        }
        let street = Checklist(id: "K2", scope: .street, title: "“一核四强”规范化建设清单", headings: Self.streetHeadings)
        let shortfall = defect == .incompleteAssessment ? draw(.defectDetail, index, 0...99) % 8 + 1 : 0
        let assessed = CalendarDate(known: year, 12, 20)
        governance.checklists = [community, street]
        governance.checklistAssessments = [
            ChecklistAssessment(
                checklistID: community.id, year: year, assessedOn: assessed,
                completedItems: community.itemCount - shortfall),
            ChecklistAssessment(
                checklistID: street.id, year: year, assessedOn: assessed, completedItems: street.itemCount),
        ]
    }
}
