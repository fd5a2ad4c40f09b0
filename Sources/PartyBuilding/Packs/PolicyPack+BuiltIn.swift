extension PolicyPack {
    /// Every pack the library ships, in the order an audit applies them: today ``suzhou2011``.
    /// Programs that should follow the library as packs are added (benchmarks, examples) use this list.
    public static let builtIn: [PolicyPack] = [.suzhou2011]
}
