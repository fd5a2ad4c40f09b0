extension PolicyPack {
    /// Every pack the library ships: the built-in ones (``builtIn``), then the local packs a caller
    /// adds to them: the street's joint meetings (``street``), 涪城区's (``mianyang``) and the 东关
    /// practice (``dongguan``). The rule catalog (`swift run audit --rules`) lists them all.
    public static let catalog: [PolicyPack] = builtIn + [.street, .mianyang, .dongguan]
}
