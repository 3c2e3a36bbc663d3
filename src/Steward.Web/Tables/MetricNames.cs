namespace Steward.Web.Tables;

/// <summary>The buyer benchmark figures (PeerComparison.Metrics) in words, and how each is shown.</summary>
public static class MetricNames
{
    private static readonly Dictionary<string, (string Label, ColumnFormat Format)> Metrics = new(StringComparer.Ordinal)
    {
        ["processes"] = ("Processes", ColumnFormat.Number),
        ["awardValue"] = ("Value awarded", ColumnFormat.Money),
        ["smeShare"] = ("Share to SMEs", ColumnFormat.Percent),
        ["vcseShare"] = ("Share to VCSEs", ColumnFormat.Percent),
        ["directAwardShare"] = ("Direct awards", ColumnFormat.Percent),
        ["bidsPerCompetedLot"] = ("Bids per competed lot", ColumnFormat.Number),
        ["singleBidShare"] = ("Lots with a single bid", ColumnFormat.Percent),
        ["socialValueShare"] = ("Processes weighting social value", ColumnFormat.Percent),
        ["medianDaysToAward"] = ("Median days to award", ColumnFormat.Number),
    };

    public static string Label(string metric) => Metrics.TryGetValue(metric, out var m) ? m.Label : metric;

    public static ColumnFormat Format(string metric) => Metrics.TryGetValue(metric, out var m) ? m.Format : ColumnFormat.Number;
}
