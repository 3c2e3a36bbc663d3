namespace Steward.Core.Analytics.Flags;

/// <summary>The flags as one row each, and the indicators' coverage as a second table.</summary>
public static class FlagTable
{
    public static ReportTable Flags(IReadOnlyList<RedFlag> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        return new ReportTable("flags", ["code", "indicator", "subject", "ocid", "buyerId", "organisationId", "value", "reason"],
            flags.Select(f => (IReadOnlyList<object?>)[f.Code, f.Indicator, f.Subject, f.Ocid, f.BuyerId, f.OrganisationId, f.Value, f.Reason]));
    }

    public static ReportTable Coverage(IReadOnlyList<IndicatorSummary> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        return new ReportTable("indicators", ["code", "indicator", "subject", "eligible", "withData", "flagged", "fenceValues", "q1", "q3", "fence", "fenceKind", "rule"],
            indicators.Select(i => (IReadOnlyList<object?>)
            [
                i.Code, i.Indicator, i.Subject, i.Eligible, i.WithData, i.Flagged, i.Fence?.Values, i.Fence?.Q1, i.Fence?.Q3, i.Fence?.Fence, i.Fence?.Kind, i.Rule,
            ]));
    }
}
