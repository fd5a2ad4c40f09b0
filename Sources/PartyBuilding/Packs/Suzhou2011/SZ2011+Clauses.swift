extension SZ2011 {
    /// The clauses of the opinion the pack encodes, each quoted once, in the original Chinese: a rule
    /// cites its clause, and each figure (``Parameter``) cites the clause it comes from.
    public enum Clauses {
        /// `SZ2011.3.general-branch` (art. 3).
        public static let generalBranch = article(3, "对正式党员人数超过50人或100人的，可以成立社区党总支或党委")
        /// `SZ2011.3.resettlement` (art. 3).
        public static let resettlement = article(
            3, "对规模超过3000户（10000人左右）的集中安置居住区，设立社区党组织和社区管理服务中心，按照“一区多居”管理模式，下设若干居民委员会，并根据党员情况，及时设立与居民委员会相对应的党组织")
        /// `SZ2011.3.branch-sizing` (art. 3).
        public static let branchSizing = article(3, "社区党总支（党委）根据社区区域和党员数量、职业、分布等情况，以合适的规模合理设置社区党支部")
        /// `SZ2011.3.two-new-coverage` (art. 3).
        public static let twoNewCoverage = article(3, "加强社区内非公有制经济组织、社会组织党组织组建工作")
        /// `SZ2011.5.coordination` (art. 5).
        public static let coordination = article(5, "建立健全社区党组织、社区居民委员会、业主委员会和物业服务企业协调机制")
        /// `SZ2011.8.recruitment` (art. 8).
        public static let recruitment = article(8, "从2011年起，社区工作者招录工作逐步由各县级市、区统一组织实施")
        /// `SZ2011.8.dual-report` (art. 8).
        public static let dualReport = article(8, "推行社区党组织书记向街道党工委和党员群众双向述职制度")
        /// `SZ2011.15.one-stop` (art. 15).
        public static let oneStop = article(15, "城市社区党组织书记要带头进驻“一站式”大厅，实行挂牌上岗")
        /// `SZ2011.18.funds-follow-tasks` (art. 18).
        public static let fundsFollowTasks = article(18, "上级单位委托社区承办的事项，要按照“权随责走、费随事转”的原则，拨付相应的工作经费")
        /// `SZ2011.19.office-share` (art. 19).
        public static let officeShare = article(19, "其中，要注意安排一定比例作为党组织办公经费")
        /// `SZ2011.19.disclosure` (art. 19).
        public static let disclosure = article(19, "建立党组织办公和活动经费在一定范围内公示或通报制度")
        /// `SZ2011.21.e-ledger` (art. 21).
        public static let electronicLedger = article(21, "全面推进社区内部管理电子化，建立党建工作电子台账制度")
        /// `SZ2011.13.dues` (art. 13).
        public static let dues = article(13, "按照党费收缴管理办法，及时足额交纳党费")
        /// `SZ2011.6.age-structure` (art. 6).
        public static let ageStructure = article(6, "形成一支以40岁左右人员为主体，年龄梯次结构合理的社区工作者队伍")
        /// `SZ2011.6.graduate` (art. 6).
        public static let graduate = article(6, "健全“一社区一名大学生”工作长效机制")
        /// `SZ2011.6.one-shoulder` (art. 6).
        public static let oneShoulder = article(6, "提倡社区党组织书记、居民委员会主任“一肩挑”")
        /// `SZ2011.7.degree` (art. 7).
        public static let degree = article(7, "鼓励年龄在40周岁以下的社区工作者参加本科以上学历教育")
        /// `SZ2011.7.key-role-training` (art. 7).
        public static let keyRoleTraining = article(7, "社区党组织书记、居民委员会主任、工作站站长每年至少参加一次县级市、区或以上的集中培训，累计集中培训时间不少于7天")
        /// `SZ2011.7.other-training` (art. 7).
        public static let otherTraining = article(7, "其他社区工作者每年至少参加一次街道或以上的集中培训，时间不少于5天")
        /// `SZ2011.7.rotation` (art. 7).
        public static let rotation = article(7, "每三年对社区工作者轮训一遍")
        /// `SZ2011.7.secretary-quals-trend` (art. 7).
        public static let secretaryQualificationsTrend = article(7, "逐年提高社区党组织书记中具有大专以上学历和持有国家《社会工作者职业水平证书》的比例")
        /// `SZ2011.8.certificate` (art. 8).
        public static let certificate = article(8, "到2015年，45岁以下的社区工作者均须取得国家《社会工作者职业水平证书》")
        /// `SZ2011.9.secretary-pay` (art. 9).
        public static let secretaryPay = article(9, "其中社区党组织书记待遇原则上不低于上年度当地城镇职工平均工资水平的1.2倍")
        /// `SZ2011.9.staff-pay` (art. 9).
        public static let staffPay = article(9, "社区党组织、居民委员会、工作站专职人员总体待遇原则上不低于上年度当地城镇职工平均工资水平")
        /// `SZ2011.11.consultations` (art. 11).
        public static let consultations = article(11, "社区党组织每年召开4次以上征求群众意见座谈会")
        /// `SZ2011.11.reception-day` (art. 11).
        public static let receptionDay = article(11, "社区党组织书记每周固定一天接待群众来访")
        /// `SZ2011.12.dual-management` (art. 12).
        public static let dualManagement = article(12, "对党组织关系不在居住地社区的在职党员，要实行社区党组织和单位党组织“双重管理”")
        /// `SZ2011.12.migrant-enrolment` (art. 12).
        public static let migrantEnrolment = article(12, "对居住或工作在本社区的外来流动党员……及时把他们编入相应的党组织")
        /// `SZ2011.13.outgoing-migrant` (art. 13).
        public static let outgoingMigrant = article(13, "对外出务工经商的党员，要及时开具流动党员活动证……并指定专人加强与他们的联系")
        /// `SZ2011.13.immobile` (art. 13).
        public static let immobile = article(13, "对行动不便的党员，社区党组织应定期派人向他们传达有关精神")
        /// `SZ2011.13.points` (art. 13).
        public static let points = article(13, "积极探索对党员参加教育培训和党组织活动实行积分制考核工作")
        /// `SZ2011.15.existing-shortfall` (art. 15).
        public static let existingShortfall = article(15, "已建而未达到要求的逐步建设到位")
        /// `SZ2011.15.party-share` (art. 15).
        public static let partyShare = article(15, "要将不少于三分之一的面积规划用于党组织和党员活动")
        /// `SZ2011.15.service-space` (art. 15).
        public static let serviceSpace = article(15, "社区服务用房面积按不低于社区住宅地面建筑面积的3%规划建设")
        /// `SZ2011.15.work-space` (art. 15).
        public static let workSpace = article(15, "其中工作活动用房按0.5%进行配置")
        /// `SZ2011.19.activity-fund` (art. 19).
        public static let activityFund = article(
            19, "社区党组织活动经费，自2011年起原则上按党的组织关系隶属于社区党组织的每名党员每年不低于150元的标准划拨，少于100名党员的社区按不低于1.5万元划拨")
        /// `SZ2011.19.cost-split` (art. 19).
        public static let costSplit = article(19, "平江区、沧浪区、金阊区所需经费由市和三个城区按现行财政体制分级承担，其中市本级财政承担30%，三个城区财政承担70%")
        /// `SZ2011.19.work-fund` (art. 19).
        public static let workFund = article(19, "社区工作经费按不低于20元/人·年的标准核拨")

        // MARK: Meetings

        /// `SZ2011.13.three-meetings` (art. 13).
        public static let threeMeetings = article(13, "严格执行“三会一课”和民主评议党员制度")
        /// `SZ2011.13.leave` (art. 13).
        public static let leave = article(13, "有特殊情况不能参加的，必须向党组织请假")
        /// `SZ2011.17.joint-meeting` (art. 17).
        public static let jointMeeting = article(17, "建立健全党建工作联席会议制度")
    }
}
