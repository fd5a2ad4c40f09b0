import PartyBuilding

extension Language {
    /// `chinese` or `english`, whichever is this language.
    func pick(_ chinese: String, _ english: String) -> String { self == .chinese ? chinese : english }
}

/// Communities grouped as an office keeps them: by district, then by street, each in its input order.
struct CommunityGroups {
    /// One street of one district and the positions of its communities in the input.
    struct Street {
        let district: String
        let street: String?
        let positions: [Int]
    }

    /// The streets, district by district, in the order each first appears.
    let streets: [Street]

    init(_ communities: [Community]) {
        var order: [String] = []
        var byDistrict: [String: [(street: String?, positions: [Int])]] = [:]
        for (position, community) in communities.enumerated() {
            if byDistrict[community.district] == nil {
                order.append(community.district)
                byDistrict[community.district] = []
            }
            if let index = byDistrict[community.district]?.firstIndex(where: { $0.street == community.street }) {
                byDistrict[community.district]?[index].positions.append(position)
            } else {
                byDistrict[community.district]?.append((community.street, [position]))
            }
        }
        streets = order.flatMap { district in
            (byDistrict[district] ?? []).map { Street(district: district, street: $0.street, positions: $0.positions) }
        }
    }
}
