// A community's fund grants and its plan to bring the service space up to the ratios, in the
// interchange format.

extension FundGrant.Purpose: InterchangeCode {}

extension FundGrant.Source: InterchangeCode {}

extension FundGrant: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var year: Int?
        var purpose: Purpose?
        var source: Source?
        var amount: Money?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "year": try reader.readRequired(&year)
            case "purpose": try reader.readRequired(&purpose)
            case "source": try reader.readRequired(&source)
            case "amount": try reader.readRequired(&amount)
            default: try reader.skipValue()
            }
        }
        guard let year else { throw .missing("year", at: start) }
        guard let purpose else { throw .missing("purpose", at: start) }
        guard let source else { throw .missing("source", at: start) }
        guard let amount else { throw .missing("amount", at: start) }
        self.init(year: year, purpose: purpose, source: source, amount: amount)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("amount", amount)
        writer.field("purpose", purpose)
        writer.field("source", source)
        writer.field("year", year)
        writer.endObject()
    }
}

extension RemediationPlan: InterchangeReadable, InterchangeWritable {
    init(reading reader: inout JSONReader) throws(ReadFailure) {
        let start = reader.offset
        var summary: String?
        var targetDate: CalendarDate?
        var approver: String?
        try reader.readObject { reader, key throws(ReadFailure) in
            switch key {
            case "summary": try reader.readRequired(&summary)
            case "targetDate": try reader.readRequired(&targetDate)
            case "approver": try reader.readRequired(&approver)
            default: try reader.skipValue()
            }
        }
        guard let summary else { throw .missing("summary", at: start) }
        guard let targetDate else { throw .missing("targetDate", at: start) }
        guard let approver else { throw .missing("approver", at: start) }
        self.init(summary: summary, targetDate: targetDate, approver: approver)
    }

    func write(to writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("approver", approver)
        writer.field("summary", summary)
        writer.field("targetDate", targetDate)
        writer.endObject()
    }
}
