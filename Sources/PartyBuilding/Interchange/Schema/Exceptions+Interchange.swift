// Approved exceptions to rules, and the records they are about, in the interchange format.

extension RuleException: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var ruleID: RuleID?
        var subject: Subject?
        var reason: String?
        var approver: String?
        var approvedOn: CalendarDate?
        var validUntil: CalendarDate?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "ruleID": try reader.readRequired(&ruleID)
            case "subject": try reader.read(&subject)
            case "reason": try reader.readRequired(&reason)
            case "approver": try reader.readRequired(&approver)
            case "approvedOn": try reader.readRequired(&approvedOn)
            case "validUntil": try reader.read(&validUntil)
            default: try reader.skipValue()
            }
        }
        guard let ruleID else { throw .missing("ruleID", at: start) }
        guard let reason else { throw .missing("reason", at: start) }
        guard let approver else { throw .missing("approver", at: start) }
        guard let approvedOn else { throw .missing("approvedOn", at: start) }
        self.init(
            ruleID: ruleID, subject: subject, reason: reason, approver: approver, approvedOn: approvedOn,
            validUntil: validUntil)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("approvedOn", approvedOn)
        writer.field("approver", approver)
        writer.field("reason", reason)
        writer.field("ruleID", ruleID)
        writer.field("subject", subject)
        writer.field("validUntil", validUntil)
        writer.endObject()
    }
}

extension Subject: InterchangeReadable, InterchangeWritable {
    /// The keys that name a subject's kind, in the order its `Decodable` conformance lists them.
    private enum Kind: String, CaseIterable {
        case community, organisation, worker, member, residentsCommittee, partyGroup, applicant, portfolio
    }

    /// Why an object with none or several of the kinds' keys is not a subject, in the words of
    /// `KeyedDecodingContainer.onlyKey(of:among:at:)`.
    private static let notOneKind: String = {
        let names = Kind.allCases.map(\.rawValue)
        return "a subject is an object with exactly one key: " + names.dropLast().joined(separator: ", ") + " or "
            + names[names.count - 1]
    }()

    /// Reads an object with one key naming the subject's kind. As in the `Decodable` conformance,
    /// keys that name no kind are skipped, and the count of kinds is checked before the value: a
    /// wrong value under the one kind is reported after the object, and not at all when there are
    /// several kinds.
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var kinds: [Kind] = []
        var value: Result<Subject, ReadFailure>?
        try reader.readObject { reader, key throws(ReadFailure) in
            guard let kind = Kind(rawValue: key.text), !kinds.contains(kind) else { return try reader.skipValue() }
            kinds.append(kind)
            guard kinds.count == 1 else { return try reader.skipValue() }
            do throws(ReadFailure) {
                value = .success(try Self(kind, reading: &reader))
            } catch  where !error.isSyntax {
                value = .failure(error.inside(.key(key.text)))
            }
        }
        guard kinds.count == 1, let value else { throw .invalid(Self.notOneKind, at: start) }
        self = try value.get()
    }

    /// Reads the value under the key of `kind`.
    private init(_ kind: Kind, reading reader: inout JSONReader) throws(ReadFailure) {
        switch kind {
        case .community: self = .community(try CommunityID(reading: &reader))
        case .organisation: self = .organisation(try OrganisationID(reading: &reader))
        case .worker: self = .worker(try WorkerID(reading: &reader))
        case .member: self = .member(try MemberID(reading: &reader))
        case .residentsCommittee: self = .residentsCommittee(try ResidentsCommitteeID(reading: &reader))
        case .partyGroup: self = .partyGroup(try PartyGroupID(reading: &reader))
        case .applicant: self = .applicant(try ApplicantID(reading: &reader))
        case .portfolio:
            let start = reader.offset
            guard try reader.readBool() else { throw .invalid(Self.portfolioMustBeTrue, at: start) }
            self = .portfolio
        }
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        switch self {
        case .community(let id): writer.field("community", id)
        case .organisation(let id): writer.field("organisation", id)
        case .worker(let id): writer.field("worker", id)
        case .member(let id): writer.field("member", id)
        case .residentsCommittee(let id): writer.field("residentsCommittee", id)
        case .partyGroup(let id): writer.field("partyGroup", id)
        case .applicant(let id): writer.field("applicant", id)
        case .portfolio: writer.field("portfolio", true)
        }
        writer.endObject()
    }
}
