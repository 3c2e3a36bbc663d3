namespace Steward.Core.Analytics.Flags;

/// <summary>The conditions several Cardinal indicators share (docs/indicators.md, "Red flags").</summary>
public static class BidRules
{
    /// <summary>
    /// The process's awards are final: it has awards and bid details, and every award with a status is active,
    /// cancelled or unsuccessful (a pending award leaves the result open).
    /// </summary>
    public static bool AwardsFinal(ProcessView process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return process.Awards.Count > 0 && process.Bids.Count > 0 &&
               process.Awards.All(a => a.Status is null or "active" or "cancelled" or "unsuccessful");
    }

    public static IEnumerable<AwardView> Active(ProcessView process) => process.Awards.Where(a => a.Status == "active");

    /// <summary>The one supplier of the process's one active award, when it has exactly one of each.</summary>
    public static string? SoleWinner(ProcessView process)
    {
        var active = Active(process).Take(2).ToList();
        return active.Count == 1 && active[0].SupplierCount == 1 && active[0].Suppliers.Count == 1 ? active[0].Suppliers[0].OrganisationId : null;
    }

    /// <summary>Prices can be compared in the process's procedure (by <c>procurementMethodDetails</c>, as configured).</summary>
    public static bool PriceComparable(ProcessView process, FlagSettings settings)
    {
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(settings);
        var details = process.ProcurementMethodDetails;
        if (settings.PriceComparisonMethodDetails.Count > 0)
        {
            return details is not null && settings.PriceComparisonMethodDetails.Contains(details, StringComparer.Ordinal);
        }

        return details is null || !settings.NoPriceComparisonMethodDetails.Contains(details, StringComparer.Ordinal);
    }

    /// <summary>The bid has one tenderer that Steward resolved, and an amount in the settings' currency.</summary>
    public static bool SinglePriced(BidView bid, FlagSettings settings)
    {
        ArgumentNullException.ThrowIfNull(bid);
        ArgumentNullException.ThrowIfNull(settings);
        return bid.TendererCount == 1 && bid.Tenderers.Count == 1 && bid.Value is not null &&
               string.Equals(bid.Currency, settings.Currency, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The relative gap between the winner's lowest valid bid and the lowest valid bid of anyone else, (second −
    /// winner) / winner: the measure of R024 and R058. Null unless the process has a sole winner, its awards are
    /// final, prices are comparable and both bids exist with the winner's the lower.
    /// </summary>
    public static (double Ratio, string Winner, string Second, double WinnerAmount, double SecondAmount)? SecondLowestGap(ProcessView process, FlagSettings settings)
    {
        if (!PriceComparable(process, settings) || !AwardsFinal(process) || SoleWinner(process) is not { } winner)
        {
            return null;
        }

        BidView? winning = null, second = null;
        foreach (var bid in process.Bids.Where(b => BidCounts.IsValid(b) && SinglePriced(b, settings)))
        {
            if (bid.Tenderers[0] == winner)
            {
                winning = winning is null || bid.Value < winning.Value ? bid : winning;
            }
            else
            {
                second = second is null || bid.Value < second.Value ? bid : second;
            }
        }

        if (winning is null || second is null || winning.Value <= 0 || second.Value < winning.Value)
        {
            return null;
        }

        return ((second.Value!.Value - winning.Value!.Value) / winning.Value.Value, winner, second.Tenderers[0], winning.Value.Value, second.Value.Value);
    }
}
