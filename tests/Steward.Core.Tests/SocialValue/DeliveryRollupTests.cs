using Steward.Core.SocialValue.Delivery;
using Steward.Core.SocialValue.Valuation;
using static Steward.Core.Tests.SocialValue.CommittedVsDeliveredTests;

namespace Steward.Core.Tests.SocialValue;

/// <summary>Committed against delivered over many KPIs, grouped; null where nothing was reported.</summary>
public sealed class DeliveryRollupTests
{
    private static readonly ProxyValue Proxy = new("hire", "A local resident hired", "people", 1000m, "GBP", 2024, "Test", "CC0");

    private static KpiFigures Figures(Kpi kpi, decimal? delivered, ProxyValue? proxy = null) =>
        CommittedVsDelivered.Assess([kpi], delivered is { } d ? [Report(d) with { KpiId = kpi.Id }] : [], HalfWay, proxy);

    private static List<ContractDelivery> Contracts() =>
    [
        // Contract A (supplier S1, £100,000 spent): hires 60 of 100 (on track, valued £60,000); training 10 of 40 hours (behind).
        new("A", "S1", "B1", 100000m, [Figures(Hires(), 60m, Proxy), Figures(Hires(40m, unit: "people") with { Id = "training", Goal = "skills" }, 10m)]),

        // Contract B (supplier S1, spend unknown): hires 20 of 100 (behind; valued £20,000).
        new("B", "S1", "B2", null, [Figures(Hires(), 20m, Proxy)]),

        // Contract C (supplier S2, £50,000): one KPI, nothing reported.
        new("C", "S2", "B2", 50000m, [Figures(Hires() with { Goal = null }, null, Proxy)]),
    ];

    [Fact]
    public void Group_BySupplier_GivesShareOnTrackAndValuePerPound()
    {
        // Act
        var groups = DeliveryRollup.Group(Contracts(), DeliveryGrouping.Supplier);

        // Assert: S1 has 3 KPIs assessed, 1 on track; £80,000 valued, but only A's £60,000 has a known spend: 0.6 a £.
        var s1 = groups[0];
        Assert.Equal(("S1", 2, 3, 3, 1), (s1.Key, s1.Contracts, s1.Kpis, s1.KpisAssessed, s1.KpisOnTrack));
        Assert.Equal(1m / 3m, s1.ShareOnTrack);
        Assert.Equal((2, 80000m, 2024), (s1.KpisValued, s1.ValueDelivered, s1.PriceYear));
        Assert.Equal((1, 100000m, 0.6m), (s1.ContractsWithSpend, s1.Spend, s1.ValuePerPound));
    }

    [Fact]
    public void Group_NothingReported_IsNullNotZero()
    {
        // Act
        var s2 = DeliveryRollup.Group(Contracts(), DeliveryGrouping.Supplier)[1];

        // Assert
        Assert.Equal(("S2", 1, 0), (s2.Key, s2.Kpis, s2.KpisAssessed));
        Assert.Equal(((decimal?)null, (decimal?)null, (decimal?)null), (s2.ShareOnTrack, s2.ValueDelivered, s2.ValuePerPound));
        Assert.Equal(50000m, s2.Spend);
    }

    [Fact]
    public void Group_ByGoal_GivesNoValuePerPoundAndSaysWhy()
    {
        // Act
        var groups = DeliveryRollup.Group(Contracts(), DeliveryGrouping.Goal);

        // Assert: jobs, skills, then the KPI with no goal last.
        Assert.Equal(["jobs", "skills", null], groups.Select(g => g.Key));
        Assert.Equal((2, 2, 80000m), (groups[0].Contracts, groups[0].Kpis, groups[0].ValueDelivered));
        Assert.All(groups, g => Assert.Null(g.ValuePerPound));
        Assert.StartsWith("spend is known by contract, not by goal", groups[0].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_ValuesInDifferentPriceYears_AreNotSummed()
    {
        // Arrange
        var contracts = new List<ContractDelivery>
        {
            new("A", "S1", "B1", 1000m, [Figures(Hires(), 60m, Proxy), Figures(Hires() with { Id = "other" }, 10m, Proxy with { PriceYear = 2019 })]),
        };

        // Act
        var group = Assert.Single(DeliveryRollup.Group(contracts, DeliveryGrouping.Contract));

        // Assert
        Assert.Equal(((decimal?)null, (decimal?)null, (int?)null), (group.ValueDelivered, group.ValuePerPound, group.PriceYear));
        Assert.StartsWith("values are in different price years (2019, 2024)", group.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DeliveryGrouping.Contract, new[] { "A", "B", "C" })]
    [InlineData(DeliveryGrouping.Buyer, new[] { "B1", "B2" })]
    [InlineData(DeliveryGrouping.Place, new[] { "E06000023" })]
    [InlineData(DeliveryGrouping.Outcome, new[] { "fair-work" })]
    public void Group_ByEachKey_GivesOneRowPerKey(DeliveryGrouping by, string[] keys)
    {
        // Act
        var groups = DeliveryRollup.Group(Contracts(), by);

        // Assert
        Assert.Equal(keys, groups.Select(g => g.Key));
    }
}
