using System.Globalization;
using Steward.Core.Analytics.Buyers;
using Steward.Core.Analytics.Markets;

namespace Steward.Cli;

/// <summary>
/// What each report rests on, written to standard error: how much of the data had the fields a figure needs, and
/// which figures the data could not give at all (they are null in the output, never zero).
/// </summary>
internal static class ReportCoverageText
{
    public static void Buyers(BuyerReportResult result, IReadOnlySet<string>? verifiedMission, TextWriter error)
    {
        var c = result.Coverage;
        error.WriteLine(Text($"steward report buyers: {result.Buyers.Count:N0} buyers; {c.ProcessesRead:N0} processes read, {c.ProcessesInWindow:N0} first published in the window, {c.ProcessesWithoutBuyer:N0} without a buyer (left out), {c.ProcessesUndated:N0} without any date"));
        if (c.ProcessesRead == 0)
        {
            error.WriteLine(EmptyStore);
            return;
        }

        var buyers = result.Buyers;
        error.WriteLine(Text($"  left out: {c.Duplicates:N0} processes repeating another notice (counted once, under it); {c.NotUk:N0} published outside the UK (--publishers all counts them)"));
        error.WriteLine(Text($"  frameworks and dynamic markets: {buyers.Sum(b => b.Frameworks.Processes):N0} processes with {buyers.Sum(b => b.Frameworks.Awards):N0} places; their ceilings are frameworkCeiling, never in awardValue"));
        var awards = buyers.Sum(b => b.Awards);
        Line(error, "award values", buyers.Sum(b => b.Coverage.AwardsValued), awards, "counted awards have a value (GBP or none, above 1)");
        Line(error, "suppliers", buyers.Sum(b => b.Coverage.AwardsWithSuppliers), buyers.Sum(b => b.Coverage.AwardsValued), "valued awards list their suppliers");
        Line(error, "bid counts", buyers.Sum(b => b.Coverage.LotsWithBidCounts), buyers.Sum(b => b.CompetedLots), "competed lots say how many bids they received");
        Line(error, "award criteria", buyers.Sum(b => b.SocialValue.ProcessesWithCriteria), buyers.Sum(b => b.Processes), "processes publish award criteria");
        Line(error, "days to award", buyers.Sum(b => b.Coverage.AwardsWithDaysToAward), awards, "counted awards are dated on or after their tender deadline");
        error.WriteLine(verifiedMission is null
            ? "  register share: the supplier register has no profile linked to a published organisation; registerShare is null for every buyer"
            : Text($"  register share: {verifiedMission.Count:N0} suppliers the register verifies as social enterprises or VCSEs; a supplier without a profile counts as not verified"));
    }

    public static void Markets(MarketReportResult result, TextWriter error)
    {
        var c = result.Coverage;
        var markets = result.Markets;
        if (c.ProcessesRead == 0)
        {
            error.WriteLine(EmptyStore);
            return;
        }

        error.WriteLine(Text($"steward report markets: {markets.Count:N0} market-years from {c.ProcessesRead:N0} processes; {c.AwardsUndated:N0} counted awards without any date left out; {c.ProcessesUnclassified:N0} processes without a CPV code (market 'unclassified'), {c.ProcessesWithoutRegion:N0} without a UK region (region 'unknown')"));
        error.WriteLine(Text($"  left out: {c.ProcessesExcluded:N0} processes repeating another notice or published outside the UK; {c.FrameworkAwards:N0} awards of frameworks and dynamic markets (ceilings, not spend)"));
        var awards = markets.Sum(m => m.Awards);
        Line(error, "award values", markets.Sum(m => m.AwardsValued), awards, "counted awards have a value (GBP or none, above 1)");
        var value = markets.Sum(m => m.Value);
        error.WriteLine(value == 0
            ? "  concentration: no valued award names a supplier Steward could identify; HHI and top-4 share are null"
            : Text($"  concentration: HHI and top-4 share rest on {markets.Sum(m => m.AttributedValue) / value:P1} of the value, the part whose suppliers Steward identified"));
        if (markets.All(m => m.Entries is null))
        {
            error.WriteLine("  entries and exits: the store holds no two consecutive years of awards; they are null");
        }
    }

    /// <summary>Said when the store holds nothing, so that an empty report is not taken for a finding.</summary>
    public const string EmptyStore = "  the store holds no processes: import some first (steward import FILE, steward fetch, or steward demo)";

    private static void Line(TextWriter error, string what, int have, int of, string says)
    {
        error.WriteLine(have == 0
            ? Text($"  {what}: none of {of:N0} — the figures that need it are null, not zero")
            : Text($"  {what}: {have:N0} of {of:N0} {says} ({100.0 * have / Math.Max(of, 1):0.#}%)"));
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
