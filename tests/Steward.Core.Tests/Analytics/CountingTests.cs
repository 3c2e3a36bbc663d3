using Steward.Core.Analytics;
using static Steward.Core.Tests.Analytics.Views;

namespace Steward.Core.Tests.Analytics;

public class CountingTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("active", true)]
    [InlineData("pending", false)]
    [InlineData("cancelled", false)]
    [InlineData("unsuccessful", false)]
    public void Only_active_or_status_less_awards_count(string? status, bool counts) =>
        Assert.Equal(counts, Counting.Counts(Award("a", 10) with { Status = status }));

    [Theory]
    [InlineData(1000.0, "GBP", 1000.0)]
    [InlineData(1000.0, null, 1000.0)]
    [InlineData(1000.0, "gbp", 1000.0)]
    [InlineData(1000.0, "EUR", null)]
    [InlineData(1.0, "GBP", null)]
    [InlineData(0.0, null, null)]
    [InlineData(null, "GBP", null)]
    public void Values_are_gbp_or_currency_less_amounts_above_one(double? amount, string? currency, double? expected) =>
        Assert.Equal(expected, Counting.Value(amount, currency));

    [Fact]
    public void An_award_is_split_equally_and_unresolved_suppliers_count_as_unknown()
    {
        // Three suppliers listed, two resolved: an SME that is also a VCSE, and a large company. 300 → 100 each.
        var award = Award("a", 300, Supplier("o1", "small", true), Supplier("o2", "large", false)) with { SupplierCount = 3 };
        var split = Counting.Split(award, 300);
        Assert.Equal(100, split.Sme);
        Assert.Equal(100, split.Vcse);
        Assert.Equal(100, split.UnknownScale);
    }

    [Fact]
    public void An_award_without_suppliers_is_all_unknown()
    {
        var split = Counting.Split(Award("a", 500), 500);
        Assert.Equal(new ScaleSplit(0, 0, 500), split);
    }

    [Theory]
    [InlineData("sme", true)]
    [InlineData("micro", true)]
    [InlineData("Medium", true)]
    [InlineData("large", false)]
    [InlineData("selfEmployed", false)]
    [InlineData(null, false)]
    public void Sme_scales(string? scale, bool sme) => Assert.Equal(sme, Counting.IsSme(scale));

    [Theory]
    [InlineData("UKM71", "UKM")]
    [InlineData("TLC", "UKC")]
    [InlineData("UK", "UK")]
    [InlineData("ukl", "UKL")]
    [InlineData("UKZ", null)]
    [InlineData("Wales", null)]
    [InlineData("", null)]
    public void Regions_read_at_the_first_level(string code, string? expected) => Assert.Equal(expected, RegionCodes.FirstLevel(code));

    [Fact]
    public void A_listed_supplier_that_resolves_to_no_organisation_counts_by_the_scale_it_published()
    {
        // Three listed: one resolved SME, two unresolved of which one published "large" and one published nothing.
        var award = Award("a", 300, Supplier("s1", "sme")) with { SupplierCount = 3, Unresolved = new UnresolvedSuppliers(0, 1, 0) };
        Assert.Equal(new ScaleSplit(100, 0, 100), Counting.Split(award, 300));
        var sme = award with { Unresolved = new UnresolvedSuppliers(2, 0, 1) };
        Assert.Equal(new ScaleSplit(300, 100, 0), Counting.Split(sme, 300));
    }

    [Fact]
    public void A_ceiling_is_the_largest_award_per_lot_set_summed_never_split()
    {
        var process = Process("p") with { Arrangement = "framework" };
        var awards = new[]
        {
            Award("a", 100) with { RelatedLots = ["1"] }, Award("b", 100) with { RelatedLots = ["1"] }, Award("c", 50) with { RelatedLots = ["2"] },
        };
        Assert.Equal(150, Counting.Ceiling(process, awards));
        Assert.Equal(80, Counting.Ceiling(process with { TenderValue = 80 }, [Award("d", null)]));
        Assert.True(process.SetsCeiling);
        Assert.False((process with { CallOff = true }).SetsCeiling);
        Assert.False(Counting.IsSpend(awards[0], process));
    }
}
