namespace Steward.Core.SocialValue.Delivery;

/// <summary>Where a delivery report stands: only <see cref="Verified"/> reports count as delivered.</summary>
public enum ReportStatus
{
    Submitted,
    Verified,
    Queried,
    Rejected,
}
