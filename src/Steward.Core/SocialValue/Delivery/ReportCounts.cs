namespace Steward.Core.SocialValue.Delivery;

/// <summary>How many reports a KPI has in each state, as of the day assessed.</summary>
public sealed record ReportCounts(int Submitted, int Verified, int Queried, int Rejected)
{
    public int Total => Submitted + Verified + Queried + Rejected;
}
