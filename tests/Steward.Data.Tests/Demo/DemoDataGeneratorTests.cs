using System.Text;
using System.Text.Json.Nodes;
using Steward.Data.Demo;

namespace Steward.Data.Tests.Demo;

public sealed class DemoDataGeneratorTests
{
    private static List<JsonObject> Generate(int releases, int seed = 7)
    {
        using var output = new MemoryStream();
        new DemoDataGenerator(seed).Write(output, releases);
        return Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonNode.Parse(line)!.AsObject()).ToList();
    }

    [Fact]
    public void Write_SameSeedAndCount_GiveTheSameBytes()
    {
        // Arrange
        using var first = new MemoryStream();
        using var second = new MemoryStream();

        // Act
        new DemoDataGenerator(42).Write(first, 800);
        new DemoDataGenerator(42).Write(second, 800);

        // Assert
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void Write_MoreBuyers_GivesEveryBuyerAProcess_AndTheDefaultIsUnchanged()
    {
        // Arrange
        using var defaulted = new MemoryStream();
        using var explicitDefault = new MemoryStream();
        using var many = new MemoryStream();

        // Act
        new DemoDataGenerator(7).Write(defaulted, 600);
        new DemoDataGenerator(7, DemoDataGenerator.DefaultBuyers).Write(explicitDefault, 600);
        var processes = new DemoDataGenerator(7, 1500).Write(many, 6000);
        var buyers = Encoding.UTF8.GetString(many.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => (string)JsonNode.Parse(line)!["buyer"]!["id"]!).Distinct().Count();

        // Assert: every process up to the 1,500th has a buyer of its own.
        Assert.Equal(defaulted.ToArray(), explicitDefault.ToArray());
        Assert.True(processes >= 1500, $"{processes} processes");
        Assert.True(buyers >= 1500, $"{buyers} buyers");
    }

    [Fact]
    public void Write_MoreSuppliers_SpreadsAwardsOverThem_AndTheDefaultIsUnchanged()
    {
        // Arrange
        using var defaulted = new MemoryStream();
        using var explicitDefault = new MemoryStream();
        using var many = new MemoryStream();

        // Act
        new DemoDataGenerator(7).Write(defaulted, 6000);
        new DemoDataGenerator(7, DemoDataGenerator.DefaultBuyers, DemoSizeMix.Even, DemoDataGenerator.DefaultSuppliers).Write(explicitDefault, 6000);
        new DemoDataGenerator(7, DemoDataGenerator.DefaultBuyers, DemoSizeMix.Even, 200_000).Write(many, 6000);

        // Assert: with 200,000 suppliers to draw from, nearly every award goes to a supplier of its own.
        Assert.Equal(defaulted.ToArray(), explicitDefault.ToArray());
        var few = Winners(defaulted);
        var spread = Winners(many);
        Assert.True(spread.Distinct > few.Distinct, $"{spread.Distinct} against {few.Distinct}");
        Assert.True(spread.Distinct > spread.Awards * 0.9, $"{spread.Distinct} suppliers for {spread.Awards} awards");
    }

    private static (int Awards, int Distinct) Winners(MemoryStream stream)
    {
        // A process's award is repeated by its later notices: count each process's winners once.
        var winners = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonNode.Parse(line)!)
            .SelectMany(release => (release["awards"]?.AsArray() ?? [])
                .SelectMany(award => award!["suppliers"]?.AsArray() ?? [])
                .Select(supplier => (Ocid: (string)release["ocid"]!, Id: (string)supplier!["id"]!)))
            .Distinct()
            .ToList();
        return (winners.Count, winners.Select(w => w.Id).Distinct().Count());
    }

    [Fact]
    public void Write_DifferentSeeds_GiveDifferentData()
    {
        // Act
        var one = Generate(50, seed: 1);
        var two = Generate(50, seed: 2);

        // Assert
        Assert.NotEqual(one.Select(r => r.ToJsonString()), two.Select(r => r.ToJsonString()));
    }

    [Fact]
    public void Write_ExactCount_InPublicationOrder_AllMarkedSynthetic()
    {
        // Act
        var releases = Generate(1000);

        // Assert
        Assert.Equal(1000, releases.Count);
        var dates = releases.Select(r => (string)r["date"]!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.All(releases, r =>
        {
            Assert.True((bool)r["synthetic"]!);
            Assert.StartsWith(DemoDataGenerator.OcidPrefix, (string)r["ocid"]!, StringComparison.Ordinal);
            Assert.StartsWith("[Synthetic]", (string)r["tender"]!["title"]!, StringComparison.Ordinal);
        });
        Assert.Equal(1000, releases.Select(r => (string)r["id"]!).Distinct().Count());
    }

    [Fact]
    public void Write_NoticeSequences_FollowTheProcurementAct()
    {
        // Act
        var byProcess = Generate(3000).GroupBy(r => (string)r["ocid"]!)
            .Select(g => g.Select(r => NoticeOf(r)).ToList())
            .ToList();

        // Assert: UK1/UK2 come before UK4, which comes before UK6, then UK7, then UK10; direct awards start with UK5.
        var order = new[] { "UK1", "UK2", "UK4", "UK5", "UK6", "UK7", "UK10" };
        Assert.All(byProcess, notices => Assert.Equal(notices.OrderBy(n => Array.IndexOf(order, n)), notices));
        Assert.Contains(byProcess, n => n.SequenceEqual(["UK4", "UK6", "UK7"]));
        Assert.Contains(byProcess, n => n.Count > 0 && n[0] == "UK5");
        Assert.Contains(byProcess, n => n.Contains("UK10"));
        Assert.Contains(byProcess, n => n.Count > 0 && n[0] == "UK1");
    }

    [Fact]
    public void Write_Lots_CarryWeightsReservationsAndFlags()
    {
        // Act
        var releases = Generate(4000);
        var lots = releases.SelectMany(r => r["tender"]!["lots"]!.AsArray()).ToList();
        var suppliers = releases.SelectMany(r => r["parties"]!.AsArray()).Where(p => p!["roles"]![0]!.ToString() == "supplier").ToList();

        // Assert
        Assert.All(lots, lot => Assert.Equal(100, lot!["awardCriteria"]!["criteria"]!.AsArray().Sum(c => (int)c!["numbers"]![0]!["number"]!)));
        Assert.Contains(lots, lot => lot!["awardCriteria"]!["criteria"]!.AsArray().Any(c => (string?)c!["name"] == "Social value"));
        Assert.Contains(lots, lot => lot!["otherRequirements"]?["reservedParticipation"]?[0]?.ToString() == "shelteredWorkshop");
        Assert.Contains(suppliers, s => (string?)s!["details"]!["scale"] == "sme");
        Assert.Contains(suppliers, s => (bool)s!["details"]!["vcse"]!);
        Assert.Contains(suppliers, s => (string?)s!["identifier"]!["scheme"] == "GB-COH" && ((string)s!["identifier"]!["id"]!).Length == 8);
        Assert.Contains(releases, r => r["bids"]?["statistics"] is not null);
    }

    private static string NoticeOf(JsonObject release)
    {
        var documents = new[] { release["planning"]?["documents"], release["tender"]?["documents"] }
            .Concat(release["awards"]?.AsArray().Select(a => a!["documents"]) ?? [])
            .Concat(release["contracts"]?.AsArray().Select(c => c!["documents"]) ?? []);
        return documents.OfType<JsonArray>().SelectMany(d => d).Select(d => (string)d!["noticeType"]!).Last();
    }
}
