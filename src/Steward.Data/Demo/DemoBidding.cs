namespace Steward.Data.Demo;

/// <summary>
/// The bids of a demo lot, for the third of competitive processes whose (synthetic) publisher shares bid details.
/// Most bids are valid and priced 8–20% above the winner's; a few carry the patterns the red flags look for (a
/// runner-up within a hair of the winner, identical prices, a disqualified lowest bid, a late winning bid, a winner
/// far below everyone else), so that every indicator has something to find in demo data. Drawn from their own random stream,
/// so they do not change the rest of a process.
/// </summary>
internal static class DemoBidding
{
    public static IReadOnlyList<DemoBid> Plan(Random random, int seed, DemoLot lot, int suppliers)
    {
        var bids = new List<DemoBid> { new("1", lot.Supplier, "valid", lot.AwardValue, 2 + random.Next(200)) };
        var rivals = new HashSet<string>(StringComparer.Ordinal) { lot.Supplier.PartyId };
        var pattern = random.NextDouble();
        for (var i = 2; i <= lot.Bids; i++)
        {
            var tenderer = DemoOrganisation.Supplier(seed, random.Next(suppliers), null);
            if (!rivals.Add(tenderer.PartyId))
            {
                continue;
            }

            var gap = 0.08 + (random.NextDouble() * 0.12) + (pattern is >= 0.045 and < 0.055 ? 0.6 : 0);
            var status = random.NextDouble() < 0.08 ? "disqualified" : "valid";
            var value = Math.Round(lot.AwardValue * (1 + gap) / 100) * 100;
            (status, value) = (pattern, i) switch
            {
                ( < 0.02, 2) => ("valid", Math.Round(lot.AwardValue * 1.0004, 2)),
                ( < 0.03, 3) => ("valid", bids[^1].Value),
                ( < 0.04, 2) => ("disqualified", Math.Round(lot.AwardValue * 0.9 / 100) * 100),
                _ => (status, value),
            };
            bids.Add(new DemoBid(i.ToString(System.Globalization.CultureInfo.InvariantCulture), tenderer, status, value, 2 + random.Next(200)));
        }

        if (pattern is >= 0.04 and < 0.045)
        {
            bids[0] = bids[0] with { HoursBeforeDeadline = -(1 + random.Next(48)) };
        }

        return bids;
    }
}
