namespace Steward.Core.SocialValue.Delivery;

/// <summary>Why a report was not counted, or counted only in its version's history: a stable <see cref="Code"/> and a sentence.</summary>
public sealed record DeliveryFlag(string Code, string Message, DeliveryReport? Report = null)
{
    public const string UnitMismatch = "UNIT_MISMATCH";

    public const string OutsidePeriod = "OUTSIDE_KPI_PERIOD";

    public const string BeforeInForce = "BEFORE_KPI_IN_FORCE";

    public const string UnitChanged = "UNIT_CHANGED";

    public const string ValueOutOfRange = "VALUE_OUT_OF_RANGE";
}
