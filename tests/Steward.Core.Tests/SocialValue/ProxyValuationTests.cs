using Steward.Core.SocialValue.Valuation;

namespace Steward.Core.Tests.SocialValue;

/// <summary>Valuing a quantity with a proxy: only in the proxy's own unit; re-based to a price year when asked.</summary>
public sealed class ProxyValuationTests
{
    private static readonly ProxyValue Hire = new("local-hire", "A local resident hired", "person-year", 1500m, "GBP", 2020, "Test", "CC0");

    [Fact]
    public void Value_InTheProxysUnit_IsQuantityTimesValue()
    {
        // Act
        var valued = ProxyValuation.Value(12m, "Person-Year ", Hire);

        // Assert: 12 × 1,500 in 2020 prices.
        Assert.Equal((18000m, 2020, 1500m, (string?)null), (valued.Value.Value, valued.Value.PriceYear, valued.Value.UnitValue, valued.Value.DeflatorId));
    }

    [Fact]
    public void Value_InAnotherUnit_StaysACount()
    {
        // Act
        var valued = ProxyValuation.Value(12m, "FTE", Hire);

        // Assert
        Assert.Equal("UNIT_MISMATCH", valued.Error!.Code);
        Assert.Equal("the proxy \"local-hire\" values one person-year, not one FTE; the quantity stays a count in FTE", valued.Error.Message);
    }

    [Fact]
    public void Value_InAnotherPriceYear_IsReBasedWithTheSeries()
    {
        // Act: 1,500 × 100 ÷ 90 = 1,666.66…; × 9 = 15,000.
        var valued = ProxyValuation.Value(9m, "person-year", Hire, new PriceBasis(2024, DeflatorSeriesTests.Series()));

        // Assert
        Assert.Equal((15000m, 2024, "test-series"), (decimal.Round(valued.Value.Value, 20), valued.Value.PriceYear, valued.Value.DeflatorId));
    }

    [Fact]
    public void Value_InAnotherPriceYearWithoutASeries_IsRefused()
    {
        // Act
        var valued = ProxyValuation.Value(9m, "person-year", Hire, new PriceBasis(2024));
        var missing = ProxyValuation.Value(9m, "person-year", Hire, new PriceBasis(2030, DeflatorSeriesTests.Series()));

        // Assert
        Assert.Equal("DEFLATOR_REQUIRED", valued.Error!.Code);
        Assert.Equal("DEFLATOR_YEAR_MISSING", missing.Error!.Code);
    }
}
