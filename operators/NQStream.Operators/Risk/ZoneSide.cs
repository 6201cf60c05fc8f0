namespace NQStream.Operators.Risk;

/// <summary>Where a battle zone's centre lies relative to F.</summary>
public enum ZoneSide
{
    /// <summary>Centre above F.</summary>
    Above,

    /// <summary>Centre below F.</summary>
    Below,

    /// <summary>Centre at F: hedge direction h = 0.</summary>
    AtMoney,
}
