namespace Steward.Core.OpenBook;

/// <summary>The outcome of a <see cref="ProfitCapCheck"/>.</summary>
public enum CapStatus
{
    /// <summary>The policy is not in force on the date checked (before its start or after its end).</summary>
    NotInForce,

    /// <summary>The policy covers a different service category from the lot's.</summary>
    OtherService,

    /// <summary>The policy itself is not valid (see <see cref="ProfitCapPolicy.Validate"/>), so nothing was compared.</summary>
    PolicyInvalid,

    /// <summary>The policy applies but sets no cap (cap type None).</summary>
    NoCap,

    /// <summary>The figure is at or below the cap.</summary>
    Within,

    /// <summary>The figure is above the cap.</summary>
    Breached,

    /// <summary>The figure the cap needs cannot be computed (e.g. margin % when the price is £0).</summary>
    Unknown,
}
