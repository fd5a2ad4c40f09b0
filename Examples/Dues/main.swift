// Monthly Party dues from a member's base (党费规定 第二、五、六条): `swift run dues 6500` prints the dues of
// an after-tax monthly wage of 6500 CNY with the bracket and the clause behind it.
//
//     swift run dues 6500
//     swift run dues --pension 5200 --lang en
//     swift run dues --flat student
//     swift run dues --data Examples/Data/dues.json --from 2025-01 --through 2025-06
import Foundation
import PartyBuilding

let usage = """
    usage: dues [options] [WAGE]
      Prints the monthly Party dues of a base, with the bracket and the clause.

      WAGE                 an employed member's monthly wage after tax, in CNY (for example 6500)
      --pension AMOUNT     a retired member's monthly pension, in CNY
      --flat CATEGORY      a flat category: farmer, student, unemployed, relief, minimumAllowance
      --data FILE          list each member's arrears in an interchange JSON file instead
      --from YYYY-MM       with --data: the first month judged (default January of the last month's year)
      --through YYYY-MM    with --data: the last month judged (default December 2025)
      --lang zh|en         the language (default zh)
      --help               print this text
    """

/// Stops with a message and the usage text.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("dues: \(message)\n\n\(usage)\n".utf8))
    exit(2)
}

/// An amount of yuan read from text: digits with at most one point and two decimals.
func amount(_ text: String, for option: String) -> Money {
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
        text.filter({ $0 == "." }).count <= 1, let decimal = Decimal(string: text),
        let money = try? Money(yuan: decimal), money <= ValidationLimits.maximumAmount
    else { fail("\(option) \(text): expected an amount of CNY from 0 to \(ValidationLimits.maximumAmount)") }
    return money
}

/// The bracket that applies, as the clause words it: 3000元以上至5000元（含5000元）.
func bracketText(_ bracket: DuesSchedule.Bracket, in brackets: [DuesSchedule.Bracket], _ language: Language) -> String {
    let index = brackets.firstIndex(of: bracket) ?? 0
    let above = index > 0 ? brackets[index - 1].upTo.map { Quantity.money($0).formatted(language) } : nil
    let upTo = bracket.upTo.map { Quantity.money($0).formatted(language) }
    switch (above, upTo, language) {
    case (nil, let upTo?, .chinese): return "\(upTo)以下（含）"
    case (let above?, let upTo?, .chinese): return "\(above)以上至 \(upTo)（含）"
    case (let above?, nil, .chinese): return "\(above)以上"
    case (nil, let upTo?, .english): return "up to \(upTo) inclusive"
    case (let above?, let upTo?, .english): return "above \(above) up to \(upTo) inclusive"
    case (let above?, nil, .english): return "above \(above)"
    case (nil, nil, _): return ""
    }
}

/// A month read from `YYYY-MM`.
func month(_ text: String?, for option: String) -> CalendarMonth {
    guard let text, let month = try? CalendarMonth(iso8601: text) else { fail("\(option) needs a month, YYYY-MM") }
    return month
}

/// Prints each member's arrears over the months from `first` through `last` in a dataset file, per
/// community: the months unpaid and the amount owed (or that it cannot be computed).
func listArrears(_ path: String, from first: CalendarMonth?, through last: CalendarMonth, _ language: Language) {
    let dataset: CommunityDataset
    do {
        dataset = try CommunityDataset.read(from: URL(fileURLWithPath: path))
    } catch {
        FileHandle.standardError.write(Data("dues: \(error.description)\n".utf8))
        exit(2)
    }
    let first = first ?? (try? CalendarMonth(year: last.year, month: 1)) ?? last
    guard first <= last, let period = try? Period(from: first.firstDay, through: last.lastDay) else {
        fail("--from \(first) is after --through \(last)")
    }
    let zh = language == .chinese
    let schedule = DuesSchedule.national2008
    for community in dataset.communities {
        print(
            zh
                ? "\(community.name)（\(community.id)）\(period.formatted(language))"
                : "\(community.name) (\(community.id)), \(period.formatted(language))")
        for member in community.members {
            let ledger = DuesLedger(member, over: period, schedule: schedule)
            let unpaid = ledger.unpaid.count
            let short = ledger.underpaid.count
            guard unpaid + short > 0 else { continue }
            // What can be computed is summed; a month with no base on record is counted, never taken as 0.
            var owedFen: Int64 = 0
            var uncomputable = 0
            for month in ledger.months where !month.isPaid || month.isUnderpaid {
                if let due = month.owed { owedFen += (due - month.paid).fen } else { uncomputable += 1 }
            }
            let owed = Quantity.money(Money(fen: owedFen)).formatted(language)
            let months = Quantity.count(unpaid, .months).formatted(language)
            var line =
                zh
                ? "  \(member.name)（\(member.id)）：未交 \(months)，少交 \(short) 个月，欠交党费 \(owed)"
                : "  \(member.name) (\(member.id)): \(months) unpaid, \(short) paid short, owes \(owed)"
            if uncomputable > 0 {
                let count = Quantity.count(uncomputable, .months).formatted(language)
                line += zh ? "，另有 \(count)无交纳基数，无法计算" : ", and \(count) with no base on record that cannot be computed"
            }
            print(line)
        }
    }
}

