namespace Steward.Core.Tenders;

/// <summary>What a procurement buys, for the Sch. 1 threshold and the s.54 minimum tendering period (DESIGN.json <c>contractType</c>).</summary>
public enum ContractType
{
    Goods,
    Services,
    Works,

    /// <summary>Light touch services (PA 2023 s.9; Procurement Regulations 2024 Sch 1): a higher threshold and no minimum tendering period.</summary>
    LightTouch,
}
