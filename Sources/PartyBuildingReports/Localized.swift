import PartyBuilding

extension Language {
    /// `chinese` or `english`, whichever is this language.
    func pick(_ chinese: String, _ english: String) -> String { self == .chinese ? chinese : english }
}

/// The districts of `names` in the order each first appears.
func districtsInOrder(_ names: some Sequence<String>) -> [String] {
    var seen = Set<String>()
    return names.filter { seen.insert($0).inserted }
}

extension ReportColumn {
    /// The columns every per-community table starts with: ID, name and district.
    static func community(_ language: Language) -> [ReportColumn] {
        [
            ReportColumn(key: "id", header: language.pick("编号", "ID")),
            ReportColumn(key: "name", header: language.pick("社区", "Community")),
            ReportColumn(key: "district", header: language.pick("区", "District")),
        ]
    }
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

    /// Groups communities given by their district and street, in input order.
    init(_ places: [(district: String, street: String?)]) {
        var byDistrict: [String: [(street: String?, positions: [Int])]] = [:]
        for (position, place) in places.enumerated() {
            if let index = byDistrict[place.district]?.firstIndex(where: { $0.street == place.street }) {
                byDistrict[place.district]?[index].positions.append(position)
            } else {
                byDistrict[place.district, default: []].append((place.street, [position]))
            }
        }
        streets = districtsInOrder(places.map(\.district)).flatMap { district in
            (byDistrict[district] ?? []).map { Street(district: district, street: $0.street, positions: $0.positions) }
        }
    }
}
