namespace Steward.Core.Analytics.Buyers;

/// <summary>
/// Sets each buyer against its peers (docs/indicators.md, "Peer comparison"): buyers of the same type (UK_CA_TYPE
/// or TED_CA_TYPE) across the UK, and of the same type in the same first-level region. For each figure the
/// buyer's percentile is the mid-rank percentile among the peers that have that figure; peers are buyers with at
/// least the minimum number of processes, so one-off buyers do not skew the distribution, and a group of fewer than
/// the minimum number of buyers is no comparison at all (its standing is null). Types are Steward's vocabulary
/// (<see cref="Processes.BuyerKinds"/>), so buyers of every publisher compare.
/// </summary>
public static class PeerComparison
{
    /// <summary>The figures compared, by the key the report uses.</summary>
    public static readonly IReadOnlyList<(string Name, Func<BuyerFigures, double?> Read)> Metrics =
    [
        ("processes", b => b.Processes),
        ("awardValue", b => b.AwardValue),
        ("smeShare", b => b.SmeShare),
        ("vcseShare", b => b.VcseShare),
        ("directAwardShare", b => b.DirectAwardShare),
        ("bidsPerCompetedLot", b => b.BidsPerCompetedLot),
        ("singleBidShare", b => b.SingleBidShare),
        ("socialValueShare", b => b.SocialValue.Share),
        ("medianDaysToAward", b => b.MedianDaysToAward),
    ];

    public static IReadOnlyList<BuyerFigures> Apply(IReadOnlyList<BuyerFigures> buyers, int minimumProcesses, int minimumBuyers = 5)
    {
        ArgumentNullException.ThrowIfNull(buyers);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumBuyers, 1);
        var peers = buyers.Where(b => b.Processes >= minimumProcesses && b.BuyerType is not null).ToList();
        var byType = Distributions(peers.GroupBy(b => b.BuyerType!, StringComparer.Ordinal));
        var byTypeAndRegion = Distributions(peers.Where(b => b.Region is not null).GroupBy(b => $"{b.BuyerType} in {b.Region}", StringComparer.Ordinal));
        return buyers.Select(b => b with
        {
            Peers = b.BuyerType is null
                ? null
                : new PeerStanding(
                    Standing(b, b.BuyerType, byType, minimumBuyers),
                    b.Region is null ? null : Standing(b, $"{b.BuyerType} in {b.Region}", byTypeAndRegion, minimumBuyers)),
        }).ToList();
    }

    private static Dictionary<string, (int Count, Dictionary<string, List<double>> Values)> Distributions(IEnumerable<IGrouping<string, BuyerFigures>> groups) =>
        groups.ToDictionary(
            g => g.Key,
            g => (g.Count(), Metrics.ToDictionary(
                m => m.Name,
                m => g.Select(m.Read).OfType<double>().Order().ToList(),
                StringComparer.Ordinal)),
            StringComparer.Ordinal);

    private static PeerGroupStanding? Standing(BuyerFigures buyer, string group, Dictionary<string, (int Count, Dictionary<string, List<double>> Values)> distributions,
        int minimumBuyers)
    {
        if (!distributions.TryGetValue(group, out var distribution) || distribution.Count < minimumBuyers)
        {
            return null;
        }

        var percentiles = Metrics.ToDictionary(
            m => m.Name,
            m => m.Read(buyer) is { } value && distribution.Values[m.Name].Count > 0
                ? Math.Round(Statistics.PercentRank(distribution.Values[m.Name], value), 1)
                : (double?)null,
            StringComparer.Ordinal);
        return new PeerGroupStanding(group, distribution.Count, percentiles);
    }
}

/// <summary>A buyer's standing nationally among buyers of its type, and within its region.</summary>
public sealed record PeerStanding(PeerGroupStanding? ByType, PeerGroupStanding? ByTypeAndRegion);

/// <summary>The peer group, how many peers it has, and the buyer's percentile (0–100) for each compared figure.</summary>
public sealed record PeerGroupStanding(string Group, int Peers, IReadOnlyDictionary<string, double?> Percentiles);
