import Foundation

extension CommunityDataset {
    /// The step from schema version 1 to version 2: a member's stored `status`, `admittedOn` and
    /// `migration` become membership events, and an organisation's `lastElection` becomes an entry in
    /// the community's `elections`. Everything else is kept as it is, numbers exactly.
    ///
    /// A version-1 member becomes these events (`date` absent where version 1 did not give a day):
    ///
    /// | version 1 | version 2 `events` |
    /// |---|---|
    /// | `probationary`, `admittedOn` D | `admitted` on D |
    /// | `probationary`, no `admittedOn` | `admitted`, undated |
    /// | `formal`, `admittedOn` D | `admitted` on D, then `madeFull` undated |
    /// | `formal`, no `admittedOn` | none: a formal member from before the records |
    /// | `migration` `incoming` | `admitted` on D when `admittedOn` gives D, then `migratedIn` with the status, then `enrolled`, both undated |
    /// | `migration` `outgoing` | the events above, then `migratedOut` undated, with no certificate or contact |
    ///
    /// A formal member admitted on D was made full on a day version 1 did not record; an undated
    /// event after a dated one applies from that dated event on (``Member/status(on:)``), so the
    /// member is not a member before D and formal from D, as version 1 said, and no day is invented.
    /// An incoming migrant's status comes with the arrival (`migratedIn`), so it needs no `madeFull`;
    /// version 1 put every member in an organisation, so an incoming migrant is enrolled.
    /// An organisation's `lastElection` D becomes `{"organisationID": its ID, "date": D}` in the
    /// community's `elections`, after any elections already there, with the default term and no
    /// committee members named.
    static let upgradeFromVersion1: Upgrade = { data throws(InterchangeError) in
        let document: JSONValue
        do { document = try JSONDecoder().decode(JSONValue.self, from: data) } catch {
            throw InterchangeError(.notJSON(String(describing: error)))
        }
        guard var root = document.object else { throw InterchangeError(.notADataset(found: nil)) }
        if let communities = root["communities"]?.array {
            root["communities"] = .array(communities.map(upgradeCommunity))
        }
        root["schemaVersion"] = .number(2)
        do { return try JSONEncoder().encode(JSONValue.object(root)) } catch {
            throw InterchangeError(.notEncodable(String(describing: error)))
        }
    }

    /// A version-1 community as version 2: its members' events and its organisations' elections.
    private static func upgradeCommunity(_ value: JSONValue) -> JSONValue {
        guard var community = value.object else { return value }
        if let members = community["members"]?.array {
            community["members"] = .array(members.map(upgradeMember))
        }
        if let organisations = community["organisations"]?.array {
            var elections = community["elections"]?.array ?? []
            var upgraded: [JSONValue] = []
            for organisation in organisations {
                guard var fields = organisation.object else {
                    upgraded.append(organisation)
                    continue
                }
                if let date = fields.removeValue(forKey: "lastElection"), let id = fields["id"] {
                    elections.append(.object(["organisationID": id, "date": date]))
                }
                upgraded.append(.object(fields))
            }
            community["organisations"] = .array(upgraded)
            if !elections.isEmpty { community["elections"] = .array(elections) }
        }
        return .object(community)
    }

    /// A version-1 member as version 2: `status`, `admittedOn` and `migration` as events.
    private static func upgradeMember(_ value: JSONValue) -> JSONValue {
        guard var member = value.object else { return value }
        let status = member.removeValue(forKey: "status") ?? .string(Member.Status.formal.rawValue)
        let admittedOn = member.removeValue(forKey: "admittedOn")
        let migration = member.removeValue(forKey: "migration")?.string ?? Member.Migration.none.rawValue
        func event(_ kind: MembershipEvent.Kind, on date: JSONValue? = nil, _ fields: [String: JSONValue] = [:])
            -> JSONValue
        {
            var event = fields
            event["kind"] = .string(kind.code)
            if let date { event["date"] = date }
            return .object(event)
        }
        var events: [JSONValue] = []
        let isProbationary = status.string == Member.Status.probationary.rawValue
        if migration == Member.Migration.incoming.rawValue {
            if let admittedOn { events.append(event(.admitted, on: admittedOn)) }
            events.append(event(.migratedIn(status: .formal), ["status": status]))
            events.append(event(.enrolled))
        } else if isProbationary {
            events.append(event(.admitted, on: admittedOn))
        } else if let admittedOn {
            events.append(event(.admitted, on: admittedOn))
            events.append(event(.madeFull))
        }
        if migration == Member.Migration.outgoing.rawValue {
            events.append(event(.migratedOut(certificate: nil, contact: nil)))
        }
        if !events.isEmpty { member["events"] = .array(events) }
        return .object(member)
    }
}
