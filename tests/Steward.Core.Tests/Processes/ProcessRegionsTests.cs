using Steward.Core.Processes;

namespace Steward.Core.Tests.Processes;

public class ProcessRegionsTests
{
    [Fact]
    public void Resolve_ContractsFinderRegionNames_BecomeCodes_WithTheirSource()
    {
        var regions = ProcessRegions.Resolve(["London", "England"], null);
        Assert.Equal([new RegionFact("UKI", "delivery address region name \"London\""), new RegionFact("UK", "delivery address region name \"England\"")], regions);
    }

    [Fact]
    public void Resolve_ItlCodes_AreWrittenWithTheNutsPrefix() =>
        Assert.Equal([new RegionFact("UKI3", ProcessRegions.DeliveryCode)], ProcessRegions.Resolve(["TLI3"], null));

    [Fact]
    public void Resolve_WithoutADeliveryRegion_TakesTheBuyersPostcode()
    {
        var buyer = new PartyFacts { PartyId = "b", PostalCode = "SM4 5DX" };
        Assert.Equal([new RegionFact("UKI", "buyer's postcode (SM4)")], ProcessRegions.Resolve([], buyer));
        Assert.Equal([new RegionFact("UKM75", ProcessRegions.BuyerRegion)], ProcessRegions.Resolve([], buyer with { Region = "UKM75" }));
    }

    [Fact]
    public void Resolve_ADeliveryRegion_WinsOverTheBuyers_AndForeignTextIsKeptAsPublished()
    {
        var buyer = new PartyFacts { PartyId = "b", PostalCode = "SM4 5DX" };
        Assert.Equal(["UKL16"], ProcessRegions.Resolve(["UKL16"], buyer).Select(r => r.Code));
        Assert.Equal(["MX-DF"], ProcessRegions.Resolve(["MX-DF"], null).Select(r => r.Code));
    }

    [Theory]
    [InlineData("Yorkshire and the Humber", "UKE")]
    [InlineData("North East England", "UKC")]
    [InlineData("East of England", "UKH")]
    [InlineData("Narnia", null)]
    public void FromName_ReadsRegionNames(string name, string? code) => Assert.Equal(code, UkRegions.FromName(name));
}
