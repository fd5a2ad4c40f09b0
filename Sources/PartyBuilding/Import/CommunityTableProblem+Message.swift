extension CommunityTableProblem {
    /// The problem as a sentence: where it is, then what is wrong.
    ///
    /// Chinese: `district.csv 第 3 行“户数”列的值“-2145”不能为负数`;
    /// English: `district.csv, line 3, column 户数, value "-2145": must not be negative`.
    public func message(_ language: Language) -> String {
        switch language {
        case .chinese:
            var text = source
            if let line { text += " 第 \(line) 行" }
            if let column { text += "“\(column)”列" }
            if let value { text += "的值“\(value)”" }
            if line == nil && column == nil && value == nil { text += "：" }
            return text + reason.chinese
        case .english:
            var text = source
            if let line { text += ", line \(line)" }
            if let column { text += ", column \(column)" }
            if let value { text += ", value \"\(value)\"" }
            return text + ": " + reason.english
        }
    }
}

extension CommunityTableProblem.Reason {
    var chinese: String {
        switch self {
        case .fileNotFound: "文件不存在"
        case .fileNotReadable: "文件无法读取（没有读取权限，或不是普通文件）"
        case .notText(.automatic): "既不是 UTF-8 也不是 GB18030 编码的文本"
        case .notText(.utf8): "不是 UTF-8 编码的文本"
        case .notText(.gb18030): "不是 GB18030 编码的文本"
        case .emptyFile: "文件为空，没有表头"
        case .unclosedQuote: "的引号没有闭合"
        case .textAfterQuote: "的引号闭合后还有文字"
        case .wrongCellCount(let found, let expected): "有 \(found) 个单元格，而表头有 \(expected) 列"
        case .unknownColumn:
            "不是可用的列；可用的列为" + CommunityTable.Column.allCases.map(\.chineseName).joined(separator: "、")
        case .duplicateColumn: "重复出现"
        case .missingColumn: "是必需的列，但表头中没有"
        case .empty: "不能为空"
        case .duplicateID: "与前面某行的编号重复"
        case .notANumber: "不是数字"
        case .notWhole: "不是整数"
        case .negative: "不能为负数"
        case .tooManyDecimals(let allowed): "的小数超过 \(allowed) 位"
        case .tooPreciseForWan: "以“万”为单位，小数超过 4 位（换算后须为整数单位）"
        case .tooLarge: "过大"
        case .unexpectedUnit(let unit, let accepted):
            accepted.isEmpty
                ? "带有单位“\(unit)”，该列不接受单位"
                : "带有单位“\(unit)”，该列只接受" + accepted.map { "“\($0)”" }.joined(separator: "、")
        case .notOneOf(let words): "不是可用的值；可用的值为" + words.joined(separator: "、")
        case .notADate: "不是 YYYY-MM-DD 格式的日期"
        case .requiredBy(let column): "不能为空，因为填写了“\(column)”"
        case .before(let column): "早于“\(column)”"
        case .exceeds(let column): "超过了它所属的“\(column)”"
        case .totalDiffersFromSources(let sum): "与各来源之和 \(sum) 不符"
        case .incompleteException(let missing):
            "是例外的一部分，但缺少" + missing.map { "“\($0)”" }.joined(separator: "、") + "（例外规则、理由、批准人和批准日期须一起填写）"
        case .unknownRule(let rule): "中的规则“\(rule)”不存在"
        case .invalidRecord(let reason): "所在的记录有误：\(reason)"
        }
    }

    var english: String {
        switch self {
        case .fileNotFound: "the file does not exist"
        case .fileNotReadable: "the file cannot be read (no permission, or not a regular file)"
        case .notText(.automatic): "the bytes are neither UTF-8 nor GB18030 text"
        case .notText(.utf8): "the bytes are not UTF-8 text"
        case .notText(.gb18030): "the bytes are not GB18030 text"
        case .emptyFile: "the file is empty; it has no header"
        case .unclosedQuote: "a quoted cell is not closed"
        case .textAfterQuote: "text follows a closing quote"
        case .wrongCellCount(let found, let expected): "the row has \(found) cells; the header has \(expected)"
        case .unknownColumn:
            "unknown column; the columns are " + CommunityTable.Column.allCases.map(\.rawValue).joined(separator: ", ")
        case .duplicateColumn: "the column appears twice"
        case .missingColumn: "the column is required"
        case .empty: "must not be empty"
        case .duplicateID: "the id appears on an earlier row"
        case .notANumber: "not a number"
        case .notWhole: "not a whole number"
        case .negative: "must not be negative"
        case .tooManyDecimals(let allowed): "has more than \(allowed) decimals"
        case .tooPreciseForWan: "has more than 4 decimals in 万, which would not be a whole unit"
        case .tooLarge: "too large"
        case .unexpectedUnit(let unit, let accepted):
            accepted.isEmpty
                ? "has the unit \(unit); the column takes none"
                : "has the unit \(unit); the column takes " + accepted.joined(separator: ", ")
        case .notOneOf(let words): "use " + words.joined(separator: ", ")
        case .notADate: "not a date of the form YYYY-MM-DD"
        case .requiredBy(let column): "must be filled when \(column) is"
        case .before(let column): "is before \(column)"
        case .exceeds(let column): "exceeds \(column), of which it is part"
        case .totalDiffersFromSources(let sum): "differs from the sum of its sources, \(sum)"
        case .incompleteException(let missing):
            "is part of an exception without " + missing.joined(separator: ", ")
                + " (rules, reason, approver and approval date go together)"
        case .unknownRule(let rule): "names the rule \(rule), which no pack has"
        case .invalidRecord(let reason): "the record cannot be right: \(reason)"
        }
    }
}
