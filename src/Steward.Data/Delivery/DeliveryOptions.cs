namespace Steward.Data.Delivery;

/// <summary>Settings for delivery: the publisher named in its OCDS releases and the largest attachment accepted.</summary>
public sealed record DeliveryOptions
{
    public string Publisher { get; init; } = "Steward";

    public long MaxFileBytes { get; init; } = 10L * 1024 * 1024;
}