var base: DuesBase?
var language = Language.chinese
var dataPath: String?
var firstMonth: CalendarMonth?
var lastMonth = month("2025-12", for: "--through")
var arguments = CommandLine.arguments.dropFirst()[...]
while let argument = arguments.popFirst() {
    switch argument {
    case "--help", "-h":
        print(usage)
        exit(0)
    case "--pension":
        guard let text = arguments.popFirst() else { fail("--pension needs an amount") }
        base = .pension(amount(text, for: "--pension"))
    case "--flat":
        guard let text = arguments.popFirst(), let category = DuesBase.FlatCategory(rawValue: text) else {
            fail("--flat needs one of \(DuesBase.FlatCategory.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        base = .flat(category)
    case "--data":
        guard let path = arguments.popFirst() else { fail("--data needs a file") }
        dataPath = path
    case "--from": firstMonth = month(arguments.popFirst(), for: "--from")
    case "--through": lastMonth = month(arguments.popFirst(), for: "--through")
    case "--lang":
        switch arguments.popFirst() {
        case "zh": language = .chinese
        case "en": language = .english
        default: fail("--lang needs zh or en")
        }
    case let text where !text.hasPrefix("-"):
        base = .wage(amount(text, for: "WAGE"))
    default:
        fail("unknown option \(argument)")
    }
}
if let dataPath {
    listArrears(dataPath, from: firstMonth, through: lastMonth, language)
    exit(0)
}
guard let base else { fail("give a wage, --pension or --flat") }

let schedule = DuesSchedule.national2008
let dues = schedule.dues(for: base)
let zh = language == .chinese
let owed = Quantity.money(dues.amount).formatted(language)
let clause: Citation
switch base {
case .wage(let wage), .pension(let wage):
    let isWage = if case .wage = base { true } else { false }
    clause = isWage ? NAT.Clauses.duesEmployed : NAT.Clauses.duesRetired
    let brackets = isWage ? schedule.wageBrackets : schedule.pensionBrackets
    let bracket = dues.bracket.map { bracketText($0, in: brackets, language) } ?? ""
    let rate = Quantity.share(dues.bracket?.rate ?? .one).formatted(language)
    let shown = Quantity.money(wage).formatted(language)
    switch (isWage, zh) {
    case (true, true): print("税后月工资收入 \(shown)，属 \(bracket)一档，按 \(rate) 交纳，每月党费 \(owed)")
    case (false, true): print("月离退休费 \(shown)，属 \(bracket)一档，按 \(rate) 交纳，每月党费 \(owed)")
    case (true, false): print("After-tax monthly wage \(shown) (\(bracket)): \(rate), monthly dues \(owed)")
    case (false, false): print("Monthly pension \(shown) (\(bracket)): \(rate), monthly dues \(owed)")
    }
case .flat:
    clause = NAT.Clauses.duesFlat
    let most = dues.maximum.map { Quantity.money($0).formatted(language) }
    let shown = most.map { zh ? "\(owed)至 \($0)" : "\(owed) to \($0)" } ?? owed
    print(zh ? "每月交纳党费 \(shown)" : "Monthly dues: \(shown)")
}
print("← \(clause.reference(language))\(zh ? "：" : ": ")\(clause.wording)")
