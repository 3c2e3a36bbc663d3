using Steward.Core.Analytics;
using Steward.Core.Analytics.Buyers;
using Steward.Core.Analytics.Flags;
using Steward.Data.Analytics;
using Steward.Data.Demo;
using Steward.Testing;
using static Steward.Data.Tests.Ingest.ImportHarness;

namespace Steward.Data.Tests.Demo;

/// <summary>
/// Generated data built to trigger the flags: demo data plants a few of each pattern (see DemoBidding and
/// DemoProcess), so every process-level indicator must find some, and only where the pattern is.
/// </summary>
public sealed class DemoFlagsTests
{
    [Fact]
    public void Flags_OnDemoData_FindEachPlantedPattern()
    {
        using var database = TestDatabase.Sqlite();
        using var folder = new TempFolder();
        var path = folder.File("demo.jsonl");
        using (var file = File.Create(path))
        {
            new DemoDataGenerator(1).Write(file, 12_000);
        }

        ImportFile(database, path);

        var result = FlagReport.Compute(ProcessViewReader.Read(database.Target, ViewParts.All));

        foreach (var code in new[] { "R003", "R018", "R024", "R028", "R030", "R035", "R036", "R038", "R058", "UK1", "UK4" })
        {
            var indicator = result.Indicators.Single(i => i.Code == code);
            Assert.True(indicator.Flagged > 0, $"{code} found nothing in {indicator.WithData} processes with data");
            if (code is not ("R003" or "R018"))
            {
                // Short periods and single bids are common in demo data, as in real data; the other patterns are planted rarely.
                Assert.True(indicator.Flagged < indicator.WithData / 4, $"{code} flagged {indicator.Flagged} of {indicator.WithData}: the planted patterns are rare");
            }
        }

        Assert.All(result.Flags, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason)));
        Assert.All(result.Flags.Where(f => f.Code == "R030"), f => Assert.Contains("after the deadline", f.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void BuyerReport_OnDemoData_GivesPeersAndSocialValue()
    {
        using var database = TestDatabase.Sqlite();
        using var folder = new TempFolder();
        var path = folder.File("demo.jsonl");
        using (var file = File.Create(path))
        {
            new DemoDataGenerator(1).Write(file, 6_000);
        }

        ImportFile(database, path);

        var buyers = BuyerReport.Compute(ProcessViewReader.Read(database.Target, ViewParts.All), ReportWindow.All).Buyers;

        Assert.Contains(buyers, b => b.Peers?.ByType?.Peers > 1);
        Assert.Contains(buyers, b => b.SocialValue.MedianWeight is > 0);
        Assert.Contains(buyers, b => b.BidsPerCompetedLot is not null);
        Assert.All(buyers, b => Assert.Equal(b.AwardValue ?? 0, b.ProcedureMix.Values.Sum(m => m.Value), 1));
    }
}
