extension PolicyPack {
    /// Every pack the library ships: the built-in ones (``builtIn``), then the local packs a caller
    /// adds to them: 泰安's decision chain and mediation network (``taian``), the four-level grid
    /// (``grid``), the street's joint meetings (``street``), 涪城区's (``mianyang``) and the 东关
    /// practice and indicators (``dongguan``). The rule catalog (`swift run audit --rules`) lists them
    /// all.
    public static let catalog: [PolicyPack] = builtIn + [.taian, .grid, .street, .mianyang, .dongguan]
}
