using Steward.Core.Analytics;
using Steward.Core.Analytics.Markets;
using Steward.Core.Analytics.Suppliers;
using static Steward.Core.Tests.Analytics.Views;

namespace Steward.Core.Tests.Analytics;

public class MarketReportTests
{
    private static ProcessView Works(string ocid, int year, params AwardView[] awards) => new()
    {
        Ocid = ocid,
        BuyerId = "council",
        MainCpv = "45210000",
        Regions = ["UKL16"],
        FirstPublished = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        Awards = awards.Select(a => a with { Date = new DateTime(year, 6, 1, 0, 0, 0, DateTimeKind.Utc) }).ToList(),
    };

    [Fact]
    public void Concentration_entries_and_exits_follow_the_definitions()
    {
        // 2025: A 600, B 300, C 100 → shares 60/30/10 → HHI 3600 + 900 + 100 = 4600; top-4 share 1.
        // 2026: A 500, D 500 → HHI 5000; D entered, B and C left.
        ProcessView[] processes =
        [
            Works("p1", 2025, Award("a", 600, Supplier("A", "large")), Award("b", 300, Supplier("B", "small"))),
            Works("p2", 2025, Award("c", 100, Supplier("C", null, true))),
            Works("p3", 2026, Award("d", 1000, Supplier("A", "large"), Supplier("D", "micro"))),
        ];
        var result = MarketReport.Compute(processes, ReportWindow.All, CpvLevel.Division);
        Assert.Equal(2, result.Markets.Count);
        var first = result.Markets[0];
        Assert.Equal(("45", "UKL", 2025), (first.Cpv, first.Region, first.Year));
        Assert.Equal(4600, first.Hhi);
        Assert.Equal(1, first.Top4Share);
        Assert.Null(first.Entries);
        Assert.Equal(0.3, first.SmeShare);
        Assert.Equal(0.1, first.VcseShare);
        Assert.Equal(300, first.MedianAwardValue);
        var second = result.Markets[1];
        Assert.Equal(5000, second.Hhi);
        Assert.Equal(1, second.Entries);
        Assert.Equal(2, second.Exits);
        Assert.Equal(2, second.Suppliers);
    }

    [Fact]
    public void Processes_AreCountedOncePerMarketYear_WhateverTheOrderOfTheirAwardsYears()
    {
        // Arrange: p1's awards dated 2025, 2026, then 2025 again; p2 and p3 one award each in 2025.
        var p1 = Works("p1", 2025) with
        {
            Awards =
            [
                Award("a", 100) with { Date = new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc) },
                Award("b", 200) with { Date = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc) },
                Award("c", 300) with { Date = new DateTime(2025, 9, 1, 0, 0, 0, DateTimeKind.Utc) },
            ],
        };

        // Act
        var markets = MarketReport.Compute([p1, Works("p2", 2025, Award("d", 10)), Works("p3", 2025, Award("e", 20))], ReportWindow.All, CpvLevel.Division).Markets;

        // Assert
        Assert.Equal([(2025, 3, 4), (2026, 1, 1)], markets.Select(m => (m.Year, m.Processes, m.Awards)));
    }

    [Fact]
    public void Groups_use_three_digits_and_unclassified_processes_are_counted()
    {
        var unclassified = new ProcessView { Ocid = "x", FirstPublished = Views.Day, Awards = [Award("a", 10)] };
        var result = MarketReport.Compute([Works("p1", 2025, Award("a", 600)), unclassified], ReportWindow.All, CpvLevel.Group);
        Assert.Contains(result.Markets, m => m.Cpv == "452");
        Assert.Contains(result.Markets, m => m.Cpv == MarketKey.Unclassified && m.Region == MarketKey.UnknownRegion);
        Assert.Equal(1, result.Coverage.ProcessesUnclassified);
        Assert.Null(result.Markets.Single(m => m.Cpv == "452").Hhi);
    }

    [Fact]
    public void Suppliers_get_their_share_of_each_market()
    {
        ProcessView[] processes =
        [
            Works("p1", 2025, Award("a", 600, Supplier("A", "large")), Award("b", 400, Supplier("B", "small"))),
        ];
        var suppliers = SupplierReport.Compute(processes, ReportWindow.All, CpvLevel.Division, id => $"{id} Ltd");
        Assert.Equal(["A", "B"], suppliers.Select(s => s.SupplierId));
        var a = suppliers[0];
        Assert.Equal("A Ltd", a.Name);
        Assert.Equal(1, a.Buyers);
        Assert.Equal(new SupplierMarketShare("45", "UKL", 1, 600, 0.6), Assert.Single(a.Markets));
    }
}
