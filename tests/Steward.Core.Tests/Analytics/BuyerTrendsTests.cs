using Steward.Core.Analytics;
using Steward.Core.Analytics.Buyers;
using static Steward.Core.Tests.Analytics.Views;

namespace Steward.Core.Tests.Analytics;

public sealed class BuyerTrendsTests
{
    private static readonly DateTime Late2025 = new(2025, 12, 20, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Processes across two years, with an award dated in the year after its process was published.</summary>
    private static readonly ProcessView[] Processes =
    [
        Process("a", published: Late2025, awards: [Award("a1", 100_000, Supplier("s1", "sme")) with { Date = Late2025.AddDays(20) }]),
        Process("b", method: "direct", published: Late2025, awards: [Award("b1", 40_000, Supplier("s2", "large")) with { Date = Late2025.AddDays(5) }]),
        Process("c", awards: [Award("c1", 60_000, Supplier("s3", null, vcse: true))]),
        Process("d", buyer: "buyer-2", awards: [Award("d1", 10_000)]),
        Process("e", buyer: null) with { BuyerName = null },
    ];

    [Fact]
    public void Years_EqualTheBuyerReportWithEachCalendarYearAsItsWindow()
    {
        var trends = new BuyerTrends();

        var passed = trends.Collect(Processes).ToList();

        Assert.Equal(Processes, passed);
        var years = trends.Years("buyer-1");
        Assert.Equal([2025, 2026], years.Select(y => y.Year));
        foreach (var year in years)
        {
            var window = new ReportWindow(new DateTime(year.Year, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(year.Year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc));
            var expected = BuyerReport.Compute(Processes, window).Buyers.Single(b => b.BuyerId == "buyer-1") with { Peers = null };
            Assert.Equal(expected.Processes, year.Figures.Processes);
            Assert.Equal(expected.Awards, year.Figures.Awards);
            Assert.Equal(expected.AwardValue, year.Figures.AwardValue);
            Assert.Equal(expected.SmeShare, year.Figures.SmeShare);
            Assert.Equal(expected.VcseShare, year.Figures.VcseShare);
            Assert.Equal(expected.DirectAwardShare, year.Figures.DirectAwardShare);
        }

        // 2025: processes a and b, award b1 (a1 is dated 2026); 2026: process c, awards a1 and c1.
        Assert.Equal((2, 1, 40_000.0), (years[0].Figures.Processes, years[0].Figures.Awards, years[0].Figures.AwardValue));
        Assert.Equal((1, 2, 160_000.0), (years[1].Figures.Processes, years[1].Figures.Awards, years[1].Figures.AwardValue));
        Assert.Empty(trends.Years("nobody"));
    }

    [Fact]
    public void TakeYears_GivesEachBuyersYearsOnce_AsYearsDoes_AndThenNoMoreCanBeAdded()
    {
        // Arrange: the same processes into trends read whole and trends taken buyer by buyer.
        var whole = new BuyerTrends();
        var taken = new BuyerTrends();
        foreach (var process in Processes)
        {
            whole.Add(process);
            taken.Add(process);
        }

        // Act
        var first = taken.TakeYears("buyer-1");
        var again = taken.TakeYears("buyer-1");
        var second = taken.TakeYears("buyer-2");

        // Assert
        Assert.Equal([2025, 2026], first.Select(y => y.Year));
        Assert.Equal(whole.Years("buyer-1"), first, (a, b) => a.Year == b.Year && a.Figures.Processes == b.Figures.Processes &&
            a.Figures.Awards == b.Figures.Awards && a.Figures.AwardValue == b.Figures.AwardValue && a.Figures.DirectAwardShare == b.Figures.DirectAwardShare);
        Assert.Empty(again);
        Assert.Equal(whole.Years("buyer-2").Select(y => (y.Year, y.Figures.AwardValue)), second.Select(y => (y.Year, y.Figures.AwardValue)));
        Assert.Empty(taken.TakeYears("nobody"));
        Assert.Throws<InvalidOperationException>(() => taken.Add(Processes[0]));
        Assert.Throws<InvalidOperationException>(() => taken.Years("buyer-1"));
        Assert.Equal(whole.Markets("buyer-1"), taken.Markets("buyer-1"));
    }

    [Fact]
    public void Markets_ShareTheBuyersCountedValueByCpvDivision()
    {
        var trends = new BuyerTrends();
        foreach (var process in Processes.Select((p, i) => p with { MainCpv = i == 2 ? "85311200" : "90511000" }))
        {
            trends.Add(process);
        }

        var markets = trends.Markets("buyer-1");

        Assert.Equal(["90", "85"], markets.Select(m => m.Cpv));
        Assert.Equal(140_000, markets[0].Value);
        Assert.Equal(140_000 / 200_000.0, markets[0].Share);
        Assert.Equal(1, markets[1].Awards);
        Assert.Empty(trends.Markets("nobody"));
    }
}
