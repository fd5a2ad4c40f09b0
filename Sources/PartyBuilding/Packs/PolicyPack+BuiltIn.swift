extension PolicyPack {
    /// Every pack the library ships, in the order an audit applies them: ``suzhou2011`` and ``national``, which together give one report.
    /// Programs that should follow the library as packs are added (benchmarks, examples) use this list.
    public static let builtIn: [PolicyPack] = [.suzhou2011, .national]
}
