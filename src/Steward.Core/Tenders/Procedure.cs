namespace Steward.Core.Tenders;

/// <summary>How the contract is awarded under PA 2023 (DESIGN.json <c>procedure</c>).</summary>
public enum Procedure
{
    /// <summary>The open procedure: one stage, any supplier may bid (s.20(2)(a)).</summary>
    Open,

    /// <summary>The competitive flexible procedure the authority designs (s.20(2)(b)); needed to reserve under s.32 or s.33.</summary>
    CompetitiveFlexible,

    /// <summary>Direct award on a ground of s.41 or s.43.</summary>
    DirectAward,

    /// <summary>A call-off under a framework (s.45, s.46).</summary>
    CallOff,
}
