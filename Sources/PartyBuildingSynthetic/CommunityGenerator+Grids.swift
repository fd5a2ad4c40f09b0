import PartyBuilding

extension CommunityGenerator {
    /// The four levels of grids: one level-1 grid led from the street; a level-2 grid for each pair of
    /// branches; a level-3 grid for each branch; and level-4 grids cutting each branch's members held
    /// by the community into runs of ``CityStream/gridSize``, each led by its first member, with the
    /// branch built on it and, on the branch's first, its Party group. `defect` breaks one grid.
    func grids(of community: Community, index: Int, defect: GovernanceDefect?) -> [Grid] {
        let branches = community.organisations.indices.filter { community.organisations[$0].form == .branch }
        let held = heldMembers(of: community, branches: branches)
        func leader(_ members: some Collection<Int>, _ fallback: String) -> GridLeader {
            guard let first = members.first else { return GridLeader(name: fallback) }
            return GridLeader(name: community.members[first].name, memberID: community.members[first].id)
        }
        var grids = [Grid(id: "L1", level: 1, name: "社区网格", leaders: templates.streetLeaders)]
        for area in 0..<(branches.count + 1) / 2 {
            grids.append(
                Grid(
                    id: GridID("L2-\(area + 1)"), level: 2, name: "第\(area + 1)片区", parentID: "L1",
                    leaders: [leader(held[area * 2], "总支委员")]))
        }
        for branch in branches.indices {
            grids.append(
                Grid(
                    id: GridID("L3-\(branch + 1)"), level: 3, name: "第\(branch + 1)支部网格",
                    parentID: GridID("L2-\(branch / 2 + 1)"), leaders: [leader(held[branch], "支部书记")]))
        }
        let size = draw(.gridSize, index, 20...50)
        var number = 0
        for (branch, position) in branches.enumerated() {
            let members = held[branch]
            for start in stride(from: 0, to: members.count, by: size) {
                let run = members[start..<min(start + size, members.count)]
                number += 1
                grids.append(
                    Grid(
                        id: GridID("L4-\(number)"), level: Grid.memberLevel, name: "第\(number)网格",
                        parentID: GridID("L3-\(branch + 1)"), leaders: [leader(run, "网格长")],
                        memberIDs: run.map { community.members[$0].id },
                        organisationID: community.organisations[position].id,
                        partyGroupID: start == 0 ? PartyGroupID("G\(position)") : nil))
            }
        }
        let broken = grids.firstIndex { $0.level == Grid.memberLevel } ?? 0
        switch defect {
        case .gridWithoutLeader: grids[broken].leaders = []
        case .gridWithTwoLeaders: grids[broken].leaders.append(GridLeader(name: "联络员"))
        case .memberOutsideGrids:
            if let last = grids.lastIndex(where: { $0.level == Grid.memberLevel }) {
                _ = grids[last].memberIDs.popLast()
            }
        default: break
        }
        return grids
    }

    /// The indices of the members whose relationship the community holds, for each of `branches` (the
    /// positions of the branches among the organisations), in record order.
    private func heldMembers(of community: Community, branches: [Int]) -> [[Int]] {
        var held = [[Int]](repeating: [], count: branches.count)
        guard !branches.isEmpty else { return held }
        var branch = 0
        for member in community.members.indices where community.members[member].relationship == .heldByCommunity {
            let organisation = community.members[member].organisationID
            if community.organisations[branches[branch]].id != organisation {
                guard let found = branches.firstIndex(where: { community.organisations[$0].id == organisation })
                else { continue }
                branch = found
            }
            held[branch].append(member)
        }
        return held
    }
}
